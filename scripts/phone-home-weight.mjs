// What a phone loads to show each role's home after signing in: requests, gzipped JS, layout shift.
// Usage: PHONE_BASE_URL=http://127.0.0.1:5173 node scripts/phone-home-weight.mjs [username ...]
// Runs with the SPA's own playwright-core and Debian's Chromium; prints one line per user.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const require = createRequire(new URL('../frontend/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const DIST = fileURLToPath(new URL('../frontend/dist', import.meta.url));
const BASE = (process.env.PHONE_BASE_URL ?? 'http://127.0.0.1:5173').replace(/\/$/, '');
const PASSWORD = process.env.PHONE_PASSWORD ?? 'Demo@2009';
const users = process.argv.slice(2).length ? process.argv.slice(2) : ['lishi'];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const user of users) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${BASE}/login`);
    await page.getByLabel('用户名').fill(user);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    // A fresh load of the home, as a chair opens it again later: the session comes back from the refresh cookie.
    const requests = [];
    page.on('requestfinished', (r) => requests.push(r));
    await page.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${BASE}/`);
    await page.waitForLoadState('networkidle');
    const cls = await page.evaluate(() => window.__cls);
    // Each file once: a chunk both preloaded and imported shows as two requests but is fetched once.
    const bytes = [...new Set(requests.map((r) => new URL(r.url()).pathname))]
      .filter((p) => p.endsWith('.js'))
      .reduce((sum, p) => sum + gzipSync(readFileSync(join(DIST, p)), { level: 9 }).length, 0);
    const api = requests.filter((r) => new URL(r.url()).pathname.startsWith('/api/')).map((r) => new URL(r.url()).pathname);
    console.log(`${user.padEnd(12)} requests ${String(requests.length).padStart(3)} (API ${api.length})  JS ${(bytes / 1024).toFixed(1)} KB gzipped  CLS ${cls.toFixed(3)}`);
    if (process.env.PHONE_VERBOSE)
      for (const r of requests) {
        const p = new URL(r.url()).pathname;
        const size = p.endsWith('.js') ? gzipSync(readFileSync(join(DIST, p)), { level: 9 }).length : 0;
        console.log(`    ${(size / 1024).toFixed(1).padStart(6)} KB  ${p}`);
      }
    await context.close();
  }
} finally {
  await browser.close();
}
