// Webhooks end to end, from none: the administrator registers another system's address (a small server here) at a desk,
// first mistyped and refused on the field, then right; the signing secret is shown once. A new branch is then created,
// and the receiver gets its change, signed with that secret; the delivery log shows it delivered. On a phone the list
// fits the screen.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, test } from 'node:test';
import {
  BASE_URL,
  DESK,
  PASSWORD,
  PHONE,
  apiAs,
  assertAccessible,
  assertNoHorizontalScroll,
  assertTouchTargets,
  eventually,
  launch,
  newPage,
  openFromMenu,
  receiver as startReceiver,
  screenshot,
  settle,
  signIn,
} from './support.mjs';

const PORT = Number(process.env.E2E_WEBHOOK_PORT ?? 18083);
const URL_OF_HOOK = `http://127.0.0.1:${PORT}/hook`;
const suffix = Date.now().toString(36);

/** The other system: what it got is `{ headers, body, json }` per POST to /hook. */
let receiver;
let browser;
let asAdmin;

before(async () => {
  receiver = await startReceiver(PORT, '/hook');
  browser = await launch();
  asAdmin = await apiAs('admin');
});

/** DELETE as `username`: apiAs only GETs and POSTs. */
async function deleteAs(username, path) {
  const token = await fetch(`${BASE_URL}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  assert.ok(token.ok, `sign-in of ${username}: ${token.status}`);
  const { accessToken } = await token.json();
  const response = await fetch(`${BASE_URL}${path}`, { method: 'DELETE', headers: { Authorization: `Bearer ${accessToken}` } });
  assert.equal(response.status, 204, `DELETE ${path}: ${response.status} ${await response.text()}`);
}

after(async () => {
  // Nothing more is sent to the receiver, and whatever runs next on this database starts without a webhook.
  try {
    if (asAdmin) {
      const mine = (await asAdmin('/api/v1/webhooks?size=100')).items.filter((w) => w.url === URL_OF_HOOK);
      for (const w of mine) await deleteAs('admin', `/api/v1/webhooks/${w.id}`);
      assert.equal((await asAdmin('/api/v1/webhooks?size=100')).items.filter((w) => w.url === URL_OF_HOOK).length, 0);
    }
  } finally {
    await browser?.close();
    await receiver?.close();
  }
});

const row = (page) => page.locator(`[data-testid="webhook"][data-url="${URL_OF_HOOK}"]`);

test('an administrator registers a webhook; a new branch reaches the receiver, signed, and shows as delivered', async () => {
  // The demo has no webhook: the administrator, at a desk, finds the page from the accounts and sees none.
  const staff = await newPage(browser, DESK);
  await signIn(staff, 'admin');
  await staff.getByRole('link', { name: '账号' }).first().click();
  await staff.getByRole('heading', { name: '账号', level: 1 }).waitFor();
  await staff.getByRole('button', { name: /事件推送/ }).click();
  await staff.waitForURL(/\/accounts\/webhooks$/);
  await staff.getByRole('heading', { name: '事件推送', level: 1 }).waitFor();
  await staff.getByText('还没有事件推送').waitFor();
  await staff.getByText(/1、5、30、120 分钟后重试/).waitFor();
  await assertAccessible(staff, 'no webhooks');

  // An address that is not http or https is refused on its field.
  await staff.getByRole('button', { name: /添加事件推送/ }).click();
  const drawer = staff.getByRole('dialog').filter({ hasText: '添加事件推送' });
  await drawer.getByLabel('接收地址').waitFor();
  await settle(staff);
  assert.equal(await drawer.getByRole('switch', { name: '启用' }).isChecked(), true, 'enabled by default');
  await drawer.getByLabel('接收地址').fill('ftp://x');
  await drawer.getByLabel('说明').fill(`端到端测试接收方${suffix}`);
  await drawer.getByRole('checkbox', { name: '基层组织' }).check();
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await drawer.getByText('请输入以 http:// 或 https:// 开头的完整地址').waitFor();
  await assertAccessible(staff, 'webhook form with a field error');

  // The receiver's address: registered, and its secret shown this once.
  await drawer.getByLabel('接收地址').fill(URL_OF_HOOK);
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  const modal = staff.getByRole('dialog').filter({ hasText: '签名密钥' });
  const secretField = modal.getByTestId('webhook-secret');
  await secretField.waitFor();
  const secret = await secretField.inputValue();
  assert.match(secret, /^whsec_[A-Za-z0-9+/]+=*$/, 'a Standard Webhooks secret');
  await modal.getByText(/只显示这一次/).waitFor();
  await assertAccessible(staff, 'webhook secret');
  await screenshot(staff, 'desk-webhook-secret');
  await modal
    .locator('.ant-modal-footer')
    .getByRole('button', { name: /关\s*闭/ })
    .click();
  await modal.waitFor({ state: 'hidden' });
  assert.equal(await staff.getByTestId('webhook-secret').count(), 0, 'the secret is gone once closed');

  await row(staff).getByText('推送中').waitFor();
  await row(staff).getByText('基层组织', { exact: true }).waitFor();
  assert.equal(await row(staff).getByText('考核结果', { exact: true }).count(), 0, 'only branches are sent');
  await assertAccessible(staff, 'webhooks');
  await screenshot(staff, 'desk-webhooks');

  // A new branch: its change goes to the receiver, signed with the secret shown.
  const branch = await asAdmin('/api/v1/branches', { code: `WH${suffix}`.toUpperCase(), name: `民进推送支部${suffix}`, kind: 'BRANCH' });
  const post = await eventually(
    () => receiver.received.find((r) => r.json?.type === 'branch.created' && r.json.data?.resourceId === branch.id),
    `the receiver to get branch.created of branch ${branch.id} (received so far: ${receiver.received.map((r) => r.body).join('\n')})`,
  );
  assert.equal(post.headers['content-type']?.split(';')[0], 'application/json');
  assert.equal(post.json.data.resource, 'BRANCH');
  assert.equal(post.json.data.operation, 'CREATED');
  const id = post.headers['webhook-id'];
  const timestamp = post.headers['webhook-timestamp'];
  assert.ok(id, 'a webhook-id header');
  assert.ok(Math.abs(Date.now() / 1000 - Number(timestamp)) < 300, `a timestamp of now: ${timestamp}`);
  const expected = createHmac('sha256', Buffer.from(secret.slice('whsec_'.length), 'base64'))
    .update(`${id}.${timestamp}.${post.body}`)
    .digest('base64');
  const signatures = post.headers['webhook-signature'].split(' ');
  assert.ok(signatures.includes(`v1,${expected}`), `signed with the secret: ${post.headers['webhook-signature']}`);
  // Only the kinds chosen are sent.
  assert.deepEqual(
    receiver.received.filter((r) => !r.json?.type?.startsWith('branch.')).map((r) => r.json?.type ?? r.body),
    [],
    'nothing but branches',
  );

  // The delivery log: delivered, the event in words.
  await row(staff)
    .getByRole('button', { name: `推送记录 ${URL_OF_HOOK}` })
    .click();
  const log = staff.getByRole('dialog').filter({ hasText: '推送记录' });
  // The log reads itself again while a delivery waits.
  const delivered = log.locator('[data-testid="webhook-delivery"][data-status="SENT"]').filter({ hasText: 'branch.created' });
  await delivered.first().waitFor();
  await delivered.first().getByText('已送达').waitFor();
  await delivered.first().getByText('基层组织·新建').waitFor();
  await delivered
    .first()
    .getByRole('button', { name: /重新发送 branch\.created/ })
    .waitFor();
  await assertAccessible(staff, 'webhook deliveries');
  await screenshot(staff, 'desk-webhook-deliveries');
  await staff.context().close();

  // On a phone: the list as cards, within the screen, touchable, accessible.
  const phone = await newPage(browser, PHONE);
  await signIn(phone, 'admin');
  await openFromMenu(phone, '账号');
  await phone.getByRole('heading', { name: '账号', level: 1 }).waitFor();
  await phone.getByRole('button', { name: /事件推送/ }).click();
  await phone.getByRole('heading', { name: '事件推送', level: 1 }).waitFor();
  await row(phone).getByText('推送中').waitFor();
  assert.equal(await phone.locator('table').count(), 0, 'cards, not a table');
  await assertNoHorizontalScroll(phone, 'webhooks on a phone');
  await assertTouchTargets(phone, 'webhooks on a phone');
  await assertAccessible(phone, 'webhooks on a phone');
  await screenshot(phone, 'phone-webhooks');
  await phone.context().close();
});
