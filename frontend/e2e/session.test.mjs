// Where the browser keeps the sign-in: no token in script-readable storage, a reload keeps the user signed in through
// the HttpOnly refresh cookie, signing out in one tab ends the other, and the old access token is refused at once.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, launch, newPage, PHONE, signIn } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('tokens stay out of reach of scripts, a reload keeps the session, sign-out ends it everywhere', async () => {
  const page = await newPage(browser, PHONE);
  let accessToken = null;
  page.on('response', async (response) => {
    if (response.url().endsWith('/api/v1/auth/token') && response.ok()) accessToken = (await response.json()).accessToken;
  });
  await signIn(page, 'lishi');
  await page.getByTestId('my-branch-name').waitFor();
  assert.ok(accessToken, 'signed in');

  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  assert.ok(!stored.includes(accessToken), 'no access token in web storage');
  assert.ok(!(await page.evaluate(() => document.cookie)).includes('cx_refresh'), 'the refresh cookie is HttpOnly');
  const cookie = (await page.context().cookies()).find((c) => c.name === 'cx_refresh');
  assert.ok(cookie, 'the refresh cookie is set');
  assert.equal(cookie.httpOnly, true);
  assert.equal(cookie.sameSite, 'Strict');
  assert.equal(cookie.path, '/api/v1/auth/refresh');

  await page.reload();
  await page.getByTestId('my-branch-name').waitFor();
  assert.ok(!new URL(page.url()).pathname.startsWith('/login'), 'still signed in after a reload');

  const second = await page.context().newPage();
  await second.goto(`${BASE_URL}/`);
  await second.getByTestId('my-branch-name').waitFor();
  assert.ok(!new URL(second.url()).pathname.startsWith('/login'), 'a new tab is signed in too');

  await page.getByRole('button', { name: '菜单' }).click();
  await page.getByRole('button', { name: /退出登录/ }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/login'));
  await second.waitForURL((url) => url.pathname.startsWith('/login'));
  const answer = await page.request.get(`${BASE_URL}/api/v1/me`, { headers: { Authorization: `Bearer ${accessToken}` } });
  assert.equal(answer.status(), 401, 'the signed-out access token is refused at once');
  await second.reload();
  await second.waitForURL((url) => url.pathname.startsWith('/login'));
});
