// Message channels end to end: the central committee rewords the message of a returned deliverable; a new branch chair
// chooses SMS on a phone; the committee returns the chair's deliverable; the SMS gateway (a small server here, where
// the API is told to post) receives the message in the new wording; the send log shows it sent, the phone masked.
// Only SMS is set up for the browser tests (scripts/e2e.sh): e-mail and the robots are off.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  BASE_URL,
  DESK,
  apiAs,
  assertAccessible,
  assertNoHorizontalScroll,
  day,
  eventually,
  firstSignIn,
  launch,
  newPage,
  receiver,
  screenshot,
  settle,
  signIn,
} from './support.mjs';

const HOOK_PORT = Number(process.env.E2E_HOOK_PORT ?? 18082);
const suffix = Date.now().toString(36);
const TEMPORARY = 'Temp@2026x';
const MINE = 'Mine#2026ok';
// A number of this run's own, so that the gateway's posts to it are this test's.
const PHONE_NUMBER = `139${String(Date.now()).slice(-8)}`;
const MASKED = `${PHONE_NUMBER.slice(0, 3)}****${PHONE_NUMBER.slice(-4)}`;
const SUBJECT = '【测试】退回：';

/** The SMS gateway: what it got is `{ headers, body, json }` per POST to /sms, json `{ mobile, content }`. */
let gateway;
let browser;
let asAdmin;
let asCentre;

before(async () => {
  gateway = await receiver(HOOK_PORT, '/sms');
  browser = await launch();
  asAdmin = await apiAs('admin');
  // The wording serves the whole system: the central committee's staff change it.
  asCentre = await apiAs('centre');
});

after(async () => {
  // Back to the shipped wording, for whatever runs next on this database.
  try {
    const mine = await asCentre('/api/v1/message-templates/DELIVERABLE_RETURNED/zh-CN');
    if (mine.customised) await asCentre('/api/v1/message-templates/DELIVERABLE_RETURNED/zh-CN/reset', { version: mine.version });
  } finally {
    await browser?.close();
    await gateway?.close();
  }
});

const templateRow = (page) => page.locator('[data-testid="template"][data-kind="DELIVERABLE_RETURNED"][data-locale="zh-CN"]');

test('the committee rewords a message; a new chair chooses SMS on a phone and gets it in the new words', async () => {
  // The central committee at a desk: the templates, then the returned deliverable's Chinese wording.
  const staff = await newPage(browser, DESK);
  await signIn(staff, 'centre');
  await staff.getByRole('link', { name: '消息渠道' }).first().click();
  await staff.getByRole('heading', { name: '消息渠道', level: 1 }).waitFor();
  const row = templateRow(staff);
  await row.getByText('默认').waitFor();
  await assertAccessible(staff, 'message templates');
  await screenshot(staff, 'desk-message-templates');
  await row.getByRole('button', { name: /编\s*辑/ }).click();
  const drawer = staff.getByRole('dialog').filter({ hasText: '编辑消息模板' });
  await drawer.getByLabel('标题').waitFor();
  await settle(staff);

  // A placeholder the kind does not carry is refused on its field.
  await drawer.getByLabel('标题').fill(`${SUBJECT}{foo}`);
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await drawer.getByText(/不能使用占位符 \{foo\}/).waitFor();
  await assertAccessible(staff, 'template with a field error');
  await screenshot(staff, 'desk-message-template-error');

  // Its own placeholder, from the list under the fields.
  await drawer.getByLabel('标题').fill(SUBJECT);
  await drawer.getByRole('button', { name: '插入占位符 {title}' }).click();
  assert.equal(await drawer.getByLabel('标题').inputValue(), `${SUBJECT}{title}`);
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await drawer.waitFor({ state: 'hidden' });
  await row.getByText('已自定义').waitFor();
  await row.getByText(`${SUBJECT}{title}`).waitFor();

  // A new branch of the live campaign and its chair, made by the staff of its committee.
  const live = (await asAdmin('/api/v1/campaigns?status=ACTIVE&sort=-year&size=1')).items[0];
  const branch = await asAdmin('/api/v1/branches', { code: `MC${suffix}`.toUpperCase(), name: `民进消息支部${suffix}`, kind: 'BRANCH' });
  await asAdmin(`/api/v1/campaigns/${live.id}/branches`, { branchId: branch.id });
  const username = `sms${suffix}`;
  const displayName = `短信主任${suffix}`;
  await asAdmin('/api/v1/accounts', { username, displayName, roles: ['BRANCH'], branchId: branch.id, password: TEMPORARY });

  // The chair, on a phone: my account offers SMS and not e-mail, which this server has not set up.
  const chair = await firstSignIn(browser, username, TEMPORARY, MINE);
  await chair.getByRole('button', { name: '菜单' }).click();
  await chair
    .getByRole('dialog')
    .getByRole('button', { name: /我的账号/ })
    .click();
  await chair.waitForURL(/\/me$/);
  const card = chair.getByTestId('notification-settings');
  const sms = card.getByRole('checkbox', { name: '短信', exact: true });
  await sms.waitFor();
  assert.equal(await sms.isEnabled(), true, 'SMS can be chosen');
  assert.equal(await sms.isChecked(), false, 'nothing chosen yet');
  assert.equal(await card.getByRole('checkbox', { name: '邮件', exact: true }).isDisabled(), true, 'e-mail is off here');
  await card.getByText('本系统未开通').first().waitFor();
  await card.getByText(/消息中心始终开启/).waitFor();

  // SMS needs the phone: asked for, then given and saved.
  await sms.check();
  await card.getByRole('button', { name: /保\s*存/ }).click();
  await card.getByText('选择了短信，须填写手机号码').waitFor();
  await card.getByLabel('手机号码').fill(PHONE_NUMBER);
  await card.getByRole('button', { name: /保\s*存/ }).click();
  await chair.getByText('消息接收设置已保存').waitFor();
  await assertNoHorizontalScroll(chair, 'my account, message channels');
  await assertAccessible(chair, 'my account, message channels');
  await screenshot(chair, 'phone-message-channels');
  await chair.reload();
  await card.getByRole('checkbox', { name: '短信', exact: true }).waitFor();
  assert.equal(await card.getByRole('checkbox', { name: '短信', exact: true }).isChecked(), true, 'SMS chosen after a reload');
  assert.equal(await card.getByLabel('手机号码').inputValue(), PHONE_NUMBER);

  // The chair hands in the campaign's first deliverable; the committee returns it.
  const asChair = await apiAs(username, MINE);
  const types = (await asAdmin(`/api/v1/campaigns/${live.id}/deliverable-types?size=100`)).items;
  const type = types.find((t) => t.code === 'IMPLEMENTATION_PLAN') ?? types[0];
  const value = { TEXT: '消息渠道测试', TEXTAREA: '消息渠道测试内容', DATE: day(-1), NUMBER: 1, LIST: ['消息渠道测试'] };
  const fields = Object.fromEntries(type.fields.filter((f) => f.required).map((f) => [f.key, value[f.type]]));
  const title = `消息渠道测试方案${suffix}`;
  const draft = await asChair(`/api/v1/campaigns/${live.id}/deliverables`, { typeId: type.id, title, fields });
  const submitted = await asChair(`/api/v1/campaigns/${live.id}/deliverables/${draft.id}/submit`, { version: draft.version });
  await asAdmin(`/api/v1/campaigns/${live.id}/deliverables/${draft.id}/return`, {
    version: submitted.version,
    reason: '请补充时间安排',
    fixItems: ['补充时间安排'],
  });

  // The gateway gets the SMS, in the committee's new wording, with the gateway's token.
  const sent = await eventually(
    () => gateway.received.find((m) => m.json?.mobile === PHONE_NUMBER),
    `an SMS to ${PHONE_NUMBER} (received so far: ${gateway.received.map((m) => m.body).join('\n')})`,
  );
  assert.ok(sent.json.content.startsWith(`${SUBJECT}${title}`), `the SMS reads in the new wording: ${sent.json.content}`);
  assert.equal(sent.headers.authorization, 'Bearer e2e-sms-token');

  // The send log at the desk: sent, to the chair, the phone masked.
  await staff.goto(`${BASE_URL}/message-channels`);
  await staff.getByRole('tab', { name: '发送记录' }).click();
  const delivery = staff.locator('[data-testid="delivery"]').filter({ hasText: displayName });
  await eventually(async () => {
    if ((await delivery.filter({ hasText: '已发送' }).count()) > 0) return true;
    // The log reads itself again while a send waits; a reload says the same sooner.
    await staff.reload();
    await staff.getByTestId('delivery-total').waitFor();
    return false;
  }, 'the send to show as sent in the log');
  await delivery.getByText(MASKED).waitFor();
  await delivery.getByText('短信', { exact: true }).waitFor();
  await delivery.getByText('材料退回', { exact: true }).waitFor();
  assert.equal(await delivery.getByText(PHONE_NUMBER).count(), 0, 'the whole number is not shown');
  await assertAccessible(staff, 'send log');
  await screenshot(staff, 'desk-send-log');

  await chair.context().close();
  await staff.context().close();
});
