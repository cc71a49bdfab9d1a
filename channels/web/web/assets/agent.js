// LoanDesk agent console: plain JS, no framework. The seat's token is kept in
// sessionStorage and sent in the hello frame, never in a URL. Everything the
// server sends is inserted with textContent: customers' words are untrusted.
(function () {
  "use strict";

  var KEY = { token: "loandesk.agent.token", presence: "loandesk.agent.presence" };
  var en = /^en/i.test(navigator.language || "");
  var store = window.sessionStorage;
  var $ = function (id) { return document.getElementById(id); };
  function t(zh, english) { return en ? english : zh; }

  var ws = null;
  var backoff = 1000;
  var reconnectTimer = null;
  var signedOut = false;
  var presence = store.getItem(KEY.presence) === "away" ? "away" : "available";

  var convs = {};     // conversation_id -> conversation state (see openConv)
  var order = [];     // conversation ids in tab order
  var current = "";   // the selected conversation
  var claims = {};    // claim frame id -> conversation_id
  var pendingOps = {}; // resolve / return_to_bot frame id -> conversation_id
  var queueState = { items: [], at: 0 };
  var panels = 0;     // panels ever built: unique element ids
  var socketGen = 0;  // sockets opened; a conversation records the one that last assigned it

  function newID(prefix) {
    var r = window.crypto && crypto.randomUUID ? crypto.randomUUID()
      : Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 10);
    return (prefix || "a") + "-" + r;
  }

  // ---- small DOM helpers (textContent only) ---------------------------------

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null && text !== "") e.textContent = String(text);
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function button(cls, text, onClick) {
    var b = el("button", cls, text);
    b.type = "button";
    if (onClick) b.addEventListener("click", onClick);
    return b;
  }

  // ---- labels -----------------------------------------------------------------

  var PRIORITY = { critical: ["紧急", "Critical"], high: ["高优先", "High"], normal: ["普通", "Normal"] };
  var REASON = {
    requested: ["客户要求人工", "Customer asked for a person"], hardship: ["还款困难", "Hardship"],
    complaint: ["投诉", "Complaint"], fraud: ["疑似欺诈", "Possible fraud"], self_harm: ["自伤风险", "Self-harm risk"],
    not_understood: ["机器人未能理解", "Bot did not understand"], negative_sentiment: ["持续负面情绪", "Sustained negative sentiment"]
  };
  var FLAG = {
    self_harm: ["自伤风险", "Self-harm"], fraud_risk: ["欺诈风险", "Fraud risk"],
    intent_to_default: ["拒绝还款倾向", "Intent to default"], job_loss: ["失业", "Job loss"],
    business_distress: ["经营困难", "Business distress"], collateral_issue: ["抵押物问题", "Collateral issue"],
    repayment_difficulty: ["还款困难", "Repayment difficulty"], legal_threat: ["法律威胁", "Legal threat"],
    complaint_escalation: ["投诉升级", "Complaint escalation"], income_drop: ["收入下降", "Income drop"],
    illness: ["疾病", "Illness"], multi_debt: ["多头负债", "Multiple debts"], contact_change: ["联系方式变更", "Contact change"]
  };
  var SEVERITY = { critical: ["紧急", "critical"], high: ["高", "high"], medium: ["中", "medium"], low: ["低", "low"] };
  var SENTIMENT = { negative: ["负面", "negative"], neutral: ["中性", "neutral"], positive: ["正面", "positive"] };
  var FROM = { customer: ["客户", "Customer"], bot: ["智能助手", "Assistant"], agent: ["坐席", "Agent"], system: ["系统", "System"] };
  var TIER = { A: ["核心客户", "core"], B: ["潜力客户", "potential"], C: ["一般客户", "general"], D: ["风险客户", "risk"] };
  // System lines of a stored transcript ("handoff: queued", "ended").
  var SYSTEM = {
    "handoff: queued": ["已进入人工队列", "Queued for a person"], "handoff: connected": ["坐席已接入", "A seat connected"],
    "handoff: callback": ["客户选择回电", "The customer chose a callback"], "handoff: returned": ["已转回智能助手", "Returned to the assistant"],
    "handoff: ended": ["人工服务已结束", "The seat finished"], ended: ["对话已结束", "The conversation ended"]
  };
  var LABELS = {
    id: ["贷款编号", "Loan"], loan_id: ["贷款编号", "Loan"], product: ["产品", "Product"], balance: ["剩余本金", "Balance"],
    annual_rate_pct: ["年利率 %", "Rate %"], monthly_payment: ["月供", "Monthly payment"],
    next_due_date: ["下次还款日", "Next due"], overdue_periods: ["逾期期数", "Overdue periods"],
    overdue_amount: ["逾期金额", "Overdue amount"], remaining_months: ["剩余期数", "Remaining months"],
    method: ["还款方式", "Method"], principal: ["本金", "Principal"], term_months: ["期限（月）", "Term (months)"],
    first_payment: ["首期还款", "First payment"], last_payment: ["末期还款", "Last payment"],
    total_interest: ["总利息", "Total interest"], total_payment: ["还款总额", "Total payment"],
    max_principal: ["最高额度", "Max amount"], binding_constraint: ["限制因素", "Limited by"],
    prepay_amount: ["提前还款金额", "Prepayment"], current_payment: ["当前月供", "Current payment"], fee: ["手续费", "Fee"],
    old_rate_pct: ["原利率 %", "Old rate %"], new_rate_pct: ["新利率 %", "New rate %"], old_payment: ["原月供", "Old payment"],
    new_payment: ["新月供", "New payment"], monthly_change: ["月供变化", "Monthly change"],
    total_interest_change: ["总利息变化", "Interest change"], repricing_date: ["重定价日", "Repricing date"],
    mode: ["方式", "Mode"], interest_saved: ["节省利息", "Interest saved"], title: ["标题", "Title"], source: ["来源", "Source"],
    name: ["姓名", "Name"], tier: ["客户等级", "Tier"], tier_reason: ["等级依据", "Tier reason"], phone: ["电话", "Phone"],
    segment: ["客群", "Segment"], lang: ["语言", "Language"], manager_id: ["客户经理", "Manager"], customer_id: ["客户号", "Customer"]
  };
  var TITLES = {
    repayment_schedule: ["还款计划", "Repayment schedule"], quota_estimate: ["额度试算", "Quota estimate"],
    prepayment_plan: ["提前还款方案", "Prepayment options"], lpr_impact: ["LPR 调整影响", "LPR change impact"],
    loan_summary: ["贷款概览", "Loan summary"], faq_answer: ["常见问题", "FAQ"]
  };
  var CARD_KEYS = {
    repayment_schedule: ["method", "principal", "annual_rate_pct", "term_months", "first_payment", "last_payment", "total_interest", "total_payment"],
    quota_estimate: ["product", "max_principal", "monthly_payment", "term_months", "annual_rate_pct", "binding_constraint"],
    prepayment_plan: ["loan_id", "balance", "prepay_amount", "current_payment", "fee"],
    lpr_impact: ["loan_id", "balance", "remaining_months", "old_rate_pct", "new_rate_pct", "old_payment", "new_payment", "monthly_change", "total_interest_change", "repricing_date"],
    loan_summary: ["loan_id", "product", "balance", "annual_rate_pct", "monthly_payment", "next_due_date", "remaining_months", "overdue_periods", "overdue_amount"],
    faq_answer: ["title", "source"]
  };
  var VALUES = {
    equal_installment: ["等额本息", "Equal installments"], equal_principal: ["等额本金", "Equal principal"],
    interest_only: ["先息后本", "Interest only"], mortgage: ["住房贷款", "Mortgage"], consumer: ["消费贷款", "Consumer loan"],
    business: ["经营贷款", "Business loan"], reduce_payment: ["减少月供", "Lower payment"],
    shorten_term: ["缩短期限", "Shorter term"], full: ["全部结清", "Pay off in full"]
  };
  var ENUMS = { method: 1, product: 1, mode: 1 };
  var OUTCOMES = [
    ["deferral_offered", "已提供延期方案"], ["payment_plan_agreed", "已约定还款计划"],
    ["restructuring_referred", "转交重组评估"], ["info_provided", "已解答"], ["callback_scheduled", "已约回访"],
    ["complaint_logged", "已登记投诉"]
  ];

  function pick(map, k) { var l = map[k]; return l ? l[en ? 1 : 0] : k; }
  function label(k) { return pick(LABELS, k); }
  function shown(k, v) { var x = ENUMS[k] && typeof v === "string" && VALUES[v]; return x ? x[en ? 1 : 0] : v; }
  function isNum(v) { return typeof v === "number" || (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v)); }
  function scalar(v) { return v === null || typeof v !== "object"; }
  function clock(ts) {
    var d = ts ? new Date(ts) : null;
    if (!d || isNaN(d.getTime()) || d.getFullYear() < 2000) return "";
    return d.toLocaleTimeString(en ? "en-GB" : "zh-CN", { hour: "2-digit", minute: "2-digit" });
  }
  function duration(s) {
    s = Math.max(0, Math.floor(s));
    var h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60, sec = s % 60;
    var two = function (n) { return (n < 10 ? "0" : "") + n; };
    return (h ? h + ":" + two(m) : m) + ":" + two(sec);
  }

  // ---- notices (errors are never dropped) ------------------------------------------

  // An error stays until the agent clicks it away or another error replaces
  // it; information never hides an error shown in the last 15 seconds.
  var noticeTimer = null;
  var errorAt = 0;
  function notice(text, isError) {
    var n = $("notice");
    if (!isError && n.classList.contains("error-notice") && Date.now() - errorAt < 15000) return;
    n.textContent = text;
    n.className = "notice" + (isError ? " error-notice" : "");
    n.setAttribute("role", isError ? "alert" : "status");
    n.title = isError ? t("点击关闭", "Click to dismiss") : "";
    clearTimeout(noticeTimer);
    if (isError) errorAt = Date.now();
    else noticeTimer = setTimeout(function () { n.textContent = ""; }, 6000);
  }
  $("notice").addEventListener("click", function () {
    var n = $("notice");
    n.textContent = "";
    n.className = "notice";
  });

  // ---- sign-in ------------------------------------------------------------------

  function showSignin(message) {
    $("signin").hidden = false;
    $("console").hidden = true;
    $("presence").hidden = true;
    $("signout").hidden = true;
    $("seat").textContent = "";
    $("signin-error").textContent = message || "";
  }

  function tokenSubject(token) {
    try {
      var p = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
      var bin = atob(p);
      var bytes = new Uint8Array(bin.length);
      for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      var claims = JSON.parse(new TextDecoder().decode(bytes));
      return { sub: claims.sub || "", name: claims.name || "", role: claims.role || "" };
    } catch (e) { return { sub: "", name: "", role: "" }; }
  }

  function start(token) {
    var who = tokenSubject(token);
    if (who.role && who.role !== "agent") {
      showSignin(t("该令牌不是坐席令牌（角色：", "This token is not an agent token (role: ") + who.role + t("）。", ")."));
      return;
    }
    store.setItem(KEY.token, token);
    signedOut = false;
    $("signin").hidden = true;
    $("console").hidden = false;
    $("presence").hidden = false;
    $("signout").hidden = false;
    $("seat").textContent = (t("坐席 ", "Seat ")) + (who.sub || "?") + (who.name ? " " + who.name : "");
    renderPresence();
    connect();
  }

  document.querySelectorAll("#demo button[data-sub]").forEach(function (b) {
    b.addEventListener("click", function () {
      var body = JSON.stringify({ sub: b.getAttribute("data-sub"), role: "agent" });
      fetch("/v1/demo/token", { method: "POST", headers: { "Content-Type": "application/json" }, body: body })
        .then(function (res) {
          if (res.status === 404) throw new Error(t("演示模式未开启，请粘贴令牌。", "Demo mode is off: paste a token."));
          if (!res.ok) throw new Error("HTTP " + res.status);
          return res.json();
        })
        .then(function (j) { start(j.token); })
        .catch(function (e) { $("signin-error").textContent = e.message; });
    });
  });

  $("token-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var tok = $("token-input").value.trim();
    if (tok) start(tok);
  });

  $("signout").addEventListener("click", function () {
    signedOut = true;
    store.removeItem(KEY.token);
    clearTimeout(reconnectTimer);
    if (ws) ws.close(1000);
    resetConsole();
    showSignin("");
    status(t("已退出", "Signed out"));
  });

  function resetConsole() {
    convs = {}; order = []; current = ""; claims = {}; pendingOps = {};
    queueState = { items: [], at: 0 };
    clear($("tabs")); clear($("convs")); clear($("queue"));
    $("queue-count").textContent = "0";
    $("queue-empty").hidden = false;
    $("work-empty").hidden = false;
    $("notice").textContent = "";
  }

  // ---- presence -------------------------------------------------------------------

  function renderPresence() {
    document.querySelectorAll("#presence button[data-state]").forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-state") === presence));
    });
    document.body.classList.toggle("away", presence === "away");
  }

  document.querySelectorAll("#presence button[data-state]").forEach(function (b) {
    b.addEventListener("click", function () {
      presence = b.getAttribute("data-state");
      store.setItem(KEY.presence, presence);
      renderPresence();
      if (!send({ type: "status", state: presence })) notice(t("离线：重新连接后同步状态", "Offline: the status is sent on reconnect"), false);
    });
  });

  // ---- connection -------------------------------------------------------------------

  function status(text) { $("conn").textContent = text; }

  function connect() {
    clearTimeout(reconnectTimer);
    var token = store.getItem(KEY.token);
    if (!token) { showSignin(""); return; }
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    var sock = new WebSocket(scheme + location.host + "/v1/ws");
    ws = sock;
    status(t("连接中…", "Connecting…"));
    sock.onopen = function () {
      sock.send(JSON.stringify({ type: "hello", token: token, locale: navigator.language || "zh-CN" }));
      sock.send(JSON.stringify({ type: "status", state: presence }));
      socketGen++;
      if (order.length) setTimeout(checkStale, 4000, socketGen, token);
    };
    sock.onmessage = function (ev) {
      var f;
      try { f = JSON.parse(ev.data); } catch (e) { notice(t("收到无法解析的消息", "Unreadable frame from the server"), true); return; }
      if (f.type !== "error") { backoff = 1000; status(t("已连接", "Connected")); }
      handle(f);
    };
    sock.onclose = function (ev) {
      if (ws !== sock) return;
      ws = null;
      if (signedOut) return;
      if (ev.code === 1008) { // policy violation: the token was refused
        store.removeItem(KEY.token);
        resetConsole();
        showSignin(t("登录已失效，请重新登录。", "Your session has expired. Please sign in again."));
        status(t("未连接", "Not connected"));
        return;
      }
      var wait = Math.min(backoff, 30000) * (0.75 + Math.random() / 2);
      backoff = Math.min(backoff * 2, 30000);
      status(t("连接断开，", "Disconnected, retrying in ") + Math.max(1, Math.round(wait / 1000)) + t(" 秒后重连", "s"));
      reconnectTimer = setTimeout(connect, wait);
    };
  }

  function send(frame) {
    if (ws && ws.readyState === WebSocket.OPEN) { ws.send(JSON.stringify(frame)); return true; }
    return false;
  }

  // ---- server frames ------------------------------------------------------------------

  function handle(f) {
    switch (f.type) {
      case "queue": renderQueue(f.items || []); break;
      case "assigned": openConv(f); break;
      case "customer_message": onCustomerMessage(f); break;
      case "reply": onReply(f); break;
      case "handoff": onHandoff(f); break;
      case "ended": onEnded(f); break;
      case "error": onError(f); break;
      default: break; // pong, typing, reply_delta: nothing to show a seat
    }
  }

  function onError(f) {
    var text = t("错误：", "Error: ") + (f.message || "") + " (" + (f.code || "?") + ")";
    var id = f.reply_to || "";
    if (id && claims[id]) {
      var item = queueState.buttons && queueState.buttons[claims[id]];
      if (item) { item.disabled = false; item.textContent = t("认领 Claim", "Claim"); }
      text = t("认领失败：", "Claim failed: ") + text;
      delete claims[id];
    } else if (id && pendingOps[id]) {
      var c = convs[pendingOps[id].conv];
      delete pendingOps[id];
      if (c && !c.closed) setBusy(c, false);
    } else if (id) {
      Object.keys(convs).forEach(function (cid) {
        var c = convs[cid];
        if (c.outbox[id]) {
          var li = c.pendingEls[id];
          delete c.outbox[id];
          if (li) { li.classList.remove("pending"); li.classList.add("failed"); li.appendChild(el("span", "fail-mark", t("未发送", "not sent"))); }
        }
      });
    }
    notice(text, true);
  }

  // ---- queue -------------------------------------------------------------------------

  function renderQueue(items) {
    queueState.items = items;
    queueState.at = Date.now();
    queueState.buttons = {};
    var list = $("queue");
    clear(list);
    $("queue-count").textContent = String(items.length);
    $("queue-empty").hidden = items.length > 0;
    items.forEach(function (it) {
      var li = el("li", "qitem prio-" + (it.priority || "normal"));
      li.setAttribute("data-conversation-id", it.conversation_id);
      var head = el("div", "qhead");
      head.appendChild(el("span", "badge prio prio-" + (it.priority || "normal"), pick(PRIORITY, it.priority || "normal")));
      head.appendChild(el("strong", "qname", it.customer_name || it.customer_id));
      head.appendChild(el("span", "qid", it.customer_id));
      li.appendChild(head);
      var meta = el("div", "qmeta");
      meta.appendChild(el("span", "qreason", pick(REASON, it.reason)));
      var wait = el("span", "wait");
      wait.setAttribute("data-waiting", String(it.waiting_seconds || 0));
      wait.title = t("等待时长", "Waiting");
      meta.appendChild(wait);
      if (it.position) meta.appendChild(el("span", "qpos", t("第 ", "#") + it.position + t(" 位", "")));
      li.appendChild(meta);
      if (it.flags && it.flags.length) li.appendChild(flagList(it.flags));
      var claim = button("claim", t("认领 Claim", "Claim"), function () { doClaim(it.conversation_id, claim); });
      if (convs[it.conversation_id] && !convs[it.conversation_id].closed) claim.disabled = true;
      Object.keys(claims).forEach(function (k) {
        if (claims[k] === it.conversation_id) { claim.disabled = true; claim.textContent = t("认领中…", "Claiming…"); }
      });
      queueState.buttons[it.conversation_id] = claim;
      li.appendChild(claim);
      list.appendChild(li);
    });
    tickWaits();
  }

  function tickWaits() {
    var extra = (Date.now() - queueState.at) / 1000;
    document.querySelectorAll("#queue .wait").forEach(function (w) {
      var s = parseInt(w.getAttribute("data-waiting") || "0", 10) + extra;
      w.textContent = t("已等待 ", "waiting ") + duration(s);
    });
  }
  setInterval(tickWaits, 1000);

  function doClaim(conversationID, btn) {
    var id = newID("claim");
    if (!send({ type: "claim", id: id, conversation_id: conversationID })) {
      notice(t("离线：无法认领，请等待重新连接", "Offline: cannot claim until reconnected"), true);
      return;
    }
    claims[id] = conversationID;
    btn.disabled = true;
    btn.textContent = t("认领中…", "Claiming…");
  }

  function flagList(flags) {
    var ul = el("ul", "flags");
    flags.forEach(function (fl) {
      var li = el("li", "flag sev-" + (fl.severity || "low"));
      li.setAttribute("data-code", fl.code || "");
      li.appendChild(el("span", "badge sev sev-" + (fl.severity || "low"), pick(SEVERITY, fl.severity)));
      li.appendChild(el("span", "flag-code", pick(FLAG, fl.code)));
      if (!en && FLAG[fl.code]) li.appendChild(el("span", "flag-wire", fl.code));
      if (fl.evidence) li.appendChild(el("q", "evidence", fl.evidence));
      ul.appendChild(li);
    });
    return ul;
  }

  // checkStale runs a few seconds after a reconnect: the server re-sends
  // assigned for every conversation the seat still holds, but says nothing of
  // those resolved or returned while it was away. An open panel that was not
  // re-assigned is asked about over HTTP; 403 means the seat no longer holds it.
  function checkStale(gen, token) {
    if (gen !== socketGen) return;
    order.forEach(function (id) {
      var c = convs[id];
      if (!c || c.closed || c.gen === gen) return;
      fetch("/v1/conversations/" + encodeURIComponent(id), { headers: { Authorization: "Bearer " + token } })
        .then(function (res) {
          if (convs[id] !== c || c.closed || c.gen === gen) return;
          if (res.status === 403 || res.status === 404) {
            addRow(c, { from: "system", text: t("断线期间此对话已不再由您处理", "This conversation left your seat while you were offline") });
            closeConv(c, t("已结束", "Closed"));
          }
        })
        .catch(function () { /* offline again: the next reconnect checks */ });
    });
  }

  // ---- conversations -------------------------------------------------------------------

  // openConv builds (or, on a reconnect, rebuilds) a held conversation's panel.
  function openConv(f) {
    var id = f.conversation_id;
    var ctx = f.context || {};
    var c = convs[id];
    if (!c) c = convs[id] = createConv(id);
    c.closed = false;
    c.gen = socketGen;
    c.ctx = ctx;
    c.name = (ctx.customer && ctx.customer.name) || id;
    c.seenSeq = {};
    c.seenCustomer = {};
    c.lastSeq = ctx.seq || 0;
    c.panel.classList.remove("closed");
    c.tabState.textContent = "";
    c.tabName.textContent = c.name;
    c.title.textContent = c.name;
    c.state.textContent = t("服务中", "In progress");
    renderContext(c, ctx);
    clear(c.log);
    c.pendingEls = {};
    (ctx.transcript || []).forEach(function (row) {
      if (row.from !== "customer" && row.seq) c.seenSeq[row.seq] = true;
      addRow(c, row);
    });
    // Messages sent but not yet echoed (a dropped socket) go again with the same id.
    Object.keys(c.outbox).forEach(function (mid) {
      var fr = c.outbox[mid];
      c.pendingEls[mid] = addRow(c, { from: "agent", text: fr.text, pending: mid });
      send(fr);
    });
    setBusy(c, false);
    var wasClaim = f.reply_to && claims[f.reply_to];
    if (wasClaim) delete claims[f.reply_to];
    if (wasClaim || !current || (convs[current] && convs[current].closed)) select(id);
    var qb = queueState.buttons && queueState.buttons[id];
    if (qb) qb.disabled = true;
    $("work-empty").hidden = true;
    if (wasClaim) notice(t("已接入 ", "Connected to ") + c.name, false);
  }

  function createConv(id) {
    var c = { id: id, outbox: {}, pendingEls: {}, seenSeq: {}, seenCustomer: {}, closed: false };
    var tab = el("button", "tab");
    tab.type = "button";
    var n = panels++;
    tab.id = "tab-" + n;
    tab.setAttribute("role", "tab");
    tab.setAttribute("aria-selected", "false");
    tab.setAttribute("data-conversation-id", id);
    c.tabName = el("span", "tab-name");
    c.tabState = el("span", "tab-state");
    c.tabDot = el("span", "dot");
    c.tabDot.hidden = true;
    c.tabDot.setAttribute("aria-label", t("新消息", "new message"));
    tab.appendChild(c.tabName); tab.appendChild(c.tabState); tab.appendChild(c.tabDot);
    tab.addEventListener("click", function () { select(id); });
    tab.addEventListener("keydown", function (ev) {
      if (ev.key !== "ArrowRight" && ev.key !== "ArrowLeft") return;
      var i = order.indexOf(id) + (ev.key === "ArrowRight" ? 1 : -1);
      var next = order[(i + order.length) % order.length];
      select(next);
      convs[next].tab.focus();
    });
    c.tab = tab;
    $("tabs").appendChild(tab);

    var panel = el("section", "conv");
    panel.id = tab.id + "-panel";
    panel.setAttribute("role", "tabpanel");
    panel.setAttribute("aria-labelledby", tab.id);
    panel.setAttribute("data-conversation-id", id);
    panel.hidden = true;
    tab.setAttribute("aria-controls", panel.id);

    var head = el("div", "conv-head");
    c.title = el("h2", "conv-title");
    c.state = el("span", "conv-state");
    head.appendChild(c.title);
    head.appendChild(c.state);
    head.appendChild(el("span", "conv-id", id));
    c.dismiss = button("link dismiss", t("关闭标签 Close tab", "Close tab"), function () { dismiss(id); });
    c.dismiss.hidden = true;
    head.appendChild(c.dismiss);
    panel.appendChild(head);

    var body = el("div", "conv-body");
    c.context = el("aside", "context");
    c.context.setAttribute("aria-label", t("客户信息", "Customer context"));
    body.appendChild(c.context);

    var talk = el("div", "talk");
    c.log = el("ol", "transcript log");
    c.log.setAttribute("role", "log");
    c.log.setAttribute("aria-live", "polite");
    c.log.setAttribute("aria-label", t("对话记录", "Transcript"));
    talk.appendChild(c.log);

    var reply = el("form", "reply composer");
    var rl = el("label", "visually-hidden", t("回复客户", "Reply to the customer"));
    rl.htmlFor = "reply-" + n;
    c.text = el("textarea");
    c.text.id = "reply-" + n;
    c.text.rows = 2;
    c.text.maxLength = 2000;
    c.text.required = true;
    c.text.placeholder = t("回复客户… (Enter 发送，Shift+Enter 换行)", "Reply to the customer… (Enter sends)");
    c.sendBtn = el("button", "send", t("发送 Send", "Send"));
    c.sendBtn.type = "submit";
    reply.appendChild(rl); reply.appendChild(c.text); reply.appendChild(c.sendBtn);
    reply.addEventListener("submit", function (ev) { ev.preventDefault(); sendReply(c); });
    c.text.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing) { ev.preventDefault(); reply.requestSubmit(); }
    });
    c.replyForm = reply;
    talk.appendChild(reply);

    var ops = el("div", "ops");
    var resolve = el("form", "resolve");
    var fs = el("fieldset");
    fs.appendChild(el("legend", null, t("结案 Resolve", "Resolve")));
    var ol = el("label", null, t("处理结果 Outcome", "Outcome"));
    ol.htmlFor = "outcome-" + n;
    c.outcome = el("input");
    c.outcome.id = "outcome-" + n;
    c.outcome.name = "outcome";
    c.outcome.required = true;
    c.outcome.maxLength = 64;
    c.outcome.autocomplete = "off";
    c.outcome.setAttribute("list", "outcomes-" + n);
    var dl = el("datalist");
    dl.id = "outcomes-" + n;
    OUTCOMES.forEach(function (o) { var opt = el("option"); opt.value = o[0]; opt.label = o[1]; dl.appendChild(opt); });
    var nl = el("label", null, t("坐席备注 Note", "Note"));
    nl.htmlFor = "note-" + n;
    c.note = el("textarea");
    c.note.id = "note-" + n;
    c.note.name = "note";
    c.note.rows = 2;
    c.note.maxLength = 2000;
    c.resolveBtn = el("button", "resolve-btn", t("结案 Resolve", "Resolve"));
    c.resolveBtn.type = "submit";
    fs.appendChild(ol); fs.appendChild(c.outcome); fs.appendChild(dl); fs.appendChild(nl); fs.appendChild(c.note); fs.appendChild(c.resolveBtn);
    resolve.appendChild(fs);
    resolve.addEventListener("submit", function (ev) { ev.preventDefault(); doResolve(c); });
    c.resolveForm = resolve;
    c.returnBtn = button("secondary return", t("转回机器人 Return to bot", "Return to bot"), function () { doReturn(c); });
    ops.appendChild(resolve);
    ops.appendChild(c.returnBtn);
    talk.appendChild(ops);
    body.appendChild(talk);
    panel.appendChild(body);

    c.panel = panel;
    $("convs").appendChild(panel);
    order.push(id);
    return c;
  }

  function select(id) {
    current = id;
    order.forEach(function (cid) {
      var c = convs[cid], on = cid === id;
      c.tab.setAttribute("aria-selected", String(on));
      c.tab.tabIndex = on ? 0 : -1;
      c.panel.hidden = !on;
      if (on) c.tabDot.hidden = true;
    });
  }

  function dismiss(id) {
    var c = convs[id];
    if (!c || !c.closed) return;
    c.tab.remove(); c.panel.remove();
    delete convs[id];
    order = order.filter(function (x) { return x !== id; });
    if (current === id) { current = ""; if (order.length) select(order[order.length - 1]); }
    $("work-empty").hidden = order.length > 0;
  }

  function dlRow(dlEl, k, v) {
    if (v === undefined || v === null || v === "") return;
    dlEl.appendChild(el("dt", null, label(k)));
    dlEl.appendChild(el("dd", "v-" + k, v));
  }

  function renderContext(c, ctx) {
    var box = c.context;
    clear(box);
    var cu = ctx.customer;
    var sec = el("section", "ctx customer");
    sec.appendChild(el("h3", null, t("客户", "Customer")));
    if (cu) {
      var d = el("dl", "kv");
      dlRow(d, "name", cu.name + (cu.name_en ? " (" + cu.name_en + ")" : ""));
      dlRow(d, "customer_id", cu.id);
      if (cu.tier) {
        d.appendChild(el("dt", null, label("tier")));
        var td = el("dd", "v-tier");
        td.appendChild(el("span", "badge tier tier-" + cu.tier, cu.tier));
        if (TIER[cu.tier]) td.appendChild(document.createTextNode(" " + pick(TIER, cu.tier)));
        d.appendChild(td);
      }
      dlRow(d, "tier_reason", cu.tier_reason);
      dlRow(d, "phone", cu.phone);
      dlRow(d, "segment", cu.segment);
      dlRow(d, "lang", cu.lang);
      sec.appendChild(d);
    } else {
      sec.appendChild(el("p", "empty", t("客户资料暂不可用", "Customer profile unavailable")));
    }
    var h = ctx.handoff;
    if (h) {
      var hp = el("p", "handoff-meta");
      hp.appendChild(el("span", "badge prio prio-" + (h.priority || "normal"), pick(PRIORITY, h.priority || "normal")));
      hp.appendChild(document.createTextNode(" " + pick(REASON, h.reason) + (h.skill ? " · " + h.skill : "")));
      sec.appendChild(hp);
    }
    box.appendChild(sec);

    if (ctx.summary) {
      var sm = el("section", "ctx summary");
      sm.appendChild(el("h3", null, t("摘要", "Summary")));
      sm.appendChild(el("p", "summary-text", ctx.summary));
      box.appendChild(sm);
    }

    var fl = el("section", "ctx ctx-flags");
    fl.appendChild(el("h3", null, t("风险信号", "Risk flags")));
    if (ctx.flags && ctx.flags.length) fl.appendChild(flagList(ctx.flags));
    else fl.appendChild(el("p", "empty", t("无", "None")));
    box.appendChild(fl);

    var ln = el("section", "ctx loans");
    ln.appendChild(el("h3", null, t("贷款", "Loans")));
    var loans = ctx.loans || [];
    if (loans.length) {
      var cols = ["id", "product", "balance", "annual_rate_pct", "monthly_payment", "next_due_date", "overdue_periods"];
      var wrap = el("div", "table-wrap");
      var tbl = rowsTable(loans, cols);
      loans.forEach(function (l, i) { if (l.overdue_periods > 0) tbl.tBodies[0].rows[i].classList.add("overdue"); });
      wrap.appendChild(tbl);
      ln.appendChild(wrap);
    } else {
      ln.appendChild(el("p", "empty", t("无贷款记录", "No loans")));
    }
    box.appendChild(ln);

    var cards = ctx.cards || [];
    if (cards.length) {
      var cs = el("section", "ctx cards");
      cs.appendChild(el("h3", null, t("已计算的卡片", "Cards already computed")));
      cards.forEach(function (card) { cs.appendChild(renderCard(card)); });
      box.appendChild(cs);
    }
    if (ctx.intents && ctx.intents.length) {
      var it = el("p", "intents", t("意图：", "Intents: ") + ctx.intents.join(", "));
      box.appendChild(it);
    }
  }

  function rowsTable(rows, cols, caption) {
    var tbl = el("table");
    if (caption) tbl.appendChild(el("caption", null, caption));
    var head = el("tr");
    cols.forEach(function (k) { var th = el("th", null, label(k)); th.scope = "col"; head.appendChild(th); });
    var thead = el("thead"); thead.appendChild(head); tbl.appendChild(thead);
    var tb = el("tbody");
    rows.forEach(function (r) {
      var tr = el("tr");
      cols.forEach(function (k) {
        var v = r[k];
        tr.appendChild(el("td", isNum(v) ? "num" : null, v === undefined || v === null ? "" : (scalar(v) ? shown(k, v) : JSON.stringify(v))));
      });
      tb.appendChild(tr);
    });
    tbl.appendChild(tb);
    return tbl;
  }

  function kvTable(card, keys, caption) {
    var tbl = el("table", "kvt");
    if (caption) tbl.appendChild(el("caption", null, caption));
    keys.forEach(function (k) {
      if (!(k in card) || card[k] === "" || card[k] === null) return;
      var v = card[k];
      if (!scalar(v)) return;
      var tr = el("tr");
      var th = el("th", null, label(k)); th.scope = "row";
      tr.appendChild(th);
      tr.appendChild(el("td", isNum(v) ? "num" : null, shown(k, v)));
      tbl.appendChild(tr);
    });
    return tbl;
  }

  function renderCard(card) {
    var box = el("div", "card");
    box.setAttribute("data-kind", card.kind || "");
    var title = TITLES[card.kind] ? pick(TITLES, card.kind) : (card.kind || t("卡片", "Card"));
    var keys = CARD_KEYS[card.kind] || Object.keys(card).filter(function (k) { return k !== "kind" && scalar(card[k]); });
    box.appendChild(kvTable(card, keys, title));
    if (card.kind === "prepayment_plan" && card.options && card.options.length) {
      box.appendChild(rowsTable(card.options, ["mode", "monthly_payment", "remaining_months", "interest_saved"]));
    }
    if (card.kind === "repayment_schedule" && card.rows && card.rows.length) {
      box.appendChild(el("p", "note", t("共 ", "") + card.rows.length + t(" 期明细（客户端可见）", " schedule rows shown to the customer")));
    }
    return box;
  }

  // addRow appends one transcript line: {from, text, at, sentiment, flags, cards, agent_name, pending}.
  function addRow(c, row) {
    var from = row.from || "system";
    var li = el("li", "msg row from-" + from);
    var who = el("span", "who");
    var name = from === "system" ? "" : pick(FROM, from);
    if (from === "customer") name += " " + (c.name || "");
    if (from === "agent" && row.agent_name) name += " " + row.agent_name;
    who.appendChild(el("span", "who-name", name));
    var when = clock(row.at);
    if (when) who.appendChild(el("time", "at", when));
    li.appendChild(who);
    var text = row.text || "";
    if (from === "system" && SYSTEM[text]) text = pick(SYSTEM, text);
    li.appendChild(el("span", "text", text));
    if (from === "customer") {
      var meta = el("div", "row-meta");
      if (row.sentiment && row.sentiment.label) {
        var s = row.sentiment;
        var sb = el("span", "badge sentiment sent-" + s.label,
          pick(SENTIMENT, s.label) + (en ? "" : " " + s.label) + (typeof s.score === "number" ? " " + s.score.toFixed(2) : ""));
        sb.setAttribute("data-label", s.label);
        meta.appendChild(sb);
      }
      if (row.flags && row.flags.length) meta.appendChild(flagList(row.flags));
      if (meta.firstChild) li.appendChild(meta);
    }
    if (row.cards && row.cards.length) {
      li.appendChild(el("span", "row-cards", t("卡片：", "Cards: ") + row.cards.map(function (cd) { return TITLES[cd.kind] ? pick(TITLES, cd.kind) : cd.kind; }).join(", ")));
    }
    if (row.pending) { li.classList.add("pending"); }
    c.log.appendChild(li);
    if (!c.panel.hidden) li.scrollIntoView({ block: "nearest" });
    return li;
  }

  function unread(c) { if (current !== c.id) c.tabDot.hidden = false; }

  function onCustomerMessage(f) {
    var c = convs[f.conversation_id];
    if (!c) return;
    if (f.id) {
      if (c.seenCustomer[f.id]) return;
      c.seenCustomer[f.id] = true;
    }
    addRow(c, { from: "customer", text: f.text, at: f.at, sentiment: f.sentiment, flags: f.flags });
    if (f.flags && f.flags.length) addFlags(c, f.flags);
    unread(c);
  }

  // addFlags keeps the context panel's flag list current as new ones arrive live.
  function addFlags(c, flags) {
    var known = c.ctx.flags || [];
    var add = flags.filter(function (n) { return !known.some(function (k) { return k.code === n.code && k.evidence === n.evidence; }); });
    if (!add.length) return;
    c.ctx.flags = known.concat(add);
    renderContext(c, c.ctx);
  }

  function onReply(f) {
    var c = convs[f.conversation_id];
    if (!c) return;
    var mine = f.reply_to && c.outbox[f.reply_to];
    if (mine) {
      delete c.outbox[f.reply_to];
      var li = c.pendingEls[f.reply_to];
      delete c.pendingEls[f.reply_to];
      if (li && f.seq && c.seenSeq[f.seq]) { li.remove(); return; } // already in the reloaded transcript
      if (f.seq) c.seenSeq[f.seq] = true;
      if (li) {
        li.classList.remove("pending");
        var who = li.querySelector(".who-name");
        if (who && f.agent_name) who.textContent = pick(FROM, "agent") + " " + f.agent_name;
        return;
      }
      // the echo of a message whose pending line is gone: fall through and show it once
    } else if (f.seq && c.seenSeq[f.seq]) {
      return; // a replay of something already shown
    } else if (f.seq) {
      c.seenSeq[f.seq] = true;
    }
    addRow(c, { from: f.from, text: f.text, at: new Date().toISOString(), cards: f.cards, agent_name: f.agent_name });
    if (f.from !== "agent") unread(c);
  }

  function onHandoff(f) {
    var c = convs[f.conversation_id];
    if (!c) return;
    if (f.seq && c.seenSeq[f.seq]) return;
    if (f.seq) c.seenSeq[f.seq] = true;
    var text = {
      queued: t("客户重新排队", "The customer is queued again"), connected: t("已接入：", "Connected: ") + (f.agent_name || ""),
      callback: t("客户选择回电", "The customer chose a callback"), returned: t("已转回智能助手", "Returned to the assistant"),
      ended: t("已结案", "Resolved")
    }[f.status] || ("handoff: " + f.status);
    addRow(c, { from: "system", text: text });
    if (f.status === "ended" || f.status === "returned" || f.status === "callback") {
      closeConv(c, f.status === "returned" ? t("已转回机器人", "Returned to bot") : t("已结束", "Closed"));
    }
  }

  function onEnded(f) {
    var c = convs[f.conversation_id];
    if (!c) return;
    if (!c.closed) addRow(c, { from: "system", text: t("对话已结束", "The conversation has ended") });
    closeConv(c, t("已结束", "Closed"));
  }

  function closeConv(c, why) {
    if (c.closed) return;
    c.closed = true;
    c.outbox = {};
    c.panel.classList.add("closed");
    c.state.textContent = why;
    c.tabState.textContent = " · " + why;
    c.dismiss.hidden = false;
    setBusy(c, false);
    Object.keys(pendingOps).forEach(function (k) { if (pendingOps[k].conv === c.id) delete pendingOps[k]; });
    notice(c.name + " " + why, false);
  }

  // setBusy disables the conversation's controls while an operation is in
  // flight; a closed conversation stays disabled.
  function setBusy(c, busy) {
    var off = busy || c.closed;
    [c.text, c.sendBtn, c.outcome, c.note, c.resolveBtn, c.returnBtn].forEach(function (x) { x.disabled = off; });
    if (c.closed) c.text.placeholder = t("对话已结束，无法回复", "This conversation is closed");
  }

  // ---- client frames ------------------------------------------------------------------

  function sendReply(c) {
    if (c.closed) return;
    var text = c.text.value.trim();
    if (!text) return;
    var fr = { type: "message", conversation_id: c.id, id: newID("msg"), text: text };
    c.outbox[fr.id] = fr;
    c.pendingEls[fr.id] = addRow(c, { from: "agent", text: text, at: new Date().toISOString(), pending: fr.id });
    c.text.value = "";
    c.text.focus();
    if (!send(fr)) notice(t("离线：重新连接后发送", "Offline: sent when reconnected"), false);
  }

  function doResolve(c) {
    if (c.closed) return;
    var outcome = c.outcome.value.trim();
    if (!outcome) { c.outcome.focus(); return; }
    var fr = { type: "resolve", id: newID("resolve"), conversation_id: c.id, outcome: outcome };
    var note = c.note.value.trim();
    if (note) fr.note = note;
    if (!send(fr)) { notice(t("离线：无法结案，请等待重新连接", "Offline: cannot resolve until reconnected"), true); return; }
    pendingOps[fr.id] = { conv: c.id };
    setBusy(c, true);
  }

  function doReturn(c) {
    if (c.closed) return;
    var fr = { type: "return_to_bot", id: newID("return"), conversation_id: c.id };
    if (!send(fr)) { notice(t("离线：请等待重新连接", "Offline: wait for the reconnect"), true); return; }
    pendingOps[fr.id] = { conv: c.id };
    setBusy(c, true);
  }

  // ---- start ------------------------------------------------------------------------

  if (store.getItem(KEY.token)) start(store.getItem(KEY.token));
  else showSignin("");
})();
