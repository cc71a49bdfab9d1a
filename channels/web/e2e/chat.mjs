// Drives the borrower chat page in headless Chromium (Debian's /usr/bin/chromium
// through playwright-core; no browser is ever downloaded).
//
//   node chat.mjs http://127.0.0.1:PORT
//
// Picks demo customer c-1001, asks for a repayment schedule and for the loan's
// remaining periods, then drops the socket, sends while offline and checks that
// the page resumes the same conversation without repeating a reply. Prints
// {"ok":true,...} and exits 0, or prints {"ok":false,"error":...} and exits 1.
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const HARD_TIMEOUT_MS = 60_000;
const STEP_MS = 15_000;

const base = process.argv[2];
if (!base || !/^https?:\/\//.test(base)) {
  console.error("usage: node chat.mjs <base-url>");
  process.exit(2);
}
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const shotDir = mkdtempSync(join(tmpdir(), "loandesk-e2e-"));
const profile = mkdtempSync(join(tmpdir(), "loandesk-chromium-"));
const screenshot = join(shotDir, "chat.png");

let browser;
const started = Date.now();
const console_ = []; // page console errors, reported on failure

const hard = setTimeout(() => fail(new Error(`hard timeout after ${HARD_TIMEOUT_MS / 1000}s`)), HARD_TIMEOUT_MS);
hard.unref();

async function fail(err) {
  clearTimeout(hard);
  const out = { ok: false, error: String(err && err.stack ? err.stack : err), console: console_ };
  console.log(JSON.stringify(out));
  try { if (browser) await browser.close(); } catch { /* already gone */ }
  rmSync(profile, { recursive: true, force: true });
  process.exit(1);
}

function check(cond, msg) { if (!cond) throw new Error(msg); }

// Test hook, installed before the page's own script: remembers every WebSocket
// the page opens and every frame it receives, so the test can drop the live
// socket and inspect welcome/reply frames. The page itself is unchanged.
function installSocketHook() {
  const Native = window.WebSocket;
  const sockets = [];
  const frames = [];
  function Hooked(url, protocols) {
    const ws = protocols === undefined ? new Native(url) : new Native(url, protocols);
    sockets.push(ws);
    ws.addEventListener("message", (ev) => {
      try { frames.push(JSON.parse(ev.data)); } catch { /* not JSON */ }
    });
    return ws;
  }
  Hooked.prototype = Native.prototype;
  for (const k of ["CONNECTING", "OPEN", "CLOSING", "CLOSED"]) Hooked[k] = Native[k];
  window.WebSocket = Hooked;
  window.__e2e = {
    sockets, frames,
    drop() { const ws = sockets[sockets.length - 1]; if (ws) ws.close(4000, "e2e reconnect"); },
  };
}

async function main() {
  // A fresh profile (--user-data-dir) per run: playwright passes it for a persistent context.
  // Mobile-first: a phone-sized viewport in Chinese.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    timeout: 20_000,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
    locale: "zh-CN",
  });
  browser = context;
  context.setDefaultTimeout(STEP_MS);
  await context.addInitScript(installSocketHook);
  const page = context.pages()[0] || await context.newPage();
  page.on("console", (m) => { if (m.type() === "error") console_.push(m.text()); });
  page.on("pageerror", (e) => console_.push("pageerror: " + e.message));

  const res = await page.goto(base + "/", { waitUntil: "domcontentloaded" });
  check(res && res.ok(), `GET / answered ${res && res.status()}`);

  // Sign in as demo customer c-1001 (POST /v1/demo/token).
  const tokenResp = page.waitForResponse((r) => r.url().endsWith("/v1/demo/token"));
  await page.click('#demo button[data-sub="c-1001"]');
  check((await tokenResp).status() === 200, "demo token refused");
  await page.locator("#chat").waitFor({ state: "visible" });
  await page.waitForFunction(() => window.__e2e.frames.some((f) => f.type === "welcome"));
  const firstWelcome = await page.evaluate(() => window.__e2e.frames.find((f) => f.type === "welcome"));

  const bot = page.locator("#log li.msg.bot");
  const mine = page.locator("#log li.msg.me");

  async function ask(text, expect, extra) {
    const before = await bot.count();
    await page.fill("#text", text);
    await page.press("#text", "Enter");
    const reply = bot.nth(before);
    await reply.filter({ hasText: expect }).waitFor();
    if (extra) await extra(reply);
    await page.locator("#log li.msg.me.pending").waitFor({ state: "detached" });
    return reply;
  }

  // 1. Repayment schedule: the monthly payment and a card rendered as a table.
  const sched = await ask("贷款100万，30年，利率4.9%，月供多少", "5,307.27", async (reply) => {
    await reply.locator(".card table").first().waitFor();
  });
  const card = await sched.evaluate((li) => {
    const t = li.querySelector(".card table");
    return {
      caption: t.caption ? t.caption.textContent : "",
      rows: t.querySelectorAll("tr").length,
      text: t.textContent,
      cardWidth: li.querySelector(".card").getBoundingClientRect().width,
      pageScrollWidth: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    };
  });
  check(card.rows >= 3, `card table has ${card.rows} rows`);
  check(card.text.includes("等额本息"), `card shows the method's wire name: ${card.text}`);
  check(card.pageScrollWidth <= card.viewport, `page scrolls sideways: ${card.pageScrollWidth}px > ${card.viewport}px`);

  // 2. Loan summary: mentions the loan tail 6688.
  await ask("我的贷款还有几期", "6688");

  const botBefore = await bot.count();
  const mineBefore = await mine.count();
  const replyFramesBefore = await page.evaluate(() => window.__e2e.frames.filter((f) => f.type === "reply").length);
  const replyTexts = await bot.allTextContents();

  // 3. Reconnect: drop the socket from the page, send while it is down, and
  // check the page resumes the same conversation (welcome resumed:true), the
  // queued message is answered exactly once and no earlier reply reappears.
  await page.evaluate(() => window.__e2e.drop());
  await page.waitForFunction(() => /重新连接|Reconnecting/.test(document.getElementById("conn").textContent));
  await page.fill("#text", "下次还款日是哪天");
  await page.press("#text", "Enter");
  await page.waitForFunction(() => window.__e2e.sockets.length >= 2 &&
    window.__e2e.frames.filter((f) => f.type === "welcome").length >= 2, null, { timeout: STEP_MS });
  const welcomes = await page.evaluate(() => window.__e2e.frames.filter((f) => f.type === "welcome"));
  const again = welcomes[welcomes.length - 1];
  check(again.conversation_id === firstWelcome.conversation_id,
    `reconnect opened conversation ${again.conversation_id}, want ${firstWelcome.conversation_id}`);
  check(again.resumed === true, `reconnect welcome not resumed: ${JSON.stringify(again)}`);
  await bot.nth(botBefore).waitFor();
  await page.locator("#log li.msg.me.pending").waitFor({ state: "detached" });
  await page.locator("#conn", { hasText: "已连接" }).waitFor();
  // Give any stray replayed or re-sent frames a moment to arrive, then count.
  await page.waitForTimeout(750);
  const botAfter = await bot.count();
  const mineAfter = await mine.count();
  check(botAfter === botBefore + 1, `after reconnect ${botAfter} assistant replies, want ${botBefore + 1}`);
  check(mineAfter === mineBefore + 1, `after reconnect ${mineAfter} own messages, want ${mineBefore + 1}`);
  const texts = await bot.allTextContents();
  check(JSON.stringify(texts.slice(0, botBefore)) === JSON.stringify(replyTexts), "earlier replies changed after reconnect");
  const replyFrames = await page.evaluate(() => window.__e2e.frames.filter((f) => f.type === "reply"));
  check(replyFrames.length === replyFramesBefore + 1,
    `server sent ${replyFrames.length - replyFramesBefore} reply frames after reconnect, want 1`);
  const seqs = replyFrames.map((f) => f.seq);
  check(new Set(seqs).size === seqs.length, `duplicate reply seqs ${seqs}`);
  check((await page.locator("#log li.msg.system", { hasText: "新的对话" }).count()) === 0, "page started a new conversation");
  check((await page.locator("#log li.msg.error").count()) === 0, "page shows an error message");

  await page.screenshot({ path: screenshot, fullPage: true });
  check(console_.length === 0, `page logged errors: ${console_.join("; ")}`);
  const out = {
    ok: true,
    url: base,
    conversation_id: firstWelcome.conversation_id,
    replies: botAfter,
    card: { caption: card.caption, rows: card.rows, width: Math.round(card.cardWidth) },
    reconnect: { sockets: await page.evaluate(() => window.__e2e.sockets.length), resumed: again.resumed, seqs },
    screenshot,
    console_errors: console_,
    ms: Date.now() - started,
  };
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
  clearTimeout(hard);
  console.log(JSON.stringify(out));
}

main().catch(fail);
