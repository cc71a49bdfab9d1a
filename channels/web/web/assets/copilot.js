// LoanDesk manager copilot: plain JS, no framework. The manager's token is
// kept in sessionStorage and sent in the hello frame and the Authorization
// header, never in a URL. Everything from the server is inserted with
// textContent: customers' words and names are untrusted.
(function () {
  "use strict";

  var KEY = { token: "loandesk.copilot.token", conv: "loandesk.copilot.conv", seq: "loandesk.copilot.seq" };
  var en = /^en/i.test(navigator.language || "");
  var store = window.sessionStorage;
  var $ = function (id) { return document.getElementById(id); };
  function t(zh, english) { return en ? english : zh; }

  var ws = null;
  var backoff = 1000;
  var reconnectTimer = null;
  var signedOut = false;
  var seen = {};     // reply seqs shown
  var outbox = {};   // message id -> frame, until a reply answers it
  var pending = {};  // message id -> its row
  var inboxTimer = null;
  var sockets = 0;   // sockets opened; a queued frame records the one it went out on

  function newID(prefix) {
    var r = window.crypto && crypto.randomUUID ? crypto.randomUUID()
      : Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 10);
    return prefix + "-" + r;
  }

  // ---- DOM helpers (textContent only) -------------------------------------------

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

  // ---- labels and values ----------------------------------------------------------

  var FLAG = {
    self_harm: ["自伤风险", "Self-harm"], fraud_risk: ["欺诈风险", "Fraud risk"], intent_to_default: ["拒绝还款倾向", "Intent to default"],
    job_loss: ["失业", "Job loss"], business_distress: ["经营困难", "Business distress"], collateral_issue: ["抵押物问题", "Collateral issue"],
    repayment_difficulty: ["还款困难", "Repayment difficulty"], legal_threat: ["法律威胁", "Legal threat"],
    complaint_escalation: ["投诉升级", "Complaint escalation"], income_drop: ["收入下降", "Income drop"], illness: ["疾病", "Illness"],
    multi_debt: ["多头负债", "Multiple debts"], contact_change: ["联系方式变更", "Contact change"], "": ["回电请求", "Callback"]
  };
  var TITLES = {
    customer_brief: ["客户简报", "Customer brief"], portfolio_lpr_impact: ["LPR 影响（名下浮动利率贷款）", "LPR impact across your book"],
    renewal_list: ["续贷到期", "Renewals"], alert_list: ["风险预警", "Risk alerts"], draft_message: ["消息草稿", "Draft message"],
    note_search: ["联系记录搜索", "Notes search"], customer_list: ["我的客户", "My customers"]
  };
  var LABELS = {
    loan_id: ["贷款", "Loan"], product: ["产品", "Product"], rate_type: ["利率类型", "Rate"], annual_rate_pct: ["年利率 %", "Rate %"],
    balance: ["余额", "Balance"], monthly_payment: ["月供", "Payment"], next_due_date: ["下次还款", "Next due"],
    remaining_months: ["剩余期数", "Months left"], overdue_periods: ["逾期期数", "Overdue"], overdue_amount: ["逾期金额", "Overdue amount"],
    maturity_date: ["到期日", "Maturity"], next_repricing_date: ["下次重定价", "Next repricing"], status: ["状态", "Status"],
    customer_name: ["客户", "Customer"], customer_id: ["客户号", "Customer id"], name: ["姓名", "Name"], repricing_date: ["重定价日", "Repricing"],
    old_rate_pct: ["原利率 %", "Old rate %"], new_rate_pct: ["新利率 %", "New rate %"], old_payment: ["原月供", "Old payment"],
    new_payment: ["新月供", "New payment"], monthly_change: ["月供变化", "Monthly change"], total_interest_change: ["总利息变化", "Interest change"],
    days_to_maturity: ["剩余天数", "Days left"], n: ["#", "#"], code: ["信号", "Flag"], severity: ["严重度", "Severity"],
    evidence: ["客户原话", "Words"], created_at: ["提出时间", "Raised"], due_at: ["联系时限", "Due"], overdue: ["是否超时", "Overdue"],
    at: ["时间", "When"], source: ["来源", "Source"], summary: ["摘要", "Summary"], channel: ["渠道", "Channel"], ended_at: ["时间", "When"],
    flags: ["信号", "Flags"], tier: ["等级", "Tier"], tier_reason: ["等级依据", "Tier reason"], loans: ["贷款数", "Loans"],
    open_alerts: ["未处理预警", "Open alerts"], template: ["模板", "Template"], lang: ["语言", "Language"], lpr_date: ["LPR 日期", "LPR date"],
    one_year_pct: ["1年期 %", "1Y %"], five_year_pct: ["5年期以上 %", "5Y %"], applied_one_year_pct: ["测算1年期 %", "Applied 1Y %"],
    applied_five_year_pct: ["测算5年期 %", "Applied 5Y %"], change_bp: ["变动（基点）", "Move (bp)"], total_monthly_change: ["月供合计变化", "Total monthly change"],
    fixed_loans: ["固定利率笔数", "Fixed-rate loans"], window_months: ["窗口（月）", "Window (months)"], window_days: ["窗口（天）", "Window (days)"],
    until: ["截至", "Until"], as_of: ["日期", "As of"], tier_explained: ["等级说明", "Why"], segment: ["客群", "Segment"], phone: ["电话", "Phone"],
    spread_bp: ["加点（基点）", "Spread (bp)"], lpr_term: ["LPR 期限", "LPR term"], overdue_count: ["已超时", "Overdue"], open_count: ["未处理", "Open"],
    query: ["搜索", "Query"], max_paid_periods: ["最长已还期数", "Most periods repaid"], open_high_flags: ["未解除高风险信号", "Open high flags"]
  };
  var VALUES = {
    mortgage: ["住房贷款", "Mortgage"], consumer: ["消费贷款", "Consumer"], business: ["经营贷款", "Business"],
    lpr_floating: ["LPR 浮动", "LPR floating"], fixed: ["固定", "Fixed"], current: ["正常", "Current"], overdue: ["逾期", "Overdue"],
    paid_off: ["已结清", "Paid off"], open: ["未处理", "Open"], acknowledged: ["已确认", "Acknowledged"], note: ["联系记录", "Note"],
    alert: ["预警（对话进行中）", "Alert (open conversation)"], repayment_reminder: ["还款提醒", "Repayment reminder"],
    lpr_explanation: ["LPR 说明", "LPR explanation"], hardship_followup: ["困难关怀", "Hardship follow-up"], renewal_offer: ["续贷邀约", "Renewal offer"],
    "zh-Hans": ["简体中文", "Simplified Chinese"], "zh-Hant": ["繁体中文", "Traditional Chinese"], en: ["英文", "English"],
    high: ["高", "high"], critical: ["紧急", "critical"], medium: ["中", "medium"], low: ["低", "low"]
  };
  var MONEY = { balance: 1, monthly_payment: 1, overdue_amount: 1, old_payment: 1, new_payment: 1, monthly_change: 1,
    total_interest_change: 1, total_monthly_change: 1 };
  var TIMES = { created_at: 1, due_at: 1, at: 1, ended_at: 1, acknowledged_at: 1 };
  var SIGNED = { monthly_change: 1, total_interest_change: 1, total_monthly_change: 1, change_bp: 1 };

  function pick(map, k) { var l = map[k]; return l ? l[en ? 1 : 0] : k; }
  function label(k) { return pick(LABELS, k); }
  function group(s) {
    var m = /^(-?)(\d+)(\.\d+)?$/.exec(String(s));
    if (!m) return String(s);
    return m[1] + m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (m[3] || "");
  }
  function when(ts) {
    var d = new Date(ts);
    if (!ts || isNaN(d.getTime()) || d.getFullYear() < 2000) return "";
    return d.toLocaleString(en ? "en-GB" : "zh-CN", { month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", timeZone: "Asia/Shanghai" });
  }
  // shown is a cell's text: money grouped, signed changes, times in Beijing time, enums named.
  function shown(k, v) {
    if (v === null || v === undefined) return "";
    if (k === "code") return pick(FLAG, v);
    if (k === "overdue" && typeof v === "boolean") return v ? t("已超时", "overdue") : "";
    if (typeof v === "boolean") return v ? "✓" : "";
    if (TIMES[k]) return when(v);
    if (MONEY[k]) {
      var g = group(v);
      return SIGNED[k] && /^\d/.test(g) && Number(v) !== 0 ? "+" + g : g;
    }
    if (SIGNED[k] && typeof v === "number" && v > 0) return "+" + v;
    if (Array.isArray(v)) return v.map(function (x) { return typeof x === "object" ? pick(FLAG, x.code) : pick(FLAG, x); }).join(t("、", ", "));
    if (typeof v === "string" && VALUES[v]) return pick(VALUES, v);
    return String(v);
  }
  function isNum(k, v) { return MONEY[k] || typeof v === "number" || /_pct$/.test(k); }

  // ---- tables ---------------------------------------------------------------------------

  // table renders rows (objects) with the given columns; cells carry data-col
  // and rows data-id, so tests and readers can find a figure.
  function table(name, rows, cols, caption) {
    var tb = el("table", "grid");
    tb.setAttribute("data-table", name);
    if (caption) tb.appendChild(el("caption", null, caption));
    var thead = el("thead"), hr = el("tr");
    cols.forEach(function (c) { var th = el("th", null, label(c)); th.scope = "col"; hr.appendChild(th); });
    thead.appendChild(hr);
    tb.appendChild(thead);
    var body = el("tbody");
    rows.forEach(function (r) {
      var tr = el("tr");
      if (r.loan_id || r.id || r.customer_id) tr.setAttribute("data-id", r.loan_id || r.id || r.customer_id);
      if (r.overdue === true) tr.className = "overdue";
      if (r.status === "acknowledged") tr.className = "acked";
      cols.forEach(function (c) {
        var td = el("td", isNum(c, r[c]) ? "num" : "", shown(c, r[c]));
        td.setAttribute("data-col", c);
        if (c === "monthly_change" && String(r[c]).charAt(0) === "-") td.classList.add("down");
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    tb.appendChild(body);
    return tb;
  }

  // facts renders an object's scalar fields as a two-column table.
  function facts(name, obj, keys) {
    var tb = el("table", "facts");
    tb.setAttribute("data-table", name);
    var body = el("tbody");
    keys.forEach(function (k) {
      var v = obj[k];
      if (v === undefined || v === null || v === "" || (k === "change_bp" && !v)) return;
      var tr = el("tr");
      var th = el("th", null, label(k)); th.scope = "row";
      var td = el("td", isNum(k, v) ? "num" : "", shown(k, v));
      td.setAttribute("data-col", k);
      tr.appendChild(th); tr.appendChild(td);
      body.appendChild(tr);
    });
    tb.appendChild(body);
    return tb;
  }

  function none(text) { return el("p", "note", text); }

  // ---- cards ------------------------------------------------------------------------------

  function renderCard(c) {
    var box = el("div", "card");
    box.setAttribute("data-kind", c.kind || "");
    var title = el("h3", "card-title", pick(TITLES, c.kind));
    box.appendChild(title);
    switch (c.kind) {
      case "customer_brief": {
        var cu = c.customer || {};
        title.textContent = pick(TITLES, c.kind) + " · " + (cu.name || "") + (cu.name_en && cu.name_en !== cu.name ? " " + cu.name_en : "") + " (" + (cu.id || "") + ")";
        var tier = el("span", "badge tier tier-" + (c.tier || ""), (c.tier || "?") + t(" 类", ""));
        tier.setAttribute("data-tier", c.tier || "");
        title.appendChild(document.createTextNode(" "));
        title.appendChild(tier);
        box.appendChild(el("p", "tier-why", c.tier_explained));
        box.appendChild(facts("tier_basis", Object.assign({ segment: cu.segment, phone: cu.phone, lang: cu.lang }, c.tier_basis || {}),
          ["balance", "overdue_periods", "open_high_flags", "max_paid_periods", "segment", "lang", "phone"]));
        box.appendChild((c.loans || []).length ? table("loans", c.loans, ["loan_id", "product", "rate_type", "annual_rate_pct", "balance", "monthly_payment",
          "next_due_date", "overdue_periods", "overdue_amount", "maturity_date", "next_repricing_date"], t("贷款", "Loans")) : none(t("名下暂无贷款", "No loans")));
        if ((c.open_alerts || []).length) box.appendChild(table("open_alerts", c.open_alerts, ["code", "severity", "evidence", "created_at", "due_at", "overdue"], t("未处理预警", "Open alerts")));
        if ((c.flags || []).length) box.appendChild(table("flags", c.flags, ["code", "severity", "evidence", "at", "source"], t("风险信号", "Flags")));
        if ((c.recent_notes || []).length) box.appendChild(table("recent_notes", c.recent_notes, ["ended_at", "channel", "summary", "flags"], t("最近联系记录", "Recent notes")));
        if ((c.talking_points || []).length) {
          box.appendChild(el("h4", null, t("沟通要点", "Talking points")));
          var ol = el("ol", "points");
          c.talking_points.forEach(function (p) { ol.appendChild(el("li", null, p)); });
          box.appendChild(ol);
        }
        break;
      }
      case "portfolio_lpr_impact":
        box.appendChild(facts("scenario", c, ["lpr_date", "one_year_pct", "five_year_pct", "change_bp", "applied_one_year_pct", "applied_five_year_pct", "total_monthly_change", "fixed_loans"]));
        box.appendChild((c.loans || []).length ? table("loans", c.loans, ["customer_name", "loan_id", "repricing_date", "balance", "remaining_months",
          "old_rate_pct", "new_rate_pct", "old_payment", "new_payment", "monthly_change", "total_interest_change"]) : none(t("没有需要重定价的浮动利率贷款", "No floating loan reprices")));
        break;
      case "renewal_list":
        box.appendChild(facts("window", c, ["as_of", "window_months", "window_days", "until"]));
        box.appendChild((c.loans || []).length ? table("loans", c.loans, ["customer_name", "loan_id", "product", "maturity_date", "days_to_maturity", "balance", "monthly_payment", "overdue_periods"])
          : none(t("窗口内没有到期的贷款", "Nothing matures in the window")));
        if (c.next_outside) box.appendChild(table("next_outside", [c.next_outside], ["customer_name", "loan_id", "product", "maturity_date", "days_to_maturity", "balance"], t("窗口外最近一笔", "Next after the window")));
        break;
      case "alert_list":
        box.appendChild(facts("counts", c, ["open_count", "overdue_count"]));
        box.appendChild((c.alerts || []).length ? table("alerts", c.alerts, ["n", "customer_name", "code", "severity", "evidence", "created_at", "due_at", "overdue", "status"])
          : none(t("没有未处理的预警", "No open alerts")));
        break;
      case "draft_message": {
        box.appendChild(facts("draft", c, ["template", "customer_name", "lang", "loan_id"]));
        var pre = el("pre", "draft-text", c.text);
        pre.setAttribute("lang", c.lang === "en" ? "en" : (c.lang === "zh-Hant" ? "zh-TW" : "zh-CN"));
        box.appendChild(pre);
        box.appendChild(button("secondary copy", t("复制 Copy", "Copy"), function (ev) {
          var b = ev.currentTarget;
          if (navigator.clipboard) navigator.clipboard.writeText(c.text || "").then(function () { b.textContent = t("已复制", "Copied"); }, function () {});
        }));
        var figs = c.figures || {};
        box.appendChild(facts("figures", figs, Object.keys(figs).sort()));
        break;
      }
      case "note_search":
        box.appendChild(facts("query", c, ["query"]));
        box.appendChild((c.matches || []).length ? table("matches", c.matches.map(function (m) {
          var words = (m.flags || []).map(function (f) { return f.evidence; }).filter(Boolean).join(" / ");
          return { customer_name: m.customer_name, customer_id: m.customer_id, at: m.at, source: m.source, flags: m.flags, evidence: words, summary: m.summary };
        }), ["customer_name", "at", "source", "flags", "evidence", "summary"]) : none(t("没有找到", "Nothing found")));
        break;
      case "customer_list":
        box.appendChild(table("customers", c.customers || [], ["name", "customer_id", "tier", "balance", "overdue_periods", "open_alerts", "tier_reason"]));
        break;
      default:
        box.appendChild(facts("card", c, Object.keys(c).filter(function (k) { return k !== "kind" && (c[k] === null || typeof c[k] !== "object"); })));
    }
    return box;
  }

  // ---- conversation log ---------------------------------------------------------------------

  function scroll() { var log = $("log"); log.scrollTop = log.scrollHeight; }

  function addMine(text, id) {
    var li = el("li", "msg me pending");
    li.appendChild(el("span", "who", t("我", "Me")));
    li.appendChild(el("div", "text", text));
    li.setAttribute("data-id", id);
    $("log").appendChild(li);
    scroll();
    return li;
  }

  function onReply(f) {
    if (f.seq && seen[f.seq]) return;
    if (f.seq) { seen[f.seq] = true; store.setItem(KEY.seq, String(f.seq)); }
    if (f.reply_to && pending[f.reply_to]) { pending[f.reply_to].classList.remove("pending"); delete pending[f.reply_to]; delete outbox[f.reply_to]; }
    var li = el("li", "msg bot");
    li.setAttribute("data-intent", f.intent || "");
    li.setAttribute("data-reply-to", f.reply_to || "");
    li.appendChild(el("span", "who", t("助手", "Copilot")));
    li.appendChild(el("div", "text", f.text));
    (f.cards || []).forEach(function (c) { if (c && typeof c === "object") li.appendChild(renderCard(c)); });
    if ((f.quick_replies || []).length) {
      var q = el("div", "quick");
      f.quick_replies.forEach(function (qr) { q.appendChild(button("", qr.label, function () { ask(qr.action); })); });
      li.appendChild(q);
    }
    $("log").appendChild(li);
    scroll();
    if (f.intent === "alert_ack" || f.intent === "alert_list") loadInbox();
  }

  function ask(text) {
    text = (text || "").trim();
    if (!text) return;
    var id = newID("q");
    var frame = { type: "message", id: id, text: text };
    outbox[id] = { frame: frame, sock: 0 };
    pending[id] = addMine(text, id);
    if (send(frame)) outbox[id].sock = sockets;
    else notice(t("离线：重新连接后发送", "Offline: it is sent on reconnect"), false);
  }

  $("ask").addEventListener("submit", function (ev) { ev.preventDefault(); var q = $("q"); ask(q.value); q.value = ""; q.focus(); });
  $("q").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing) { ev.preventDefault(); $("ask").requestSubmit(); }
  });
  document.querySelectorAll("#suggest button[data-ask]").forEach(function (b) {
    b.addEventListener("click", function () { ask(b.getAttribute("data-ask")); });
  });

  // ---- notices ------------------------------------------------------------------------------

  var noticeTimer = null;
  function notice(text, isError) {
    var n = $("notice");
    n.textContent = text;
    n.className = "notice" + (isError ? " error-notice" : "");
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(function () { n.textContent = ""; n.className = "notice"; }, isError ? 15000 : 6000);
  }

  // ---- alert inbox (HTTP) -----------------------------------------------------------------

  function api(method, path) {
    var token = store.getItem(KEY.token);
    return fetch(path, { method: method, headers: { Authorization: "Bearer " + token } }).then(function (res) {
      if (!res.ok) throw new Error("HTTP " + res.status);
      return res.json();
    });
  }

  function loadInbox() {
    if (!store.getItem(KEY.token)) return;
    api("GET", "/v1/alerts?status=open").then(renderInbox).catch(function (e) { notice(t("读取预警失败：", "Could not load alerts: ") + e.message, true); });
  }

  function renderInbox(list) {
    list = (list || []).slice().sort(function (a, b) { return String(a.created_at).localeCompare(String(b.created_at)); });
    var rows = $("inbox-rows");
    clear(rows);
    $("inbox-count").textContent = String(list.length);
    $("inbox-empty").hidden = list.length > 0;
    $("inbox").hidden = list.length === 0;
    var now = Date.now();
    list.forEach(function (a) {
      var overdue = new Date(a.due_at).getTime() < now;
      var tr = el("tr", overdue ? "overdue" : "");
      tr.setAttribute("data-alert-id", a.id);
      var who = el("td");
      who.appendChild(el("strong", null, a.customer_name || a.customer_id));
      who.appendChild(el("span", "sub", a.customer_id));
      tr.appendChild(who);
      var flag = el("td");
      flag.appendChild(el("span", "badge sev sev-" + (a.severity || "low"), pick(VALUES, a.severity)));
      flag.appendChild(document.createTextNode(" " + pick(FLAG, a.code || "")));
      tr.appendChild(flag);
      tr.appendChild(el("td", "evidence", a.evidence));
      var due = el("td", "due", when(a.due_at));
      if (overdue) due.appendChild(el("span", "badge late", t("已超时", "overdue")));
      tr.appendChild(due);
      var act = el("td");
      act.appendChild(button("ack", t("确认 Ack", "Ack"), function (ev) { acknowledge(a, ev.currentTarget); }));
      tr.appendChild(act);
      rows.appendChild(tr);
    });
  }

  function acknowledge(a, btn) {
    btn.disabled = true;
    btn.textContent = t("确认中…", "Acknowledging…");
    api("POST", "/v1/alerts/" + encodeURIComponent(a.id) + "/ack").then(function (done) {
      notice(t("已确认：", "Acknowledged: ") + (done.customer_name || a.customer_name || "") + " · " + pick(FLAG, done.code || ""), false);
      loadInbox();
    }).catch(function (e) {
      btn.disabled = false;
      btn.textContent = t("确认 Ack", "Ack");
      notice(t("确认失败：", "Acknowledge failed: ") + e.message, true);
    });
  }
  $("refresh").addEventListener("click", loadInbox);

  // ---- sign-in --------------------------------------------------------------------------

  function claims(token) {
    try {
      var p = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
      var bin = atob(p);
      var bytes = new Uint8Array(bin.length);
      for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      return JSON.parse(new TextDecoder().decode(bytes)) || {};
    } catch (e) { return {}; }
  }

  function showSignin(message) {
    $("signin").hidden = false;
    $("app").hidden = true;
    $("signout").hidden = true;
    $("who").textContent = "";
    $("signin-error").textContent = message || "";
  }

  function start(token) {
    var c = claims(token);
    if (c.role && c.role !== "manager") {
      showSignin(t("该令牌不是客户经理令牌（角色：", "This is not a manager token (role: ") + c.role + t("）。", ")."));
      return;
    }
    if (store.getItem(KEY.token) !== token) { store.removeItem(KEY.conv); store.removeItem(KEY.seq); }
    store.setItem(KEY.token, token);
    signedOut = false;
    $("signin").hidden = true;
    $("app").hidden = false;
    $("signout").hidden = false;
    $("who").textContent = (c.name || "") + " " + (c.sub || "");
    connect();
    loadInbox();
    clearInterval(inboxTimer);
    inboxTimer = setInterval(loadInbox, 30000);
  }

  document.querySelectorAll("#demo button[data-sub]").forEach(function (b) {
    b.addEventListener("click", function () {
      var body = JSON.stringify({ sub: b.getAttribute("data-sub"), role: "manager" });
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
    [KEY.token, KEY.conv, KEY.seq].forEach(function (k) { store.removeItem(k); });
    clearTimeout(reconnectTimer);
    clearInterval(inboxTimer);
    if (ws) ws.close(1000);
    clear($("log")); clear($("inbox-rows"));
    seen = {}; outbox = {}; pending = {};
    showSignin("");
    status(t("已退出", "Signed out"));
  });

  // ---- socket ---------------------------------------------------------------------------

  function status(text) { $("conn").textContent = text; }

  function connect() {
    clearTimeout(reconnectTimer);
    var token = store.getItem(KEY.token);
    if (!token) { showSignin(""); return; }
    var sock = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/v1/ws");
    ws = sock;
    sockets++;
    status(t("连接中…", "Connecting…"));
    sock.onopen = function () {
      var hello = { type: "hello", token: token, locale: navigator.language || "zh-CN" };
      var conv = store.getItem(KEY.conv);
      if (conv) { hello.conversation_id = conv; hello.last_seq = parseInt(store.getItem(KEY.seq) || "0", 10); }
      sock.send(JSON.stringify(hello));
    };
    sock.onmessage = function (ev) {
      var f;
      try { f = JSON.parse(ev.data); } catch (e) { return; }
      switch (f.type) {
        case "welcome":
          backoff = 1000;
          status(t("已连接", "Connected"));
          store.setItem(KEY.conv, f.conversation_id);
          // Questions not sent on this socket go now; an id already seen by
          // the server is answered from its stored replies, not twice.
          Object.keys(outbox).forEach(function (id) {
            if (outbox[id].sock !== sockets && send(outbox[id].frame)) outbox[id].sock = sockets;
          });
          break;
        case "reply": onReply(f); break;
        case "ended": store.removeItem(KEY.conv); store.removeItem(KEY.seq); break;
        case "error":
          if (f.reply_to && pending[f.reply_to]) {
            pending[f.reply_to].classList.add("failed");
            delete outbox[f.reply_to];
          }
          notice(t("错误：", "Error: ") + (f.message || "") + " (" + (f.code || "?") + ")", true);
          break;
        default: break;
      }
    };
    sock.onclose = function (ev) {
      if (ws !== sock) return;
      ws = null;
      if (signedOut) return;
      if (ev.code === 1008) {
        store.removeItem(KEY.token);
        showSignin(t("登录已失效，请重新登录。", "Your session has expired. Please sign in again."));
        status(t("未连接", "Not connected"));
        return;
      }
      var wait = Math.min(backoff, 30000) * (0.75 + Math.random() / 2);
      backoff = Math.min(backoff * 2, 30000);
      status(t("连接断开，重连中…", "Disconnected, reconnecting…"));
      reconnectTimer = setTimeout(connect, wait);
    };
  }

  function send(frame) {
    if (ws && ws.readyState === WebSocket.OPEN) { ws.send(JSON.stringify(frame)); return true; }
    return false;
  }

  if (store.getItem(KEY.token)) start(store.getItem(KEY.token));
  else showSignin("");
})();
