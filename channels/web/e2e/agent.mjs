// Drives the agent console and the borrower chat side by side in headless
// Chromium (Debian's /usr/bin/chromium through playwright-core; no browser is
// ever downloaded).
//
//   node agent.mjs http://127.0.0.1:PORT
//
// Borrower c-1003 (王强) asks about the loan (a card), then tells the chat page
// their business has stalled and is queued for a person; seat a-02 signs in at /agent, sees 王强 in the queue with
// the flags, claims, reads the context (customer, loan, flag evidence, the card,
// the transcript), replies; the reply reaches the borrower as from the agent. The seat's
// socket is dropped and comes back with the conversation and no duplicate line.
// The borrower writes again and the seat sees it with its sentiment; the seat
// resolves and both pages show the conversation closed. Prints
// {"ok":true,"screenshot":...} and exits 0, or {"ok":false,"error":...} and exits 1.
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const HARD_TIMEOUT_MS = 60_000;
const STEP_MS = 15_000;

const FIRST = "我的店停产了，资金链断了，这个月的贷款还不上了";
const AGENT_REPLY = "王先生您好，我是坐席吴静，我们一起看看延期或分期的办法。";
const SECOND = "那我现在该怎么办？<b>我真的很着急</b>"; // markup must stay text
const OUTCOME = "deferral_offered";
const NOTE = "经营贷逾期一期，已说明延期方案，三天后回访";

const base = process.argv[2];
if (!base || !/^https?:\/\//.test(base)) {
  console.error("usage: node agent.mjs <base-url>");
  process.exit(2);
}
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const shotDir = mkdtempSync(join(tmpdir(), "loandesk-e2e-"));
const profile = mkdtempSync(join(tmpdir(), "loandesk-chromium-"));
const screenshot = join(shotDir, "agent.png");
const screenshotOpen = join(shotDir, "agent-open.png"); // the conversation before it is resolved

let browser;
const started = Date.now();
const console_ = []; // page console errors, reported on failure
let step = "start";

const hard = setTimeout(() => fail(new Error(`hard timeout after ${HARD_TIMEOUT_MS / 1000}s`)), HARD_TIMEOUT_MS);
hard.unref();

async function fail(err) {
  clearTimeout(hard);
  const out = { ok: false, step, error: String(err && err.stack ? err.stack : err), console: console_ };
  console.log(JSON.stringify(out));
  try { if (browser) await browser.close(); } catch { /* already gone */ }
  rmSync(profile, { recursive: true, force: true });
  process.exit(1);
}

function check(cond, msg) { if (!cond) throw new Error(msg); }

// Test hook, installed before each page's own script: remembers every
// WebSocket the page opens, every frame it receives and every frame it sends.
// The pages are unchanged.
function installSocketHook() {
  const Native = window.WebSocket;
  const sockets = [];
  const frames = [];
  const sent = [];
  function Hooked(url, protocols) {
    const ws = protocols === undefined ? new Native(url) : new Native(url, protocols);
    sockets.push(ws);
    const send = ws.send.bind(ws);
    ws.send = (data) => {
      try { sent.push(JSON.parse(data)); } catch { /* not JSON */ }
      return send(data);
    };
    ws.addEventListener("message", (ev) => {
      try { frames.push(JSON.parse(ev.data)); } catch { /* not JSON */ }
    });
    return ws;
  }
  Hooked.prototype = Native.prototype;
  for (const k of ["CONNECTING", "OPEN", "CLOSING", "CLOSED"]) Hooked[k] = Native[k];
  window.WebSocket = Hooked;
  window.__e2e = {
    sockets, frames, sent,
    drop() { const ws = sockets[sockets.length - 1]; if (ws) ws.close(4000, "e2e reconnect"); },
  };
}

function watch(page, name) {
  page.on("console", (m) => { if (m.type() === "error") console_.push(`${name}: ${m.text()}`); });
  page.on("pageerror", (e) => console_.push(`${name} pageerror: ${e.message}`));
}

async function signIn(page, sub) {
  const tokenResp = page.waitForResponse((r) => r.url().endsWith("/v1/demo/token"));
  await page.click(`#demo button[data-sub="${sub}"]`);
  check((await tokenResp).status() === 200, `demo token for ${sub} refused`);
}

async function main() {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    timeout: 20_000,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
    viewport: { width: 1440, height: 960 },
    locale: "zh-CN",
  });
  browser = context;
  context.setDefaultTimeout(STEP_MS);
  await context.addInitScript(installSocketHook);

  // 1. The borrower: c-1003 on the chat page, phone-sized, asks about a stalled business.
  step = "borrower sign-in";
  const cust = context.pages()[0] || await context.newPage();
  watch(cust, "chat");
  await cust.setViewportSize({ width: 400, height: 860 });
  let res = await cust.goto(base + "/", { waitUntil: "domcontentloaded" });
  check(res && res.ok(), `GET / answered ${res && res.status()}`);
  await signIn(cust, "c-1003");
  await cust.locator("#chat").waitFor({ state: "visible" });
  await cust.waitForFunction(() => window.__e2e.frames.some((f) => f.type === "welcome"));

  // A loan question first, so the seat's context has a card already computed.
  step = "borrower loan summary";
  await cust.fill("#text", "我的贷款还有几期");
  await cust.press("#text", "Enter");
  await cust.locator("#log li.msg.bot .card").first().waitFor();

  step = "borrower queued";
  await cust.fill("#text", FIRST);
  await cust.press("#text", "Enter");
  await cust.locator("#log li.msg.system", { hasText: "正在为您转接人工客服" }).first().waitFor();
  const queued = await cust.evaluate(() => window.__e2e.frames.find((f) => f.type === "handoff" && f.status === "queued"));
  check(queued && queued.position >= 1, `no queued handoff frame: ${JSON.stringify(queued)}`);
  const conv = queued.conversation_id;

  // 2. The seat: a-02 at /agent finds 王强 in the queue with the flags.
  step = "agent sign-in";
  const agent = await context.newPage();
  watch(agent, "agent");
  res = await agent.goto(base + "/agent", { waitUntil: "domcontentloaded" });
  check(res && res.ok(), `GET /agent answered ${res && res.status()}`);
  check((res.headers()["content-security-policy"] || "").includes("script-src 'self'"), "no CSP on /agent");
  await signIn(agent, "a-02");
  await agent.locator("#console").waitFor({ state: "visible" });

  step = "queue";
  const item = agent.locator(`#queue li.qitem[data-conversation-id="${conv}"]`);
  await item.filter({ hasText: "王强" }).waitFor();
  const qframe = await agent.evaluate((id) => {
    const qs = window.__e2e.frames.filter((f) => f.type === "queue");
    for (let i = qs.length - 1; i >= 0; i--) {
      const it = (qs[i].items || []).find((x) => x.conversation_id === id);
      if (it) return it;
    }
    return null;
  }, conv);
  check(qframe && qframe.flags && qframe.flags.length > 0, `queue item without flags: ${JSON.stringify(qframe)}`);
  const qtext = await item.textContent();
  for (const fl of qframe.flags) {
    check(qtext.includes(fl.evidence), `queue item does not show the evidence ${fl.evidence}: ${qtext}`);
    check((await item.locator(`.flag[data-code="${fl.code}"]`).count()) === 1, `queue item lacks flag ${fl.code}`);
  }
  check((await item.locator(`.badge.prio.prio-${qframe.priority}`).count()) === 1, `queue item has no ${qframe.priority} badge`);
  check(/已等待 \d+:\d\d/.test(qtext), `queue item shows no waiting time: ${qtext}`);

  // 3. Claim: the context panel.
  step = "claim";
  await item.locator("button.claim").click();
  const panel = agent.locator(`.conv[data-conversation-id="${conv}"]`);
  await panel.waitFor({ state: "visible" });
  const assigned = await agent.evaluate((id) => window.__e2e.frames.find((f) => f.type === "assigned" && f.conversation_id === id), conv);
  check(assigned && assigned.context && assigned.context.loans.length > 0, `assigned frame: ${JSON.stringify(assigned)}`);
  const ctx = panel.locator(".context");
  await ctx.locator(".customer", { hasText: "王强" }).waitFor();
  const loan = assigned.context.loans[0];
  const loanRow = ctx.locator(".loans tbody tr", { hasText: loan.id });
  check((await loanRow.count()) === 1, `no loan row for ${loan.id}`);
  check((await loanRow.textContent()).includes(loan.balance), `loan row lacks the balance ${loan.balance}`);
  const flagText = await ctx.locator(".ctx-flags").textContent();
  for (const fl of assigned.context.flags) check(flagText.includes(fl.evidence), `context lacks evidence ${fl.evidence}: ${flagText}`);
  check(assigned.context.flags.length > 0, "assigned context has no flags");
  const cards = assigned.context.cards || [];
  check(cards.some((c) => c.kind === "loan_summary"), `context cards ${JSON.stringify(cards)}`);
  const card = ctx.locator('.card[data-kind="loan_summary"]');
  check((await card.count()) >= 1 && (await card.first().textContent()).includes(loan.id), "the loan summary card is not shown");
  const rows = panel.locator(".transcript li.from-customer");
  check(((await rows.nth(0).locator(".text").textContent()) || "") === "我的贷款还有几期", `transcript starts ${await rows.nth(0).textContent()}`);
  const firstRow = rows.filter({ hasText: FIRST });
  check((await firstRow.count()) === 1, "the customer's hardship message is not in the transcript");
  check((await firstRow.locator(".sentiment[data-label]").count()) === 1, "first customer line has no sentiment label");
  check(await agent.evaluate((id) => [...document.querySelectorAll("#queue li.qitem")]
    .every((li) => li.getAttribute("data-conversation-id") !== id || li.querySelector("button.claim").disabled), conv),
  "the claimed conversation is still claimable in the queue");
  await cust.locator("#log li.msg.system", { hasText: "人工客服已接入" }).waitFor();
  const claimFrame = await agent.evaluate(() => window.__e2e.sent.find((f) => f.type === "claim"));
  check(claimFrame.id && claimFrame.conversation_id === conv && assigned.reply_to === claimFrame.id,
    `claim ${JSON.stringify(claimFrame)} answered by assigned reply_to ${assigned.reply_to}`);

  // 4. The seat replies; the borrower sees it from the agent, the seat sees it once.
  step = "agent reply";
  const reply = panel.locator("form.reply textarea");
  await reply.fill(AGENT_REPLY);
  await reply.press("Enter");
  await cust.locator("#log li.msg.bot", { hasText: AGENT_REPLY }).waitFor();
  const custReply = await cust.locator("#log li.msg.bot", { hasText: AGENT_REPLY }).locator(".who").textContent();
  check(custReply === "客服", `borrower sees the reply from ${custReply}`);
  await panel.locator(".transcript li.from-agent.pending").waitFor({ state: "detached" });
  const msgFrame = await agent.evaluate(() => window.__e2e.sent.find((f) => f.type === "message"));
  check(msgFrame.conversation_id === conv && msgFrame.id && msgFrame.text === AGENT_REPLY, `message frame ${JSON.stringify(msgFrame)}`);
  const agentLines = () => panel.locator(".transcript li.from-agent", { hasText: AGENT_REPLY }).count();
  check((await agentLines()) === 1, `seat shows its reply ${await agentLines()} times`);

  // 5. The seat's socket drops: it comes back with the conversation, nothing doubled.
  step = "agent reconnect";
  const assignedBefore = await agent.evaluate(() => window.__e2e.frames.filter((f) => f.type === "assigned").length);
  await agent.evaluate(() => window.__e2e.drop());
  await agent.locator("#conn", { hasText: "连接断开" }).waitFor();
  await agent.waitForFunction((n) => window.__e2e.frames.filter((f) => f.type === "assigned").length > n, assignedBefore);
  await agent.locator("#conn", { hasText: "已连接" }).waitFor();
  check((await agentLines()) === 1, `after the reconnect the seat shows its reply ${await agentLines()} times`);
  check((await panel.locator(".transcript li.from-customer").count()) === 2, "customer lines doubled after the reconnect");
  check(await panel.isVisible(), "the conversation panel is gone after the reconnect");

  // 6. The borrower writes again; the seat sees it live with a sentiment label.
  step = "customer message";
  await cust.fill("#text", SECOND);
  await cust.press("#text", "Enter");
  const live = panel.locator(".transcript li.from-customer", { hasText: SECOND });
  await live.waitFor();
  check((await live.locator(".text").textContent()) === SECOND && (await live.locator("b").count()) === 0,
    "the customer's markup was parsed as HTML");
  const sentiment = await live.locator(".sentiment").getAttribute("data-label");
  check(["negative", "neutral", "positive"].includes(sentiment), `live line sentiment ${sentiment}`);
  check((await live.locator(".sentiment").textContent()).match(/负面|中性|正面/), "sentiment label not shown in Chinese");

  await agent.screenshot({ path: screenshotOpen, fullPage: true });

  // 7. Resolve: the borrower sees the end, the seat's conversation is closed.
  step = "resolve";
  await panel.locator("form.resolve input[name=outcome]").fill(OUTCOME);
  await panel.locator("form.resolve textarea[name=note]").fill(NOTE);
  await panel.locator("form.resolve button[type=submit]").click();
  await cust.locator("#log li.msg.system", { hasText: "人工服务已结束" }).waitFor();
  await cust.locator("#log li.msg.system", { hasText: "对话已结束" }).waitFor();
  await cust.locator("#rating").waitFor({ state: "visible" });
  await agent.locator(`.conv.closed[data-conversation-id="${conv}"]`).waitFor();
  check(await panel.locator("form.reply textarea").isDisabled(), "reply box still enabled after resolve");
  check(await panel.locator("form.resolve button[type=submit]").isDisabled(), "resolve still enabled after resolve");
  check((await agent.locator(".tab[aria-selected=true]").textContent()).includes("已结束"), "tab not marked closed");
  const notice = await agent.locator("#notice").getAttribute("class");
  check(!/error-notice/.test(notice || ""), `the console shows an error: ${await agent.locator("#notice").textContent()}`);
  const errs = await agent.evaluate(() => window.__e2e.frames.filter((f) => f.type === "error"));
  check(errs.length === 0, `the seat got error frames: ${JSON.stringify(errs)}`);
  check((await cust.locator("#log li.msg.error").count()) === 0, "the chat page shows an error");

  const resolveFrame = await agent.evaluate(() => window.__e2e.sent.find((f) => f.type === "resolve"));
  check(resolveFrame.conversation_id === conv && resolveFrame.outcome === OUTCOME && resolveFrame.note === NOTE,
    `resolve frame ${JSON.stringify(resolveFrame)}`);

  step = "screenshot";
  await agent.screenshot({ path: screenshot, fullPage: true });

  // 8. Presence: away and back send status frames.
  step = "presence";
  await agent.click('#presence button[data-state="away"]');
  await agent.locator("body.away").waitFor();
  await agent.click('#presence button[data-state="available"]');
  const states = await agent.evaluate(() => window.__e2e.sent.filter((f) => f.type === "status").map((f) => f.state));
  check(states.slice(-2).join(",") === "away,available", `status frames ${states}`);

  // 9. An error frame is shown, not dropped: claim the resolved conversation again.
  step = "error shown";
  await agent.evaluate((id) => {
    const ws = window.__e2e.sockets[window.__e2e.sockets.length - 1];
    ws.send(JSON.stringify({ type: "claim", id: "e2e-stale-claim", conversation_id: id }));
  }, conv);
  await agent.locator("#notice.error-notice", { hasText: "forbidden" }).waitFor();
  check(console_.length === 0, `pages logged errors: ${console_.join("; ")}`);
  const out = {
    ok: true,
    url: base,
    conversation_id: conv,
    priority: qframe.priority,
    flags: qframe.flags.map((f) => f.code),
    sentiment,
    sockets: await agent.evaluate(() => window.__e2e.sockets.length),
    screenshot,
    screenshot_open: screenshotOpen,
    ms: Date.now() - started,
  };
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
  clearTimeout(hard);
  console.log(JSON.stringify(out));
}

main().catch(fail);
