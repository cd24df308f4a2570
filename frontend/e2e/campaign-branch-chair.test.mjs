// A branch chair on a phone: the live campaign's timeline with what is due, and the branch's leading group.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertAccessible, assertNoHorizontalScroll, assertTouchTargets, launch, newPage, PHONE, screenshot, signIn } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('lishi sees the current phase with its deadlines and keeps the leading group with exactly one leader', async () => {
  const page = await newPage(browser, PHONE);
  await signIn(page, 'lishi');
  await page.getByRole('heading', { name: '当前活动' }).waitFor();
  const current = page.locator('li[aria-current="step"]');
  await current.getByText('当前阶段').waitFor();
  const currentText = await current.textContent();
  assert.match(currentText, /实施创建/);
  assert.match(currentText, /本阶段需提交/);
  // The first phase lists the implementation plan as required, due at the phase's end.
  const first = page.getByTestId('phase-MOBILISATION');
  await first.getByText('实施方案', { exact: true }).waitFor();
  assert.match(await first.textContent(), /必交.*截止 \d{4}年\d{1,2}月\d{1,2}日/);
  await assertNoHorizontalScroll(page, 'campaign home');
  await assertTouchTargets(page, 'campaign home');
  await assertAccessible(page, 'campaign home');
  await screenshot(page, 'phone-campaign-timeline');

  // The leading group is edited as one list; two leaders are refused before anything is sent.
  const group = page.locator('.cx-card').filter({ has: page.getByRole('heading', { name: '创建活动领导组' }) });
  await group.getByRole('button', { name: '编辑领导组' }).click();
  // The editor loads when first opened: wait for it before reading the list.
  await group.getByRole('button', { name: '添加成员' }).waitFor();
  // Start from an empty list so the steps do not depend on what earlier runs saved.
  while ((await group.getByRole('button', { name: /移\s*除/ }).count()) > 0) {
    await group
      .getByRole('button', { name: /移\s*除/ })
      .first()
      .click();
  }
  await group.getByRole('button', { name: '添加成员' }).click();
  await group.getByLabel('姓名', { exact: true }).nth(0).fill('王建华');
  await group.getByLabel('职务', { exact: true }).nth(0).fill('总支主委');
  await group.getByRole('button', { name: '添加成员' }).click();
  await group.getByLabel('姓名', { exact: true }).nth(1).fill('测试组员');
  const secondRole = group.getByRole('combobox', { name: '组内职务' }).nth(1);
  await secondRole.click();
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: /^组长$/ })
    .click();
  await group.getByRole('button', { name: /保\s*存/ }).click();
  await group.getByText('领导组必须有且只有一位组长（当前 2 位）。').waitFor();
  await screenshot(page, 'phone-leading-group-two-leaders');
  await secondRole.click();
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: /^副组长$/ })
    .click();
  await assertNoHorizontalScroll(page, 'leading group form');
  await assertAccessible(page, 'leading group form');
  await group.getByRole('button', { name: /保\s*存/ }).click();
  await page.getByText('领导组已保存').waitFor();
  await group.getByTestId('group-member').filter({ hasText: '测试组员' }).waitFor();
  const members = await group.getByTestId('group-member').allTextContents();
  assert.equal(members.length, 2);
  assert.match(members[0], /王建华组长总支主委/);
  assert.match(members[1], /测试组员副组长/);
  await assertTouchTargets(page, 'leading group');
  await screenshot(page, 'phone-leading-group');
  await page.context().close();
});
