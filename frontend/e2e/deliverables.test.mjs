// Deliverables end to end: a branch chair writes and submits a record with a photo from the phone camera;
// the committee returns it with a reason and a fix list; the chair fixes and resubmits; the committee accepts.
// Needs fresh demo data (xiaoyi's mobilisation record starts as a draft).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import {
  BASE_URL,
  DESK,
  PHONE,
  assertAccessible,
  assertNoHorizontalScroll,
  assertTouchTargets,
  confirm,
  launch,
  newPage,
  screenshot,
  signIn,
  thumbnailShown,
} from './support.mjs';

// A 1x1 PNG, as a phone camera would hand over a (much larger) picture.
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function openMine(page, status) {
  await page.goto(`${BASE_URL}/materials`);
  const item = page.getByTestId('deliverable-item').filter({ hasText: '宣传动员记录' }).filter({ hasText: status });
  await item.getByRole('link').click();
  await page.getByRole('heading', { level: 1 }).waitFor();
}

test('write, photograph, submit, return with a fix list, fix, resubmit and accept', async () => {
  const chair = await newPage(browser, PHONE);
  await signIn(chair, 'xiaoyi');
  await chair.getByTestId('due-list').waitFor();
  await openMine(chair, '草稿');
  await chair.getByLabel('标题').fill('孝义市基层委员会宣传动员会记录');
  await chair.getByLabel('日期').fill('2026-10-20');
  await chair.getByLabel('参加人数').fill('23');
  await chair.getByLabel('学习动员内容').fill('学习会市委《意见》，动员全体会员参加创建活动。');
  await assertNoHorizontalScroll(chair, 'deliverable form');
  await assertTouchTargets(chair, 'deliverable form');
  await assertAccessible(chair, 'deliverable form');
  await screenshot(chair, 'phone-deliverable-form');
  await chair.getByRole('button', { name: /保存草稿/ }).click();
  await chair.getByText('草稿已保存').waitFor();
  await chair.getByTestId('camera-input').setInputFiles({ name: '会议照片.png', mimeType: 'image/png', buffer: PHOTO });
  await chair.getByTestId('attachments').getByText('会议照片.png').waitFor();
  // The photo shows as a thumbnail under the form at once.
  await thumbnailShown(chair, '会议照片.png');
  await assertTouchTargets(chair, 'deliverable form with a photo');
  await assertAccessible(chair, 'deliverable form with a photo');
  await chair.getByRole('button', { name: /提交审核/ }).click();
  await chair.getByText('已提交待审核').first().waitFor();
  await screenshot(chair, 'phone-deliverable-submitted');

  const staff = await newPage(browser, DESK);
  await signIn(staff, 'admin');
  await staff.getByRole('link', { name: '材料审核' }).first().click();
  const queued = staff.getByTestId('deliverable-item').filter({ hasText: '孝义市基层委员会宣传动员会记录' });
  await queued.waitFor();
  await assertAccessible(staff, 'review queue');
  await screenshot(staff, 'desk-review-queue');
  await queued.getByRole('link').click();
  await staff.getByText('23').waitFor();
  // The reviewer sees the photo's thumbnail; a tap fetches the whole picture and shows it.
  await thumbnailShown(staff, '会议照片.png');
  const [full] = await Promise.all([
    staff.waitForResponse((r) => /\/attachments\/\d+$/.test(new URL(r.url()).pathname) && r.request().method() === 'GET'),
    staff.getByRole('button', { name: '查看大图：会议照片.png' }).click(),
  ]);
  assert.equal(full.status(), 200);
  const preview = staff.locator('.ant-image-preview img');
  await staff.waitForFunction((el) => el.src.startsWith('blob:') && el.complete && el.naturalWidth > 0, await preview.elementHandle());
  await staff.keyboard.press('Escape');
  await preview.waitFor({ state: 'hidden' });
  // The photo downloads from a short-lived server link, not a blob, and arrives unchanged.
  const [file] = await Promise.all([
    staff.waitForEvent('download'),
    staff.getByTestId('attachments').getByRole('button', { name: '下载“会议照片.png”' }).click(),
  ]);
  assert.match(new URL(file.url()).pathname, /^\/api\/v1\/campaigns\/\d+\/deliverables\/\d+\/attachments\/\d+$/);
  assert.ok(new URL(file.url()).searchParams.get('download'), 'a download link');
  assert.deepEqual(await readFile(await file.path()), PHOTO);
  await staff.getByRole('button', { name: /退回修改/ }).click();
  await staff.getByLabel('退回原因').fill('缺少会议签到情况');
  await staff.getByLabel('修改清单').fill('补充签到名单\n注明会议地点');
  await staff.getByRole('button', { name: /确认退回/ }).click();
  await staff.getByText('已退回待修改').first().waitFor();

  // The chair hears of it in the message centre: the bell counts it, the message gives the reason and opens the record.
  await chair.goto(`${BASE_URL}/messages`);
  const message = chair.getByTestId('message').filter({ hasText: '缺少会议签到情况' });
  await message.waitFor();
  await chair.getByTestId('message-bell').locator('.cx-badge-count').waitFor();
  assert.equal(await message.getAttribute('data-unread'), 'true');
  await assertNoHorizontalScroll(chair, 'messages');
  await assertTouchTargets(chair, 'messages');
  await assertAccessible(chair, 'messages');
  await screenshot(chair, 'phone-messages');
  await message.click();
  await chair.waitForURL(/\/campaigns\/\d+\/deliverables\/\d+$/);
  const notice = chair.getByTestId('return-notice');
  await notice.getByText('缺少会议签到情况').waitFor();
  const fixes = notice.getByTestId('fix-item');
  assert.equal(await fixes.count(), 2);
  assert.match(await fixes.nth(0).textContent(), /补充签到名单/);
  assert.match(await fixes.nth(1).textContent(), /注明会议地点/);
  await assertAccessible(chair, 'returned deliverable');
  await screenshot(chair, 'phone-deliverable-returned');
  await chair.getByLabel('学习动员内容').fill('在市政协会议室召开，签到 23 人（名单附后）。学习会市委《意见》，动员全体会员参加创建活动。');
  // Each fix-list item is ticked with what was changed before the deliverable can go back.
  for (const [i, note] of [
    [0, '签到名单已附在正文'],
    [1, '已注明市政协会议室'],
  ]) {
    await fixes.nth(i).getByRole('textbox').fill(note);
    await fixes
      .nth(i)
      .getByRole('button', { name: /已修改/ })
      .click();
    await chair.locator('[data-testid="fix-item"][data-addressed="true"]').nth(i).waitFor();
  }
  await chair.getByRole('button', { name: /提交审核/ }).click();
  await chair.getByText('已提交待审核').first().waitFor();

  await staff.reload();
  // The reviewer sees what changed since the return.
  const changes = staff.getByTestId('deliverable-changes');
  await changes.getByTestId('field-changes').getByText('学习动员内容').waitFor();
  await assertAccessible(staff, 'changes since the return');
  await screenshot(staff, 'desk-deliverable-changes');
  await staff.getByRole('button', { name: /^通\s*过$/ }).click();
  await confirm(staff);
  await staff.getByText('已通过').first().waitFor();
  assert.equal(await staff.getByRole('button', { name: /退回修改/ }).count(), 0);
  await screenshot(staff, 'desk-deliverable-accepted');
  await chair.context().close();
  await staff.context().close();
});
