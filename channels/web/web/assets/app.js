// LoanDesk borrower chat: plain JS, no framework. The token is kept in
// sessionStorage and sent in the hello frame, never in a URL.
(function () {
  "use strict";

  var KEY = { token: "loandesk.token", conv: "loandesk.conversation_id", seq: "loandesk.last_seq" };
  var en = /^en/i.test(navigator.language || "");
  var store = window.sessionStorage;
  var $ = function (id) { return document.getElementById(id); };

  var ws = null;
  var backoff = 1000;
  var reconnectTimer = null;
  var outbox = [];      // frames sent but not yet answered; re-sent with the same id after a reconnect
  var streaming = {};   // reply_to -> element showing reply_delta text
  var typingTimer = null;
  var signedOut = false;

  function lastSeq() { return parseInt(store.getItem(KEY.seq) || "0", 10) || 0; }
  function setSeq(n) { if (n > lastSeq()) store.setItem(KEY.seq, String(n)); }
  function newID() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return "m-" + Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 10);
  }

  // ---- sign-in --------------------------------------------------------------

  function showSignin(message) {
    $("signin").hidden = false;
    $("chat").hidden = true;
    $("signin-error").textContent = message || "";
  }

  function startChat(token) {
    store.setItem(KEY.token, token);
    signedOut = false;
    $("signin").hidden = true;
    $("chat").hidden = false;
    $("text").focus();
    connect();
  }

  document.querySelectorAll("#demo button[data-sub]").forEach(function (b) {
    b.addEventListener("click", function () {
      var body = JSON.stringify({ sub: b.getAttribute("data-sub"), role: "borrower" });
      fetch("/v1/demo/token", { method: "POST", headers: { "Content-Type": "application/json" }, body: body })
        .then(function (res) {
          if (res.status === 404) throw new Error(en ? "Demo mode is off: paste a token." : "演示模式未开启，请粘贴令牌。");
          if (!res.ok) throw new Error("HTTP " + res.status);
          return res.json();
        })
        .then(function (j) { resetConversation(); startChat(j.token); })
        .catch(function (e) { $("signin-error").textContent = e.message; });
    });
  });

  $("token-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var t = $("token-input").value.trim();
    if (t) { resetConversation(); startChat(t); }
  });

  $("signout").addEventListener("click", function () {
    signedOut = true;
    store.removeItem(KEY.token);
    resetConversation();
    if (ws) ws.close(1000);
    $("log").textContent = "";
    showSignin("");
  });

  function resetConversation() {
    store.removeItem(KEY.conv);
    store.removeItem(KEY.seq);
    outbox = [];
  }

  // ---- connection -------------------------------------------------------------

  function status(text) { $("conn").textContent = text; }

  function connect() {
    clearTimeout(reconnectTimer);
    var token = store.getItem(KEY.token);
    if (!token) { showSignin(""); return; }
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    ws = new WebSocket(scheme + location.host + "/v1/ws");
    status(en ? "Connecting…" : "连接中…");
    ws.onopen = function () {
      var hello = { type: "hello", token: token, locale: navigator.language || "zh-CN" };
      var conv = store.getItem(KEY.conv);
      if (conv) { hello.conversation_id = conv; hello.last_seq = lastSeq(); }
      ws.send(JSON.stringify(hello));
    };
    ws.onmessage = function (ev) {
      var f;
      try { f = JSON.parse(ev.data); } catch (e) { return; }
      handle(f);
    };
    ws.onclose = function (ev) {
      ws = null;
      hideTyping();
      if (signedOut) { status(en ? "Signed out" : "已退出"); return; }
      if (ev.code === 1008) { // policy violation: the token was refused
        store.removeItem(KEY.token);
        showSignin(en ? "Your session has expired. Please sign in again." : "登录已失效，请重新登录。");
        status(en ? "Not connected" : "未连接");
        return;
      }
      var wait = Math.min(backoff, 30000) * (0.75 + Math.random() / 2);
      backoff = Math.min(backoff * 2, 30000);
      status((en ? "Reconnecting in " : "重新连接，") + Math.round(wait / 1000) + "s");
      reconnectTimer = setTimeout(connect, wait);
    };
  }

  function send(frame) {
    if (ws && ws.readyState === WebSocket.OPEN) { ws.send(JSON.stringify(frame)); return true; }
    return false;
  }

  // ---- server frames ----------------------------------------------------------

  function handle(f) {
    switch (f.type) {
      case "welcome":
        backoff = 1000;
        status(en ? "Connected" : "已连接");
        if (store.getItem(KEY.conv) !== f.conversation_id) {
          if (store.getItem(KEY.conv)) system(en ? "A new conversation started." : "已开始新的对话。");
          store.setItem(KEY.conv, f.conversation_id);
          store.setItem(KEY.seq, "0");
        }
        $("rating").hidden = true;
        outbox.forEach(function (fr) { send(fr); });
        break;
      case "reply":
        done(f.reply_to);
        if (seen(f)) break;
        hideTyping();
        renderReply(f);
        break;
      case "reply_delta":
        showDelta(f);
        break;
      case "typing":
        showTyping();
        break;
      case "handoff":
        done(f.reply_to);
        if (seen(f)) break;
        renderHandoff(f);
        break;
      case "ended":
        if (seen(f)) break;
        hideTyping();
        system(en ? "The conversation has ended." : "对话已结束。");
        $("rating").hidden = false;
        break;
      case "error":
        if (f.reply_to) done(f.reply_to);
        addItem("msg error", null, (en ? "Error: " : "出错了：") + f.message + " (" + f.code + ")").setAttribute("role", "alert");
        break;
    }
  }

  // seen drops frames already shown (a replay after resume) and records the seq.
  function seen(f) {
    if (typeof f.seq === "number" && f.seq > 0) {
      if (f.seq <= lastSeq()) return true;
      setSeq(f.seq);
    }
    return false;
  }

  function done(id) {
    if (!id) return;
    outbox = outbox.filter(function (fr) { return fr.id !== id; });
    var pending = document.querySelector('[data-pending="' + cssEscape(id) + '"]');
    if (pending) { pending.classList.remove("pending"); pending.removeAttribute("data-pending"); }
  }

  function cssEscape(s) { return window.CSS && CSS.escape ? CSS.escape(s) : s.replace(/["\\]/g, "\\$&"); }

  function showTyping() {
    $("typing").hidden = false;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(hideTyping, 30000);
  }
  function hideTyping() { $("typing").hidden = true; clearTimeout(typingTimer); }

  // ---- rendering (textContent only: nothing from the server is parsed as HTML) ---

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function addItem(cls, who, text) {
    var li = el("li", cls);
    if (who) li.appendChild(el("span", "who", who));
    if (text) li.appendChild(document.createTextNode(text));
    $("log").appendChild(li);
    li.scrollIntoView({ block: "end" });
    return li;
  }

  function system(text) { return addItem("msg system", null, text); }

  function showDelta(f) {
    var key = f.reply_to || "_";
    var li = streaming[key];
    if (!li) {
      li = addItem("msg bot", en ? "Assistant" : "助手", "");
      li.setAttribute("aria-hidden", "true"); // the full reply is announced
      streaming[key] = li;
    }
    li.appendChild(document.createTextNode(f.delta || ""));
  }

  function renderReply(f) {
    var key = f.reply_to || "_";
    if (streaming[key]) { streaming[key].remove(); delete streaming[key]; }
    var who = f.from === "agent" ? (en ? "Agent" : "客服") : (en ? "Assistant" : "助手");
    var li = addItem("msg bot", who, f.text);
    (f.cards || []).forEach(function (c) { li.appendChild(renderCard(c)); });
    if (f.quick_replies && f.quick_replies.length) {
      var box = el("div", "quick");
      box.setAttribute("role", "group");
      box.setAttribute("aria-label", en ? "Suggested replies" : "快捷回复");
      f.quick_replies.forEach(function (q) {
        var b = el("button", null, q.label);
        b.type = "button";
        b.addEventListener("click", function () { sendAction(q); });
        box.appendChild(b);
      });
      li.appendChild(box);
    }
  }

  function renderHandoff(f) {
    var t = {
      queued: en ? "Connecting you to an agent" : "正在为您转接人工客服",
      connected: en ? "An agent has joined" : "人工客服已接入",
      callback: en ? "No agent is free right now; we will call you back" : "暂时没有空闲客服，我们将回电联系您",
      returned: en ? "You are back with the assistant" : "已转回智能助手",
      ended: en ? "The agent has left" : "人工服务已结束"
    }[f.status] || f.status;
    var extra = [];
    if (f.position) extra.push((en ? "position " : "排队第 ") + f.position);
    if (f.eta_seconds) extra.push((en ? "about " : "约 ") + Math.ceil(f.eta_seconds / 60) + (en ? " min" : " 分钟"));
    if (f.agent_name) extra.push(f.agent_name);
    system(t + (extra.length ? " (" + extra.join(", ") + ")" : ""));
  }

  var LABELS = {
    method: ["还款方式", "Method"], principal: ["本金", "Principal"], annual_rate_pct: ["年利率 %", "Annual rate %"],
    term_months: ["期限（月）", "Term (months)"], first_payment: ["首期还款", "First payment"],
    last_payment: ["末期还款", "Last payment"], total_interest: ["总利息", "Total interest"],
    total_payment: ["还款总额", "Total payment"], product: ["产品", "Product"], max_principal: ["最高额度", "Max amount"],
    monthly_payment: ["月供", "Monthly payment"], binding_constraint: ["限制因素", "Limited by"],
    loan_id: ["贷款编号", "Loan"], balance: ["剩余本金", "Balance"], prepay_amount: ["提前还款金额", "Prepayment"],
    current_payment: ["当前月供", "Current payment"], fee: ["手续费", "Fee"], remaining_months: ["剩余期数", "Remaining months"],
    old_rate_pct: ["原利率 %", "Old rate %"], new_rate_pct: ["新利率 %", "New rate %"], old_payment: ["原月供", "Old payment"],
    new_payment: ["新月供", "New payment"], monthly_change: ["月供变化", "Monthly change"],
    total_interest_change: ["总利息变化", "Interest change"], repricing_date: ["重定价日", "Repricing date"],
    next_due_date: ["下次还款日", "Next due date"], overdue_periods: ["逾期期数", "Overdue periods"],
    overdue_amount: ["逾期金额", "Overdue amount"], period: ["期数", "Period"], due_date: ["还款日", "Due date"],
    payment: ["还款额", "Payment"], interest: ["利息", "Interest"], mode: ["方式", "Mode"],
    interest_saved: ["节省利息", "Interest saved"], spread_bp: ["加点 (bp)", "Spread (bp)"],
    old_lpr_pct: ["原 LPR %", "Old LPR %"], new_lpr_pct: ["新 LPR %", "New LPR %"]
  };
  var TITLES = {
    repayment_schedule: ["还款计划", "Repayment schedule"], quota_estimate: ["额度试算", "Quota estimate"],
    prepayment_plan: ["提前还款方案", "Prepayment options"], lpr_impact: ["LPR 调整影响", "LPR change impact"],
    loan_summary: ["贷款概览", "Loan summary"], faq_answer: ["常见问题", "FAQ"]
  };
  // Wire names shown in cards (method, product, prepayment mode) in the reader's language.
  var VALUES = {
    equal_installment: ["等额本息", "Equal installments"], equal_principal: ["等额本金", "Equal principal"],
    interest_only: ["先息后本", "Interest only"], mortgage: ["住房贷款", "Mortgage"], consumer: ["消费贷款", "Consumer loan"],
    business: ["经营贷款", "Business loan"], reduce_payment: ["减少月供", "Lower payment"],
    shorten_term: ["缩短期限", "Shorter term"], full: ["全部结清", "Pay off in full"]
  };
  var ENUMS = { method: 1, product: 1, mode: 1 };
  function label(k) { var l = LABELS[k]; return l ? l[en ? 1 : 0] : k; }
  function shown(k, v) { var t = ENUMS[k] && typeof v === "string" && VALUES[v]; return t ? t[en ? 1 : 0] : v; }
  function isNum(v) { return typeof v === "number" || (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v)); }
  function scalar(v) { return v === null || typeof v !== "object"; }

  function kvTable(card, keys, caption) {
    var t = el("table");
    if (caption) t.appendChild(el("caption", null, caption));
    keys.forEach(function (k) {
      if (!(k in card) || card[k] === "" || card[k] === null) return;
      var tr = el("tr");
      var th = el("th", null, label(k));
      th.scope = "row";
      tr.appendChild(th);
      var v = card[k];
      tr.appendChild(el("td", isNum(v) ? "num" : null, scalar(v) ? shown(k, v) : JSON.stringify(v)));
      t.appendChild(tr);
    });
    return t;
  }

  function rowsTable(rows, cols, caption) {
    var t = el("table");
    if (caption) t.appendChild(el("caption", null, caption));
    var head = el("tr");
    cols.forEach(function (c) { var th = el("th", null, label(c)); th.scope = "col"; head.appendChild(th); });
    var thead = el("thead"); thead.appendChild(head); t.appendChild(thead);
    var tb = el("tbody");
    rows.forEach(function (r) {
      var tr = el("tr");
      cols.forEach(function (c) { tr.appendChild(el("td", isNum(r[c]) ? "num" : null, r[c] === undefined ? "" : shown(c, r[c]))); });
      tb.appendChild(tr);
    });
    t.appendChild(tb);
    return t;
  }

  function renderCard(card) {
    var box = el("div", "card");
    var title = TITLES[card.kind] ? TITLES[card.kind][en ? 1 : 0] : card.kind;
    switch (card.kind) {
      case "repayment_schedule":
        box.appendChild(kvTable(card, ["method", "principal", "annual_rate_pct", "term_months", "first_payment", "last_payment", "total_interest", "total_payment"], title));
        if (card.rows && card.rows.length) {
          var cols = ["period", "due_date", "payment", "principal", "interest", "balance"].filter(function (c) { return c in card.rows[0]; });
          var d = el("details");
          d.appendChild(el("summary", null, (en ? "Schedule rows (" : "还款明细（") + card.rows.length + (en ? ")" : " 期）")));
          d.appendChild(rowsTable(card.rows, cols));
          box.appendChild(d);
        }
        break;
      case "quota_estimate":
        box.appendChild(kvTable(card, ["product", "max_principal", "monthly_payment", "term_months", "annual_rate_pct", "binding_constraint"], title));
        box.appendChild(el("p", "note", en ? (card.disclaimer_en || card.disclaimer) : card.disclaimer));
        break;
      case "prepayment_plan":
        box.appendChild(kvTable(card, ["loan_id", "balance", "prepay_amount", "current_payment", "fee"], title));
        if (card.options) box.appendChild(rowsTable(card.options, ["mode", "monthly_payment", "remaining_months", "interest_saved"]));
        break;
      case "lpr_impact":
        box.appendChild(kvTable(card, ["loan_id", "balance", "remaining_months", "old_rate_pct", "new_rate_pct", "old_payment", "new_payment", "monthly_change", "total_interest_change", "repricing_date"], title));
        break;
      case "loan_summary":
        box.appendChild(kvTable(card, ["loan_id", "product", "balance", "annual_rate_pct", "monthly_payment", "next_due_date", "remaining_months", "overdue_periods", "overdue_amount"], title));
        break;
      case "faq_answer":
        box.appendChild(el("strong", null, card.title));
        ["answer", "body", "text"].forEach(function (k) { if (card[k]) box.appendChild(el("p", null, card[k])); });
        if (card.source) box.appendChild(el("p", "note", (en ? "Source: " : "来源：") + card.source));
        break;
      default:
        box.appendChild(kvTable(card, Object.keys(card).filter(function (k) { return k !== "kind"; }), title));
    }
    return box;
  }

  // ---- client frames --------------------------------------------------------------

  function post(frame, shown) {
    outbox.push(frame);
    var li = addItem("msg me pending", en ? "You" : "我", shown);
    li.setAttribute("data-pending", frame.id);
    if (!send(frame)) status(en ? "Offline: will send when reconnected" : "离线：重新连接后发送");
  }

  function sendAction(q) { post({ type: "action", id: newID(), action: q.action }, q.label); }

  $("composer").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var text = $("text").value.trim();
    if (!text) return;
    post({ type: "message", id: newID(), text: text }, text);
    $("text").value = "";
    $("text").focus();
  });

  $("text").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing) {
      ev.preventDefault();
      $("composer").requestSubmit();
    }
  });

  $("end").addEventListener("click", function () { send({ type: "end" }); });

  $("rating").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var score = parseInt((document.querySelector('input[name="score"]:checked') || {}).value || "5", 10);
    var comment = $("comment").value.trim();
    var f = { type: "rate", score: score };
    if (comment) f.comment = comment;
    send(f);
    $("rating").hidden = true;
    system(en ? "Thank you for your feedback." : "感谢您的评价。");
  });

  // ---- start ------------------------------------------------------------------

  if (store.getItem(KEY.token)) startChat(store.getItem(KEY.token));
  else showSignin("");
})();
