// Lighthouse (pinned in package.json), mobile preset, on each role's home after signing in: the median of three runs.
// Usage: LIGHTHOUSE_BASE_URL=http://127.0.0.1:5173 node scripts/lighthouse/run.mjs [username ...]
// The browser is Debian's Chromium; signing in happens once per user, and Lighthouse keeps the session cookie
// (disableStorageReset) while the HTTP cache is emptied, so each run is a first load of the home that restores the session as a reload does.
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';

const BASE = (process.env.LIGHTHOUSE_BASE_URL ?? 'http://127.0.0.1:5173').replace(/\/$/, '');
const PASSWORD = process.env.LIGHTHOUSE_PASSWORD ?? 'Demo@2009';
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const users = process.argv.slice(2).length ? process.argv.slice(2) : ['lishi', 'assessor1', 'leader'];
const PORT = 9333;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function signIn(browser, username) {
  const page = await browser.newPage();
  // The previous user's session ends with its cookie.
  await (await page.createCDPSession()).send('Network.clearBrowserCookies');
  await page.goto(`${BASE}/login`);
  await page.waitForSelector('input[autocomplete=username]');
  await page.type('input[autocomplete=username]', username);
  await page.type('input[autocomplete=current-password]', PASSWORD);
  await page.keyboard.press('Enter');
  // The SPA leaves the sign-in page once the session is set (client-side navigation).
  await page.waitForFunction(() => !location.pathname.startsWith('/login'), { timeout: 60_000 });
  return page;
}

function figures(lhr) {
  const audit = (id) => lhr.audits[id];
  const scripts = audit('resource-summary').details.items.find((i) => i.resourceType === 'script');
  return {
    score: Math.round(lhr.categories.performance.score * 100),
    fcp: audit('first-contentful-paint').numericValue,
    lcp: audit('largest-contentful-paint').numericValue,
    tbt: audit('total-blocking-time').numericValue,
    cls: audit('cumulative-layout-shift').numericValue,
    requests: audit('network-requests').details.items.length,
    js: scripts?.transferSize ?? 0,
  };
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', `--remote-debugging-port=${PORT}`],
});
const rows = [];
try {
  for (const user of users) {
    const page = await signIn(browser, user);
    const runs = [];
    const cdp = await page.createCDPSession();
    for (let i = 0; i < RUNS; i++) {
      // A first visit: nothing cached but the sign-in's cookie.
      await cdp.send('Network.clearBrowserCache');
      const result = await lighthouse(`${BASE}/`, { port: PORT, output: 'json', logLevel: 'error', disableStorageReset: true,
        onlyCategories: ['performance'] });
      runs.push(figures(result.lhr));
    }
    await page.close();
    const m = (key) => median(runs.map((r) => r[key]));
    rows.push({ user, score: m('score'), scores: runs.map((r) => r.score).join('/'), fcp: m('fcp'), lcp: m('lcp'), tbt: m('tbt'),
      cls: m('cls'), requests: m('requests'), js: m('js') });
  }
} finally {
  await browser.close();
}
console.log('user        perf (runs)      FCP     LCP     TBT    CLS    requests  JS transferred');
for (const r of rows) {
  console.log(`${r.user.padEnd(11)} ${String(r.score).padStart(4)} (${r.scores.padEnd(9)}) ${(r.fcp / 1000).toFixed(1).padStart(5)} s ${(r.lcp / 1000).toFixed(1).padStart(5)} s ` +
    `${String(Math.round(r.tbt)).padStart(5)} ms ${r.cls.toFixed(3)} ${String(r.requests).padStart(8)}  ${(r.js / 1024).toFixed(0).padStart(6)} KB`);
}
