// Every page of the menu, for every kind of user, on a phone and on a desk: it loads (a heading, no error page),
// there is no horizontal scrolling on the phone, touch targets are 44 px, and axe finds nothing serious.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  assertAccessible,
  assertNoHorizontalScroll,
  assertTouchTargets,
  BASE_URL,
  DESK,
  launch,
  newPage,
  PHONE,
  screenshot,
  signIn,
} from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const USERS = ['admin', 'leader', 'assessor1', 'lishi', 'auditor'];

/** The menu's destinations, read from the page so that a new menu entry is swept without editing this file. */
async function menuLinks(page) {
  // On a phone, entries past the tab bar sit under "more".
  const more = page.getByRole('button', { name: '更多' });
  const hasMore = (await more.count()) > 0;
  if (hasMore) {
    await more.click();
    await page.locator('.cx-drawer-nav').waitFor();
  }
  // The desk's side menu is fetched with the first page: wait for it.
  await page.locator('nav a[href]').first().waitFor();
  const hrefs = await page.locator('nav a[href]').evaluateAll((links) => links.map((a) => new URL(a.href).pathname));
  if (hasMore) await page.keyboard.press('Escape');
  return [...new Set(hrefs)].filter((href) => href !== '/login');
}

/** Waits for the page's own data: skeletons and spinners gone. */
async function waitForData(page) {
  await page.waitForFunction(
    () => !document.querySelector('#main .ant-skeleton, #main .ant-spin-spinning, #main .cx-skeleton, #main .cx-spinner'),
    null,
    { timeout: 60_000 },
  );
}

async function visit(page, path, label, phone) {
  await page.goto(`${BASE_URL}${path}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await waitForData(page);
  assert.equal(await page.getByText('页面不存在').count(), 0, `${label}: not the not-found page`);
  if (phone) {
    await assertNoHorizontalScroll(page, label);
    await assertTouchTargets(page, label);
  }
  await assertAccessible(page, label);
}

for (const username of USERS) {
  test(`${username}: every menu page on a phone and on a desk`, async () => {
    for (const [viewport, phone] of [
      [PHONE, true],
      [DESK, false],
    ]) {
      const page = await newPage(browser, viewport);
      await signIn(page, username);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      if (phone) {
        // each role's home on a phone, as docs/screens shows it
        await waitForData(page);
        await screenshot(page, `phone-home-${username}`);
      }
      const links = await menuLinks(page);
      assert.ok(links.length >= 2, `${username} has a menu (${links.join(', ')})`);
      for (const path of links) {
        await visit(page, path, `${username} ${phone ? 'phone' : 'desk'} ${path}`, phone);
      }
      await page.context().close();
    }
  });
}
