// An assessor on a phone: the assigned branches, the scoring form's rules, a draft, and the submit.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertAccessible, assertNoHorizontalScroll, launch, newPage, PHONE, screenshot, signIn } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('an assessor scores an assigned branch: rules, draft, submit', async () => {
  const page = await newPage(browser, PHONE);
  await signIn(page, 'assessor1');
  await page.getByRole('link', { name: '评分' }).click();
  await page.waitForURL(/\/scoring$/);
  await page.getByTestId('scoring-progress').waitFor();
  await assertNoHorizontalScroll(page, 'assigned branches');
  await assertAccessible(page, 'assigned branches');
  await screenshot(page, 'phone-scoring-branches');

  // A branch not submitted yet (each run submits one).
  const card = page.locator('.ant-card').filter({ hasNotText: '已提交' }).first();
  const start = card.getByRole('button', { name: /^评分 / });
  const branchName = (await start.getAttribute('aria-label')).replace(/^评分 /, '');
  await start.click();
  await page.waitForURL(/\/scoring\/\d+\/\d+$/);
  await page.getByRole('heading', { name: branchName }).waitFor();
  const inputs = page.getByRole('spinbutton');
  await inputs.first().waitFor();
  const count = await inputs.count();
  assert.ok(count >= 10, `every indicator has a score field (${count})`);

  // A low score without a comment, and a score off the 0.5 grid, are refused before sending.
  await inputs.nth(0).fill('2');
  await page.getByLabel('评语（得分低于 60% 时必填）').first().fill('');
  await inputs.nth(1).fill('6.3');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await page.getByText('得分低于该项分值的 60%，请填写评语').waitFor();
  await page.getByText('得分须为 0.5 的整数倍').waitFor();
  await assertNoHorizontalScroll(page, 'scoring form');
  await screenshot(page, 'phone-scoring-rules');

  await page.getByLabel('评语（得分低于 60% 时必填）').first().fill('学习记录不完整');
  await inputs.nth(1).fill('6.5');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await page.getByText('草稿已保存').waitFor();

  // Submitting with unscored indicators names them; then everything scored is submitted.
  await inputs.nth(count - 1).fill('');
  await page.getByRole('button', { name: '提交评分' }).click();
  await page.getByText(/还有 \d+ 项未评分/).waitFor();
  for (let i = 2; i < count; i += 1) await inputs.nth(i).fill(await inputs.nth(i).getAttribute('aria-valuemax'));
  await page.getByRole('button', { name: '提交评分' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '提交评分' }).click();
  await page.getByText('评分已提交，不能再修改。').waitFor();
  await assertAccessible(page, 'submitted scoresheet');
  await screenshot(page, 'phone-scoring-submitted');

  await page.getByRole('button', { name: /返回评分列表/ }).click();
  await page.getByRole('button', { name: `查看 ${branchName}` }).waitFor();
  await page.context().close();
});

test('a branch chair on a phone sees the published scores per standard with the assessors’ comments', async () => {
  const page = await newPage(browser, PHONE);
  await signIn(page, 'lishi');
  await page.getByRole('link', { name: '结果' }).click();
  await page.waitForURL(/\/results$/);
  await page.getByTestId('result-total').waitFor();
  assert.match(await page.getByTestId('result-total').textContent(), /^\d+(\.\d+)?$/);
  await page.locator('.ant-card-head-title').filter({ hasText: '重视学习' }).waitFor();
  await page.getByText(/评审 1：\d+(\.\d+)? 分，/).first().waitFor();
  await assertNoHorizontalScroll(page, 'branch results');
  await assertAccessible(page, 'branch results');
  await screenshot(page, 'phone-branch-results');
  await page.context().close();
});
