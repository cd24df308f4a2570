// A branch chair on a phone: signs in and sees their own branch first.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  assertAccessible,
  assertNoHorizontalScroll,
  assertTouchTargets,
  BASE_URL,
  launch,
  newPage,
  PASSWORD,
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

test('a signed-out visitor is sent to sign in, and a wrong password is refused in words', async () => {
  const page = await newPage(browser, PHONE);
  await page.goto(`${BASE_URL}/branches`);
  await page.waitForURL(/\/login\?next=%2Fbranches/);
  await page.getByLabel('用户名').waitFor();
  await assertNoHorizontalScroll(page, 'login');
  await assertTouchTargets(page, 'login');
  await assertAccessible(page, 'login');
  await screenshot(page, 'phone-login');

  // English on request, remembered across a reload; then back to Chinese.
  await page.getByText('English').click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-US');
  await assertAccessible(page, 'login in English');
  await screenshot(page, 'phone-login-en');
  await page.getByText('中文').click();
  await page.getByRole('heading', { name: '登录' }).waitFor();

  await page.getByLabel('用户名').fill('lishi');
  await page.getByLabel('密码').fill('wrong-password');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByRole('alert').filter({ hasText: '用户名或密码不正确' }).waitFor();
  await screenshot(page, 'phone-login-error');

  // Signing in then opens the page first asked for.
  await page.getByLabel('用户名').fill('leader');
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL(/\/branches$/);
  await page.getByRole('heading', { name: '基层组织', level: 1 }).waitFor();
  await page.context().close();
});

test('lishi (branch chair) at 390x844 sees their branch on the home page', async () => {
  const page = await newPage(browser, PHONE);
  await signIn(page, 'lishi');
  const name = page.getByTestId('my-branch-name');
  await name.waitFor();
  assert.equal(await name.textContent(), '民进离石区总支');
  // A branch chair has no branch list in the menu.
  assert.equal(await page.getByRole('link', { name: '基层组织' }).count(), 0);
  await assertNoHorizontalScroll(page, 'branch home');
  await assertTouchTargets(page, 'branch home');
  await assertAccessible(page, 'branch home');
  await screenshot(page, 'phone-branch-home');

  await page.getByRole('link', { name: '查看详情' }).click();
  await page.getByRole('heading', { name: '民进离石区总支', level: 1 }).waitFor();
  assert.equal(await page.getByRole('button', { name: '归档' }).count(), 0, 'no archive button for a branch chair');
  await assertNoHorizontalScroll(page, 'branch detail');
  await assertAccessible(page, 'branch detail');
  await screenshot(page, 'phone-branch-detail');

  await page.getByRole('button', { name: '菜单' }).click();
  await page.getByRole('dialog').getByText('离石区总支 王建华').waitFor();
  await assertAccessible(page, 'account drawer');
  await screenshot(page, 'phone-account-drawer');

  // Large text for older members: bigger type, remembered after a reload.
  const bodySize = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.cx-app')).fontSize));
  const before = await bodySize();
  await page.getByRole('dialog').getByLabel('大字模式').click();
  await page.waitForFunction(() => document.querySelector('.cx-large-text') !== null);
  await page.goto(`${BASE_URL}/`);
  await page.getByTestId('my-branch-name').waitFor();
  assert.ok((await bodySize()) > before, 'large text survives a reload');
  assert.ok((await bodySize()) >= 20, 'large text is at least 20 px');
  await assertNoHorizontalScroll(page, 'branch home, large text');
  await assertTouchTargets(page, 'branch home, large text');
  await assertAccessible(page, 'branch home, large text');
  await screenshot(page, 'phone-branch-home-large-text');
  await page.getByRole('button', { name: '菜单' }).click();
  await page.getByRole('button', { name: /退出登录/ }).click();
  await page.waitForURL(/\/login$/);
  await page.context().close();
});
