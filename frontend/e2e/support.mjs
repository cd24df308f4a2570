// Shared helpers for the browser tests: Debian's Chromium through playwright-core, axe-core, screenshots.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const shots = join(here, '..', 'screenshots');
mkdirSync(shots, { recursive: true });

export const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://127.0.0.1:14173').replace(/\/$/, '');
export const PASSWORD = process.env.E2E_PASSWORD ?? 'Demo@2009';
export const PHONE = { width: 390, height: 844 };
export const DESK = { width: 1366, height: 900 };

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** WeChat's in-app browser on Android, as branch chairs open links shared in a group chat. */
export const WECHAT_UA =
  'Mozilla/5.0 (Linux; Android 13; V2148A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 ' +
  'Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160117 MMWEBSDK/20240404 MMWEBID/2307 MicroMessenger/8.0.49.2600(0x2800313D) ' +
  'WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';

export async function newPage(browser, viewport, { userAgent } = {}) {
  const phone = viewport.width < 768;
  const context = await browser.newContext({
    viewport,
    ...(userAgent ? { userAgent } : {}),
    locale: 'zh-CN',
    isMobile: phone,
    hasTouch: phone,
    deviceScaleFactor: phone ? 2 : 1,
  });
  const page = await context.newPage();
  // Waits are on states; the bound only ends a test that would never reach its state. Shared CI machines run
  // slowly at times (a loaded one took over 15 s to open a dialog), so the bound is generous.
  page.setDefaultTimeout(60_000);
  page.setDefaultNavigationTimeout(60_000);
  return page;
}

export async function signIn(page, username) {
  await page.goto(`${BASE_URL}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** An API caller signed in as `username`: `call(path)` GETs, `call(path, body)` POSTs; anything but 2xx fails the test. */
export async function apiAs(username, password = PASSWORD) {
  const answer = await fetch(`${BASE_URL}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  assert.ok(answer.ok, `sign-in of ${username}: ${answer.status}`);
  const { accessToken } = await answer.json();
  return async (path, body) => {
    const response = await fetch(`${BASE_URL}${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` },
      body: body ? JSON.stringify(body) : undefined,
    });
    assert.ok(response.ok, `${path}: ${response.status} ${await response.clone().text()}`);
    return response.json();
  };
}

/** A new account's first sign-in on a phone in WeChat: the temporary password, then one of its own, then the home. */
export async function firstSignIn(browser, username, temporary, chosen) {
  const page = await newPage(browser, PHONE, { userAgent: WECHAT_UA });
  await page.goto(`${BASE_URL}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(temporary);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL(/\/change-password$/);
  await page.getByLabel('当前密码').fill(temporary);
  await page.getByLabel('新密码', { exact: true }).fill(chosen);
  await page.getByLabel('再次输入新密码').fill(chosen);
  await page.getByRole('button', { name: /修改密码/ }).click();
  await page.waitForURL((url) => url.pathname === '/');
  return page;
}

/** Opens a page of the menu on a phone: its tab when it has one, otherwise through 更多 (more). */
export async function openFromMenu(page, name) {
  const tabbar = page.locator('nav.cx-tabbar');
  await tabbar.getByRole('link', { name: '首页', exact: true }).waitFor();
  const tab = tabbar.getByRole('link', { name, exact: true });
  if ((await tab.count()) > 0) {
    await tab.click();
    return;
  }
  await tabbar.getByRole('button', { name: '更多' }).click();
  await page.locator('.cx-drawer-nav').getByRole('link', { name, exact: true }).click();
}

/**
 * Confirms the open confirmation dialog (确定) and waits until it has closed: its action has then been answered, and
 * the next step never meets the dialog half gone (a slow machine keeps it on screen through its animation).
 */
export async function confirm(page) {
  const dialog = page
    .getByRole('dialog')
    .filter({ has: page.getByRole('button', { name: /确\s*定/ }) })
    .last();
  await dialog.getByRole('button', { name: /确\s*定/ }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Waits until no CSS transition or animation runs (drawers and modals slide and fade in). */
export async function settle(page) {
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .filter((a) => a.effect?.getTiming().iterations !== Infinity)
        .every((a) => a.playState !== 'running'),
    null,
    { timeout: 30_000 },
  );
}

export async function screenshot(page, name) {
  await settle(page);
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

/** axe-core on the current page: no serious or critical violations. */
export async function assertAccessible(page, label) {
  await settle(page);
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
  });
  assert.deepEqual(violations, [], `${label}: accessibility violations`);
}

export async function assertNoHorizontalScroll(page, label) {
  const { scrollWidth, width } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement.scrollWidth,
    width: window.innerWidth,
  }));
  assert.ok(scrollWidth <= width, `${label}: page is ${scrollWidth}px wide at a ${width}px viewport`);
}

/** Every visible control is at least 44x44 CSS px (or sits in a marked touch area that is). */
export async function assertTouchTargets(page, label) {
  const small = await page.evaluate(() => {
    const controls = document.querySelectorAll(
      'button, a[href], input:not([type=hidden]), [role=switch], .ant-select, .ant-segmented-item',
    );
    const out = [];
    for (const el of controls) {
      const target =
        el.closest(
          '[data-touch-target], .ant-input-affix-wrapper, .ant-input-number, .ant-picker, .ant-select, .ant-pagination-prev, .ant-pagination-next, .ant-segmented-item',
        ) ?? el;
      const box = target.getBoundingClientRect();
      const visible = box.width > 0 && box.height > 0 && getComputedStyle(target).visibility !== 'hidden';
      const onScreen = box.right > 0 && box.bottom > 0 && box.left < window.innerWidth;
      if (!visible || !onScreen || el.closest('[aria-hidden=true]')) continue;
      if (box.height < 44 || box.width < 44) {
        out.push(
          `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} "${(el.textContent ?? '').trim().slice(0, 20)}" ${Math.round(box.width)}x${Math.round(box.height)}`,
        );
      }
    }
    return out;
  });
  assert.deepEqual(small, [], `${label}: touch targets under 44px`);
}

/**
 * Waits until the deliverable's photo named `name` shows its thumbnail (fetched with the token, shown from an object
 * URL) and the picture has loaded; returns the thumbnail.
 */
export async function thumbnailShown(page, name) {
  const photo = page.locator('[data-testid="attachments"] [data-testid="photo"][data-state="ready"]').filter({ hasText: name });
  const img = photo.getByRole('img', { name, exact: true });
  await img.waitFor();
  await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle());
  assert.match(await img.getAttribute('src'), /^blob:/, `${name}: shown from an object URL`);
  return img;
}

/** Types a date into the date picker labelled `label` inside `scope` and confirms it. */
export async function pickDate(scope, label, value) {
  const input = scope.getByLabel(label);
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

/** yyyy-mm-dd in the committee's time zone, `offset` days from today. */
export function day(offset) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

/**
 * A small HTTP server standing in for another system the API posts to (an SMS gateway, a webhook receiver): it answers
 * every POST to `path` with 200 and keeps `{ headers, body, json }` of each in `received`, `json` the body read as JSON
 * (null when it is not). `close()` stops it.
 */
export async function receiver(port, path) {
  const received = [];
  const server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      if (request.method === 'POST' && request.url === path) {
        let json = null;
        try {
          json = JSON.parse(body);
        } catch {
          // kept as text: the test fails on what it looks for
        }
        received.push({ headers: request.headers, body, json });
      }
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end('{}');
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    received,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Polls `read` until it answers something, for at most `timeout` ms; fails naming `what` it waited for. */
export async function eventually(read, what, timeout = 60_000) {
  const until = Date.now() + timeout;
  for (;;) {
    const found = await read();
    if (found) return found;
    assert.ok(Date.now() < until, `waited ${timeout / 1000} s for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
