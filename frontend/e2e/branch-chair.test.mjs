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

  await page.getByLabel('用户名').fill('lishi');
  await page.getByLabel('密码').fill('wrong-password');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByRole('alert').filter({ hasText: '用户名或密码不正确' }).waitFor();
  await screenshot(page, 'phone-login-error');
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

  await page.getByRole('button', { name: '查看详情' }).click();
  await page.getByRole('heading', { name: '民进离石区总支', level: 1 }).waitFor();
  assert.equal(await page.getByRole('button', { name: '归档' }).count(), 0, 'no archive button for a branch chair');
  await assertNoHorizontalScroll(page, 'branch detail');
  await assertAccessible(page, 'branch detail');
  await screenshot(page, 'phone-branch-detail');

  await page.getByRole('button', { name: '菜单' }).click();
  await page.getByRole('dialog').getByText('离石区总支 王建华').waitFor();
  await assertAccessible(page, 'account drawer');
  await screenshot(page, 'phone-account-drawer');
  await page.getByRole('button', { name: /退出登录/ }).click();
  await page.waitForURL(/\/login$/);
  await page.context().close();
});
