// An assessor on a phone: the assigned branches, the scoring form's rules, a draft, and the submit.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertAccessible, assertNoHorizontalScroll, assertTouchTargets, launch, newPage, PHONE, screenshot, signIn } from './support.mjs';

/** The bar with the running total and the actions sits at the bottom of the screen, just above the tab bar. */
async function assertActionsAtBottom(page, label) {
  const { top, bottom, limit } = await page.evaluate(() => {
    const bar = document.querySelector('.cx-sticky-actions').getBoundingClientRect();
    const tabs = document.querySelector('.cx-tabbar');
    return { top: bar.top, bottom: bar.bottom, limit: tabs ? tabs.getBoundingClientRect().top : window.innerHeight };
  });
  assert.ok(
    top >= 0 && bottom <= limit + 1 && bottom >= limit - 2,
    `${label}: the actions bar is at ${top}..${bottom}, the screen ends at ${limit}`,
  );
}

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
  await page.getByRole('link', { name: '评分', exact: true }).click();
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
  const total = page.getByTestId('score-total');

  // The long form scrolls under a bar that keeps the running total, save and submit in reach.
  assert.ok(
    await page.evaluate(() => document.scrollingElement.scrollHeight > window.innerHeight * 2),
    'the form is longer than the screen',
  );
  await assertActionsAtBottom(page, 'top of the form');
  await page.evaluate(() => window.scrollTo(0, document.scrollingElement.scrollHeight / 2));
  await page.waitForFunction(() => window.scrollY > 0);
  await assertActionsAtBottom(page, 'middle of the form');
  await assertTouchTargets(page, 'scoring form');

  // Points step in halves with the plus and minus beside each score, and the total follows.
  await inputs.nth(0).fill('5');
  await inputs.nth(0).blur();
  const before = Number((await total.textContent()).match(/合计 ([\d.]+) \//)[1]);
  const firstName = (
    await page
      .getByRole('button', { name: / 加 0\.5 分$/ })
      .first()
      .getAttribute('aria-label')
  ).replace(/ 加 0\.5 分$/, '');
  await page.getByRole('button', { name: `${firstName} 加 0.5 分` }).click();
  await page.waitForFunction(() => document.querySelector('input[role=spinbutton]').value === '5.5');
  await total.filter({ hasText: `合计 ${before + 0.5} / ` }).waitFor();
  await page.getByRole('button', { name: `${firstName} 减 0.5 分` }).click();
  await total.filter({ hasText: `合计 ${before} / ` }).waitFor();

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
  // Submitted, the sheet reads as a summary: points as words, subtotals and the total, no inputs.
  await page.getByTestId('score-summary').waitFor();
  assert.equal(await inputs.count(), 0, 'no score fields once submitted');
  await page
    .getByText(/^小计 [\d.]+ \/ [\d.]+ 分$/)
    .first()
    .waitFor();
  await page
    .getByText(/^[\d.]+ \/ [\d.]+ 分$/)
    .first()
    .waitFor();
  assert.match(await total.textContent(), /^合计 [\d.]+ \/ [\d.]+ 分$/);
  await assertNoHorizontalScroll(page, 'submitted scoresheet');
  await assertAccessible(page, 'submitted scoresheet');
  await screenshot(page, 'phone-scoring-submitted');

  await page.getByRole('button', { name: /返回评分列表/ }).click();
  await page.getByRole('button', { name: `查看 ${branchName}` }).waitFor();
  await page.context().close();
});

test('an assessor reads the branch’s own scores and its materials beside the scoresheet, never a draft', async () => {
  const page = await newPage(browser, PHONE);
  await signIn(page, 'assessor1');
  await page.getByRole('link', { name: '评分', exact: true }).click();
  await page.waitForURL(/\/scoring$/);

  // 离石 has submitted its self-assessment: each indicator shows it beside the assessor's points.
  await page.getByRole('button', { name: '查看 民进离石区总支' }).click();
  await page.getByRole('heading', { name: '民进离石区总支', level: 1 }).waitFor();
  await page.getByTestId('score-summary').waitFor();
  const selfScores = page.getByTestId('self-points');
  await selfScores.first().waitFor();
  assert.match(await selfScores.first().textContent(), /^自评 [\d.]+ 分$/);
  assert.equal(
    await selfScores.count(),
    await page.locator('[data-testid^="indicator-"]').count(),
    'a self-assessed score beside every indicator',
  );

  // The materials open in a drawer over the sheet, each inside it.
  await page.getByRole('button', { name: /材料/ }).click();
  const drawer = page.getByRole('dialog');
  const list = drawer.getByTestId('branch-deliverables');
  await list.getByRole('button', { name: '争创活动实施方案' }).waitFor();
  await assertNoHorizontalScroll(page, 'materials drawer');
  const box = await drawer.boundingBox();
  assert.ok(box.width >= PHONE.width - 1, `the drawer fills the phone's width (${box.width})`);
  await assertAccessible(page, 'materials drawer');
  await list.getByRole('button', { name: '争创活动实施方案' }).click();
  await drawer.getByRole('heading', { level: 2, name: '争创活动实施方案' }).waitFor();
  assert.match(page.url(), /\/scoring\/\d+\/\d+$/, 'still on the scoresheet');
  await screenshot(page, 'phone-scoring-materials');
  await drawer.getByRole('button', { name: /返回材料列表/ }).click();
  await list.waitFor();
  await drawer.getByRole('button', { name: /关闭|Close/ }).click();
  await drawer.waitFor({ state: 'hidden' });

  // 孝义's self-assessment and its 民主生活会记录 are drafts: neither is shown.
  await page.getByRole('button', { name: /返回评分列表/ }).click();
  await page.getByRole('button', { name: '查看 民进孝义市基层委员会' }).click();
  await page.getByRole('heading', { name: '民进孝义市基层委员会', level: 1 }).waitFor();
  await page.getByTestId('score-summary').waitFor();
  await page.getByRole('button', { name: /材料/ }).click();
  await page.getByRole('dialog').getByTestId('branch-deliverables').getByRole('button', { name: '争创活动实施方案' }).waitFor();
  assert.equal(await page.getByRole('dialog').getByText('民主生活会记录').count(), 0, 'no draft deliverable');
  assert.equal(await page.getByTestId('self-points').count(), 0, 'no draft self-assessment');
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
  await page
    .getByText(/评审 1：\d+(\.\d+)? 分，/)
    .first()
    .waitFor();
  await assertNoHorizontalScroll(page, 'branch results');
  await assertAccessible(page, 'branch results');
  await screenshot(page, 'phone-branch-results');
  await page.context().close();
});
