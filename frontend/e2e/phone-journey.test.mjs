// The branch chair's journey from nothing, on a phone in WeChat: staff set up a new branch and its chair's account
// (through the API: the branch and account screens have their own tests); the new chair signs in, starts a
// deliverable from the home, fills it with photos, reloads (nothing lost), submits; staff return it with two
// fix-list items; the chair ticks each with a note and resubmits.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  apiAs,
  assertAccessible,
  assertNoHorizontalScroll,
  BASE_URL,
  DESK,
  firstSignIn,
  launch,
  newPage,
  screenshot,
  signIn,
  thumbnailShown,
} from './support.mjs';

const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const suffix = Date.now().toString(36);
const TEMPORARY = 'Temp@2026x';
const MINE = 'Chair#2026ok';

let browser;
let asAdmin;
before(async () => {
  browser = await launch();
  asAdmin = await apiAs('admin');
});
after(async () => {
  await browser?.close();
});

test('a new branch chair starts, fills, reloads, submits, gets a return, ticks each fix and resubmits', async () => {
  // Staff: a new branch, its chair's account, and the branch taking part in the running campaign.
  const branch = await asAdmin('/api/v1/branches', { code: `N${suffix}`.toUpperCase(), name: `民进新建支部${suffix}`, kind: 'BRANCH' });
  const username = `chair${suffix}`;
  await asAdmin('/api/v1/accounts', {
    username,
    displayName: `新支部主委 ${suffix}`,
    roles: ['BRANCH'],
    branchId: branch.id,
    password: TEMPORARY,
  });
  const live = (await asAdmin('/api/v1/campaigns?status=ACTIVE&sort=-year&size=1')).items[0];
  await asAdmin(`/api/v1/campaigns/${live.id}/branches`, { branchId: branch.id });

  // The chair signs in for the first time and sets a password.
  const chair = await firstSignIn(browser, username, TEMPORARY, MINE);

  // Home: what is due comes first, each one tap away; the materials tab counts it; no placeholder.
  const due = chair.getByTestId('due-list');
  await due.getByRole('heading', { name: '待办材料' }).waitFor();
  const record = due.getByTestId('due-item').filter({ hasText: '组织活动记录' });
  await record.getByRole('button', { name: /去填写/ }).waitFor();
  await chair.locator('.cx-tabbar .cx-badge-count').first().waitFor();
  assert.equal(await chair.getByText('陆续上线').count(), 0);
  const tabs = await chair.locator('.cx-tabbar .cx-tab').allTextContents();
  assert.ok(tabs.length <= 5, `at most five tabs, got ${tabs.join(' / ')}`);
  await assertNoHorizontalScroll(chair, 'chair home');
  await assertAccessible(chair, 'chair home');
  await screenshot(chair, 'phone-journey-home');

  // Start the record: a new draft opens at once.
  await record.getByRole('button', { name: /去填写/ }).click();
  await chair.waitForURL(/\/campaigns\/\d+\/deliverables\/\d+$/);
  const url = chair.url();
  await chair.getByLabel('活动日期').fill('2026-11-12');
  await chair.getByLabel('地点').fill('市政协会议室');
  await chair.getByLabel('参加人数').fill('23');
  await chair.getByLabel('活动内容').fill('学习会市委《意见》，交流各自岗位上的参政议政工作。');
  // Two photos, one from the camera and one from the album: what was typed stays.
  await chair.getByTestId('camera-input').setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: PHOTO });
  await chair.getByTestId('attachments').getByText('现场照片.png').waitFor();
  await chair.getByTestId('album-input').setInputFiles([{ name: '签到表.png', mimeType: 'image/png', buffer: PHOTO }]);
  await chair.getByTestId('attachments').getByText('签到表.png').waitFor();
  // Both show as thumbnails in the form's file list.
  await thumbnailShown(chair, '现场照片.png');
  await thumbnailShown(chair, '签到表.png');
  assert.equal(await chair.getByLabel('参加人数').inputValue(), '23');
  assert.equal(await chair.getByLabel('地点').inputValue(), '市政协会议室');
  // A last change, saved by itself a moment later.
  await chair.getByLabel('参加人数').fill('24');
  await chair.locator('[data-testid="autosave-state"][data-state="saved"]').waitFor();
  await screenshot(chair, 'phone-journey-form');

  await chair.reload();
  await chair.waitForURL(url);
  await chair.getByLabel('活动内容').waitFor();
  assert.equal(await chair.getByLabel('参加人数').inputValue(), '24');
  assert.equal(await chair.getByLabel('活动日期').inputValue(), '2026-11-12');
  assert.equal(await chair.getByTestId('attachments').getByRole('listitem').count(), 2);
  await thumbnailShown(chair, '签到表.png');
  await chair.getByRole('button', { name: /提交审核/ }).click();
  await chair.getByText('已提交待审核').first().waitFor();

  // Staff return it with two fix-list items.
  const staff = await newPage(browser, DESK);
  await signIn(staff, 'admin');
  await staff.goto(`${BASE_URL}${new URL(url).pathname}`);
  await staff.getByRole('button', { name: /退回修改/ }).click();
  await staff.getByLabel('退回原因').fill('缺少活动成效');
  await staff.getByLabel('修改清单').fill('补充活动成效\n写明主持人');
  await staff.getByRole('button', { name: /确认退回/ }).click();
  await staff.getByText('已退回待修改').first().waitFor();

  // The chair's home puts it first, with the reason, one tap from its form.
  await chair.goto(`${BASE_URL}/`);
  const returned = chair.getByTestId('due-item').filter({ hasText: '缺少活动成效' });
  await returned.waitFor();
  assert.equal(await chair.getByTestId('due-item').first().getAttribute('data-kind'), 'returned');
  await screenshot(chair, 'phone-journey-returned-home');
  await returned.getByRole('button', { name: /去修改/ }).click();
  await chair.waitForURL(url);
  const items = chair.getByTestId('fix-item');
  await items.first().waitFor();
  assert.equal(await items.count(), 2);
  const submit = chair.getByRole('button', { name: /提交审核/ });
  assert.equal(await submit.isDisabled(), true);
  await chair.getByLabel('活动内容').fill('学习会市委《意见》，交流参政议政工作。会员反映良好，形成提案两件。主持人：王建华。');

  // Each item is ticked on its own, with what was changed; a tick without a note is refused.
  await items
    .nth(0)
    .getByRole('button', { name: /已修改/ })
    .click();
  await items.nth(0).getByText('请先写明修改了什么。').waitFor();
  await items.nth(0).getByRole('textbox').fill('已在活动内容中补充成效：形成提案两件');
  await items
    .nth(0)
    .getByRole('button', { name: /已修改/ })
    .click();
  await chair.locator('[data-testid="fix-item"][data-addressed="true"]').first().waitFor();
  assert.equal(await submit.isDisabled(), true);
  await items.nth(1).getByRole('textbox').fill('已写明主持人王建华');
  await items
    .nth(1)
    .getByRole('button', { name: /已修改/ })
    .click();
  await chair.locator('[data-testid="fix-item"][data-addressed="true"]').nth(1).waitFor();
  await assertAccessible(chair, 'returned deliverable, ticked');
  await screenshot(chair, 'phone-journey-fixes-ticked');
  await submit.click();
  await chair.getByText('已提交待审核').first().waitFor();

  // Staff see the notes and the new text.
  await staff.reload();
  const notes = staff.getByTestId('fix-notes');
  await notes.getByText('已修改：已在活动内容中补充成效：形成提案两件').waitFor();
  await notes.getByText('已修改：已写明主持人王建华').waitFor();
  await chair.context().close();
  await staff.context().close();
});
