// Accounts: staff create and reset an account, the new owner changes the password on a phone; API clients;
// an auditor turns on two-step verification and then signs in with a one-time code; the audit log.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, test } from 'node:test';
import {
  BASE_URL,
  DESK,
  PASSWORD,
  PHONE,
  assertAccessible,
  assertNoHorizontalScroll,
  confirm,
  launch,
  newPage,
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

const suffix = Date.now().toString(36);
const NEW_PASSWORD = 'Mine#2026ok';

/** RFC 6238 code (30 s, 6 digits, SHA-1) of a Base32 secret, as an authenticator app computes it. */
/** The code of the current 30-second step, or of a later one (`ahead`): each step signs in once. */
function totp(base32, ahead = 0) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of base32.replace(/=+$/, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30_000) + ahead));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

async function submitSignIn(page, username, password) {
  await page.goto(`${BASE_URL}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

test('staff create a branch account and reset its password; the owner must change it first, on a phone', async () => {
  const page = await newPage(browser, DESK);
  await signIn(page, 'admin');
  await page.getByRole('link', { name: '账号' }).click();
  await page.waitForURL(/\/accounts$/);
  await page.getByTestId('account-total').waitFor();
  await page.locator('.ant-table-tbody').getByText('lishi').waitFor();
  await assertAccessible(page, 'account list');
  await screenshot(page, 'desk-accounts');

  // Filters live in the address.
  await page.getByRole('searchbox').fill('xiaoyi');
  await page.getByRole('searchbox').press('Enter');
  await page.waitForURL(/q=xiaoyi/);
  await page.getByTestId('account-total').filter({ hasText: '共 1 个账号' }).waitFor();

  // Create: a BRANCH account needs its branch; the weak password is refused by the server on its field.
  const username = `e2e${suffix}`;
  await page.getByRole('button', { name: /新建账号/ }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel('用户名').fill(username);
  await drawer.getByLabel('姓名').fill(`测试 ${suffix}`);
  await drawer.getByLabel('身份').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '基层组织负责人' }).click();
  await page.keyboard.press('Escape');
  await drawer.getByLabel('初始密码').fill('weakpass');
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await drawer.getByText('基层组织负责人须选择所属基层组织').waitFor();
  await drawer.getByLabel('所属基层组织').fill('孝义');
  await page.locator('.ant-select-item-option').filter({ hasText: '孝义' }).first().click();
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await drawer.locator('#password_help, .ant-form-item-explain-error').first().waitFor();
  await screenshot(page, 'desk-account-form-error');
  await drawer.getByLabel('初始密码').fill('Temp@2026x');
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await page.getByText(`已创建账号「${username}」`).waitFor();

  // Reset its password: the temporary password is shown once.
  await page.getByRole('searchbox').fill(username);
  await page.getByRole('searchbox').press('Enter');
  await page.waitForURL(new RegExp(`q=${username}`));
  await page.locator('.ant-table-tbody').getByText(username, { exact: true }).waitFor();
  await page.getByTestId('account-total').filter({ hasText: '共 1 个账号' }).waitFor();
  assert.match(await page.locator('.ant-table-tbody').textContent(), /待改密码/);
  await page.getByRole('button', { name: `重置密码 ${username}` }).click();
  await confirm(page);
  const temporary = await page.getByTestId('temporary-password').inputValue();
  assert.match(temporary, /^\S{12}$/);
  await screenshot(page, 'desk-account-temporary-password');
  await page.getByRole('dialog').getByRole('button', { name: '关 闭' }).click();

  // Disable and enable again.
  await page.getByRole('button', { name: `停用 ${username}` }).click();
  await confirm(page);
  await page.getByRole('button', { name: `启用 ${username}` }).waitFor();
  await page.getByRole('button', { name: `启用 ${username}` }).click();
  await confirm(page);
  await page.getByRole('button', { name: `停用 ${username}` }).waitFor();
  await page.context().close();

  // The owner, on a phone: nothing but the password change until it is done.
  const phone = await newPage(browser, PHONE);
  await submitSignIn(phone, username, temporary);
  await phone.waitForURL(/\/change-password$/);
  await phone.getByRole('heading', { name: '请先修改密码' }).waitFor();
  await phone.goto(`${BASE_URL}/branches`);
  await phone.waitForURL(/\/change-password$/);
  await assertNoHorizontalScroll(phone, 'forced password change');
  await assertAccessible(phone, 'forced password change');
  await phone.getByLabel('当前密码').fill('Wrong@2026x');
  await phone.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
  await phone.getByLabel('再次输入新密码').fill(NEW_PASSWORD);
  await phone.getByRole('button', { name: /修改密码/ }).click();
  await phone.getByText('当前密码不正确').waitFor();
  await screenshot(phone, 'phone-forced-password-error');
  await phone.getByLabel('当前密码').fill(temporary);
  await phone.getByRole('button', { name: /修改密码/ }).click();
  await phone.waitForURL((url) => url.pathname === '/');
  await phone
    .getByRole('heading', { level: 1 })
    .filter({ hasText: `测试 ${suffix}` })
    .waitFor();
  await screenshot(phone, 'phone-after-password-change');
  await phone.context().close();
});

test('staff register an API client, see its secret once, and revoke it', async () => {
  const page = await newPage(browser, DESK);
  await signIn(page, 'admin');
  await page.goto(`${BASE_URL}/accounts/clients`);
  await page.getByRole('heading', { name: '接口客户端' }).waitFor();
  await page
    .getByRole('button', { name: /登记客户端/ })
    .first()
    .click();
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel('名称').fill(`省级平台 ${suffix}`);
  await drawer.getByRole('button', { name: /登记客户端/ }).click();
  const secret = await page.getByTestId('client-secret').inputValue();
  assert.ok(secret.length >= 20, 'a long secret');
  await assertAccessible(page, 'client secret shown once');
  await screenshot(page, 'desk-api-client-secret');
  await page.getByRole('dialog').getByRole('button', { name: '关 闭' }).click();
  // The secret's dialog is gone (not still fading out over the list) before the next dialog opens.
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  await page.getByRole('button', { name: `吊销 省级平台 ${suffix}` }).click();
  await confirm(page);
  await page.getByText(`已吊销「省级平台 ${suffix}」`).waitFor();
  assert.equal(await page.getByRole('button', { name: `吊销 省级平台 ${suffix}` }).count(), 0);
  await page.context().close();
});

test('an auditor turns on two-step verification, signs in with a code and reads the audit log', async () => {
  // A fresh auditor, made through the API, so the demo accounts stay as they are.
  const token = await (
    await fetch(`${BASE_URL}/api/v1/auth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: PASSWORD }),
    })
  ).json();
  const username = `aud${suffix}`;
  const created = await fetch(`${BASE_URL}/api/v1/accounts`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token.accessToken}` },
    body: JSON.stringify({ username, displayName: `审计 ${suffix}`, roles: ['AUDITOR'], password: 'Temp@2026x' }),
  });
  assert.equal(created.status, 201);

  const page = await newPage(browser, DESK);
  await submitSignIn(page, username, 'Temp@2026x');
  await page.waitForURL(/\/change-password$/);
  await page.getByLabel('当前密码').fill('Temp@2026x');
  await page.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('再次输入新密码').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: /修改密码/ }).click();
  await page.waitForURL((url) => url.pathname === '/');

  await page.getByRole('button', { name: /我的账号/ }).click();
  await page.waitForURL(/\/me$/);
  await page.getByRole('button', { name: /开启两步验证/ }).click();
  assert.match(await page.getByTestId('totp-uri').inputValue(), /^otpauth:\/\/totp\//);
  await page.locator('.ant-qrcode svg').waitFor();
  const secret = await page.getByTestId('totp-secret').inputValue();
  await page.getByLabel('动态码').fill('000000');
  await page.getByRole('button', { name: /确认开启/ }).click();
  await page.locator('.ant-form-item-explain-error').waitFor();
  await assertAccessible(page, 'my account, enrolling');
  await screenshot(page, 'desk-me-totp');
  await page.getByLabel('动态码').fill(totp(secret));
  await page.getByRole('button', { name: /确认开启/ }).click();
  await page.getByTestId('totp-status').waitFor();

  // Signing in now asks for the code.
  await page.getByRole('button', { name: /退出登录/ }).click();
  await page.waitForURL(/\/login/);
  await submitSignIn(page, username, NEW_PASSWORD);
  await page.getByLabel('动态码').waitFor();
  await screenshot(page, 'desk-login-otp');
  // the step that confirmed the secret is used up; the next one is accepted a step early
  await page.getByLabel('动态码').fill(totp(secret, 1));
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  // An auditor's home is the log itself.
  await page.getByTestId('audit-total').waitFor();
  assert.equal(await page.getByRole('link', { name: '审计日志' }).count(), 1, 'the log is in the menu');

  // The audit log, opened afresh: the auditor's own sign-ins, filtered by actor and action.
  await page.goto(`${BASE_URL}/audit`);
  await page.getByTestId('audit-total').waitFor();
  await page.getByLabel('操作人').fill(username);
  await page.getByLabel('操作', { exact: true }).click();
  await page.locator('.ant-select-item-option').filter({ hasText: '登录成功' }).click();
  await page.getByRole('button', { name: /查\s*询/ }).click();
  await page.waitForURL((url) => url.searchParams.get('action') === 'LOGIN_SUCCEEDED');
  assert.equal(new URL(page.url()).searchParams.get('actor'), username);
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await page.waitForFunction(() => {
    const texts = [...document.querySelectorAll('.ant-table-tbody tr.ant-table-row')].map((r) => r.textContent);
    return texts.length > 0 && texts.every((text) => text.includes('登录成功'));
  });
  assert.ok((await rows.count()) >= 2, 'both sign-ins are recorded');
  for (const text of await rows.allTextContents()) assert.match(text, new RegExp(`${username}.*登录成功`));
  await assertAccessible(page, 'audit log');
  await screenshot(page, 'desk-audit');
  await page.context().close();
});
