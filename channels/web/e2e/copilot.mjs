// Drives the manager copilot page in headless Chromium (Debian's
// /usr/bin/chromium through playwright-core; no browser is ever downloaded).
//
//   node copilot.mjs http://127.0.0.1:PORT
//
// Borrower c-1001 tells the chat socket "我失业了，这个月还不上" (two manager
// alerts). Manager m-01 signs in at /copilot and asks for 张伟's brief (tier D,
// the loan's real monthly payment from GET /v1/customers/c-1001/loans, the
// alert's words), the LPR impact of a 20bp cut across the book (each new
// payment checked against POST /v1/calc/lpr-impact) and renewals in 24 months
// (the maturity date from the loan API); acknowledges one alert in the inbox
// (POST /v1/alerts/{id}/ack) and the other in chat ("确认第1条"); the inbox
// empties. Untrusted text stays text. Prints {"ok":true,"screenshot":...} and
// exits 0, or {"ok":false,"error":...} and exits 1.
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const HARD_TIMEOUT_MS = 45_000;
const STEP_MS = 10_000;
const HARDSHIP = "我失业了，这个月还不上";

const base = process.argv[2];
if (!base || !/^https?:\/\//.test(base)) {
  console.error("usage: node copilot.mjs <base-url>");
  process.exit(2);
}
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const shotDir = mkdtempSync(join(tmpdir(), "loandesk-e2e-"));
const profile = mkdtempSync(join(tmpdir(), "loandesk-chromium-"));
const screenshot = join(shotDir, "copilot.png");

let browser;
const started = Date.now();
const timings = {};
const console_ = [];
let step = "start";

const hard = setTimeout(() => fail(new Error(`hard timeout after ${HARD_TIMEOUT_MS / 1000}s`)), HARD_TIMEOUT_MS);
hard.unref();

async function fail(err) {
  clearTimeout(hard);
  console.log(JSON.stringify({ ok: false, step, error: String(err && err.stack ? err.stack : err), console: console_ }));
  try { if (browser) await browser.close(); } catch { /* already gone */ }
  rmSync(profile, { recursive: true, force: true });
  process.exit(1);
}

function check(cond, msg) { if (!cond) throw new Error(msg); }
function group(s) {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(String(s));
  return m ? m[1] + m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (m[3] || "") : String(s);
}
async function timed(name, fn) {
  step = name;
  const t0 = Date.now();
  const out = await fn();
  timings[name] = Date.now() - t0;
  return out;
}

// Test hook, installed before the page's own script: every frame the page receives.
function installSocketHook() {
  const Native = window.WebSocket;
  const frames = [];
  function Hooked(url, protocols) {
    const ws = protocols === undefined ? new Native(url) : new Native(url, protocols);
    ws.addEventListener("message", (ev) => { try { frames.push(JSON.parse(ev.data)); } catch { /* not JSON */ } });
    return ws;
  }
  Hooked.prototype = Native.prototype;
  for (const k of ["CONNECTING", "OPEN", "CLOSING", "CLOSED"]) Hooked[k] = Native[k];
  window.WebSocket = Hooked;
  window.__e2e = { frames };
}

async function main() {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    timeout: 20_000,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 1440, height: 1000 },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  browser = context;
  context.setDefaultTimeout(STEP_MS);
  await context.addInitScript(installSocketHook);
  const page = context.pages()[0] || await context.newPage();
  page.on("console", (m) => { if (m.type() === "error") console_.push(m.text()); });
  page.on("pageerror", (e) => console_.push(`pageerror: ${e.message}`));

  await timed("open page", () => page.goto(base + "/copilot"));

  // 1. A borrower's socket raises the alerts (the same origin, a socket of its own).
  await timed("borrower alert", async () => {
    const got = await page.evaluate(async (text) => {
      const res = await fetch("/v1/demo/token", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ sub: "c-1001", role: "borrower" }) });
      const { token } = await res.json();
      return await new Promise((resolve, reject) => {
        const ws = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/v1/ws");
        const seen = [];
        const timer = setTimeout(() => reject(new Error("no reply to the borrower: " + JSON.stringify(seen))), 8000);
        ws.onopen = () => {
          ws.send(JSON.stringify({ type: "hello", token }));
          ws.send(JSON.stringify({ type: "message", id: "b-1", text }));
        };
        ws.onmessage = (ev) => {
          const f = JSON.parse(ev.data);
          seen.push(f.type);
          if ((f.type === "reply" || f.type === "handoff") && f.reply_to === "b-1") { clearTimeout(timer); ws.close(); resolve(f); }
        };
      });
    }, HARDSHIP);
    check(got.type === "reply" || got.type === "handoff", "the borrower got no answer");
  });

  // 2. m-01 signs in.
  const token = await timed("sign in", async () => {
    const tokenResp = page.waitForResponse((r) => r.url().endsWith("/v1/demo/token"));
    await page.click('#demo button[data-sub="m-01"]');
    check((await tokenResp).status() === 200, "demo token for m-01 refused");
    await page.waitForFunction(() => window.__e2e.frames.some((f) => f.type === "welcome"));
    await page.waitForSelector("#app:not([hidden])");
    return page.evaluate(() => sessionStorage.getItem("loandesk.copilot.token"));
  });
  const api = (method, path, body) => page.evaluate(async ({ method, path, body, token }) => {
    const res = await fetch(path, { method, headers: { Authorization: "Bearer " + token, "Content-Type": "application/json" }, body: body ? JSON.stringify(body) : undefined });
    return { status: res.status, json: await res.json() };
  }, { method, path, body, token });

  let asked = 0;
  async function ask(text, kind) {
    asked++;
    const before = await page.locator("li.msg.bot").count();
    await page.fill("#q", text);
    await page.press("#q", "Enter");
    await page.waitForFunction((n) => document.querySelectorAll("li.msg.bot").length > n, before);
    const li = page.locator("li.msg.bot").nth(before);
    if (kind) await li.locator(`.card[data-kind="${kind}"]`).waitFor();
    const frame = await page.evaluate((t) => {
      const mine = [...document.querySelectorAll("li.msg.me")].filter((e) => e.querySelector(".text").textContent === t).pop();
      const id = mine && mine.getAttribute("data-id");
      return window.__e2e.frames.filter((f) => f.type === "reply" && f.reply_to === id).pop();
    }, text);
    check(frame, `no reply frame for ${text}`);
    return { li, frame, card: (frame.cards || []).find((c) => c.kind === kind) };
  }
  const cell = (li, table, id, col) => li.locator(`table[data-table="${table}"] tr[data-id="${id}"] td[data-col="${col}"]`).textContent();

  // 3. A brief: tier D from the alert, the loan's payment from the loan API.
  await timed("brief", async () => {
    const loans = await api("GET", "/v1/customers/c-1001/loans");
    check(loans.status === 200 && loans.json.length === 1, "c-1001's loans: " + loans.status);
    const loan = loans.json[0];
    const { li, card } = await ask("张伟的情况", "customer_brief");
    check(card.customer.id === "c-1001" && card.tier === "D", `brief card: ${card.customer.id} tier ${card.tier}`);
    check(await li.locator(".badge.tier").getAttribute("data-tier") === "D", "the tier badge is not D");
    check((await cell(li, "loans", loan.id, "monthly_payment")) === group(loan.monthly_payment), "monthly payment cell != the loan API's " + loan.monthly_payment);
    check((await cell(li, "loans", loan.id, "balance")) === group(loan.balance), "balance cell != the loan API's");
    check((await li.locator('table[data-table="open_alerts"] td[data-col="evidence"]').allTextContents()).some((t) => t.includes("失业")), "the alert's words are not in the brief");
    check((await li.locator(".text").first().textContent()).includes(group(loan.monthly_payment)), "the reply text lacks the payment");
  });

  // 4. The LPR impact of a 20bp cut across the book, each figure checked against the calculator API.
  await timed("lpr impact", async () => {
    const { li, card } = await ask("如果LPR下降20个基点", "portfolio_lpr_impact");
    check(card.scenario === "what_if" && card.change_bp === -20 && card.loans.length === 2, `portfolio: ${card.scenario} ${card.change_bp} ${card.loans.length} loans`);
    for (const row of card.loans) {
      const calc = await api("POST", "/v1/calc/lpr-impact", {
        balance: row.balance, remaining_months: row.remaining_months, method: row.method, spread_bp: row.spread_bp,
        old_lpr_pct: row.old_lpr_pct, new_lpr_pct: row.new_lpr_pct, lpr_term: row.lpr_term,
      });
      check(calc.status === 200, `calc for ${row.loan_id}: ${calc.status} ${JSON.stringify(calc.json)}`);
      check(calc.json.new_payment === row.new_payment && calc.json.old_payment === row.old_payment && calc.json.monthly_change === row.monthly_change,
        `${row.loan_id}: card ${row.old_payment}→${row.new_payment}, calculator ${calc.json.old_payment}→${calc.json.new_payment}`);
      check((await cell(li, "loans", row.loan_id, "new_payment")) === group(row.new_payment), `${row.loan_id} new payment cell`);
      check((await cell(li, "loans", row.loan_id, "monthly_change")) === group(row.monthly_change), `${row.loan_id} change cell`);
    }
  });

  // 5. Renewals in 24 months: 李娜's consumer loan, its maturity from the loan API.
  await timed("renewals", async () => {
    const loans = await api("GET", "/v1/customers/c-1002/loans");
    const loan = loans.json[0];
    const { li, card } = await ask("未来24个月到期的贷款", "renewal_list");
    check(card.window_months === 24 && card.loans.some((l) => l.loan_id === loan.id), "renewals lack " + loan.id);
    check((await cell(li, "loans", loan.id, "maturity_date")) === loan.maturity_date, "maturity cell != " + loan.maturity_date);
  });

  // 6. The inbox lists both alerts, oldest first; acknowledge the job-loss one.
  const ackedID = await timed("inbox ack", async () => {
    await page.waitForFunction(() => document.querySelectorAll("#inbox-rows tr").length === 2);
    const row = page.locator("#inbox-rows tr", { hasText: "我失业了" });
    const id = await row.getAttribute("data-alert-id");
    const ackResp = page.waitForResponse((r) => r.url().endsWith(`/v1/alerts/${id}/ack`));
    await row.locator("button.ack").click();
    check((await ackResp).status() === 200, "ack refused");
    await page.waitForFunction((id) => !document.querySelector(`#inbox-rows tr[data-alert-id="${id}"]`), id);
    const all = await api("GET", "/v1/alerts");
    const a = all.json.find((x) => x.id === id);
    check(a && a.status === "acknowledged" && a.acknowledged_by === "m-01", "the API does not show the ack: " + JSON.stringify(a));
    return id;
  });

  // 7. In chat: the remaining alert, acknowledged by number; the inbox empties.
  await timed("chat ack", async () => {
    const { li, card } = await ask("风险预警", "alert_list");
    check(card.alerts.length === 1 && card.alerts[0].id !== ackedID && card.alerts[0].code === "repayment_difficulty", "chat alert list: " + JSON.stringify(card.alerts.map((a) => a.code)));
    check((await li.locator('table[data-table="alerts"] tr').count()) === 2, "alert table rows");
    const ack = await ask("确认第1条", "alert_list");
    check(ack.frame.intent === "alert_ack" && ack.frame.text.includes("已确认"), "chat ack: " + ack.frame.text);
    await page.waitForFunction(() => document.querySelector("#inbox-count").textContent === "0");
    check(await page.locator("#inbox-empty").isVisible(), "the inbox is not empty");
  });

  // Nothing the server sent became markup.
  step = "untrusted text";
  check(await page.locator("li.msg b, li.msg script, #inbox-rows script").count() === 0, "server text was parsed as HTML");
  check(console_.length === 0, "console errors: " + console_.join(" | "));

  await timed("screenshot", async () => {
    await page.locator('.card[data-kind="portfolio_lpr_impact"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshot, fullPage: true });
  });
  clearTimeout(hard);
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  console.log(JSON.stringify({ ok: true, screenshot, asked, ms: Date.now() - started, timings }));
}

main().catch(fail);
