// A branch chair on a phone scores their own branch: the bounds of each score, a draft, the submit after a
// confirmation, and the self-assessment read-only afterwards. 文水 (wenshui) starts without a self-assessment in
// the demo (离石 has submitted one, 孝义 has a draft); no other browser test touches it.
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

test('a branch chair fills in and submits the self-assessment on a phone', async () => {
  const page = await newPage(browser, PHONE);
  await signIn(page, 'wenshui');
  const card = page.getByTestId('self-assessment-card');
  await card.getByText('未开始').waitFor();
  await card.scrollIntoViewIfNeeded();
  await assertAccessible(page, 'home with the self-assessment');
  await screenshot(page, 'phone-self-assessment-home');

  await card.getByRole('link', { name: /填写自评/ }).click();
  await page.waitForURL(/\/self-assessment$/);
  await page.getByRole('heading', { name: '本组织自评', level: 1 }).waitFor();
  const inputs = page.getByRole('spinbutton');
  await inputs.first().waitFor();
  const count = await inputs.count();
  assert.ok(count >= 10, `every indicator has a score field (${count})`);
  await assertNoHorizontalScroll(page, 'self-assessment form');
  await assertTouchTargets(page, 'self-assessment form');
  // The total, save and submit stay on screen above the tab bar while the form scrolls.
  await page.evaluate(() => window.scrollTo(0, document.scrollingElement.scrollHeight / 2));
  await page.waitForFunction(() => window.scrollY > 0);
  await page.waitForFunction(() => {
    const bar = document.querySelector('.cx-sticky-actions').getBoundingClientRect();
    const tabs = document.querySelector('.cx-tabbar').getBoundingClientRect();
    return bar.top >= 0 && Math.abs(bar.bottom - tabs.top) <= 2;
  });
  await assertAccessible(page, 'self-assessment form');
  await screenshot(page, 'phone-self-assessment-form');

  // A score above the indicator's points becomes its maximum; one off the 0.5 grid is refused before sending.
  const max0 = await inputs.nth(0).getAttribute('aria-valuemax');
  await inputs.nth(0).fill('99');
  await inputs.nth(0).blur();
  assert.equal(Number(await inputs.nth(0).inputValue()), Number(max0));
  await inputs.nth(1).fill('3.3');
  await page.getByLabel('说明（选填）').first().fill('全年组织集中学习 6 次，覆盖全体会员');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await page.getByText('得分须为 0.5 的整数倍').waitFor();
  await screenshot(page, 'phone-self-assessment-rules');
  await inputs.nth(1).fill('3.5');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await page.getByText('草稿已保存').waitFor();

  // Submitting with unscored indicators names how many; then every indicator is scored and submitted.
  await page.getByRole('button', { name: '提交自评' }).click();
  await page.getByText(`还有 ${count - 2} 项未自评`).waitFor();
  let sum = Number(max0) + 3.5;
  for (let i = 2; i < count; i += 1) {
    const points = Math.floor(Number(await inputs.nth(i).getAttribute('aria-valuemax')) * 1.6) / 2; // about 80 %, on the 0.5 grid
    await inputs.nth(i).fill(String(points));
    sum += points;
  }
  await inputs.nth(count - 1).blur();
  const total = page.getByTestId('self-total');
  await total.filter({ hasText: `自评合计 ${sum} / ` }).waitFor();
  await page.getByRole('button', { name: '提交自评' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(`自评合计 ${sum} 分。提交后不能再修改`, { exact: false }).waitFor();
  await assertAccessible(page, 'submit confirmation');
  await dialog.getByRole('button', { name: '提交自评' }).click();
  await page.getByText(/自评已于 .* 提交，不能再修改。/).waitFor();
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await page.getByRole('button', { name: '提交自评' }).count(), 0, 'no submit once submitted');
  assert.equal(await page.getByRole('button', { name: '保存草稿' }).count(), 0, 'no draft once submitted');
  assert.equal(await inputs.count(), 0, 'a summary to read, no score fields');
  await page.getByTestId('score-summary').waitFor();
  await page
    .getByText(/^小计 [\d.]+ \/ [\d.]+ 分$/)
    .first()
    .waitFor();
  await page.getByText('说明：全年组织集中学习 6 次，覆盖全体会员').waitFor();
  assert.match(await total.textContent(), new RegExp(`自评合计 ${sum} / \\d+ 分`));
  await assertNoHorizontalScroll(page, 'submitted self-assessment');
  await assertAccessible(page, 'submitted self-assessment');
  await screenshot(page, 'phone-self-assessment-submitted');

  // Back home the card says it is submitted; the menu leads to it too.
  await page.getByRole('link', { name: /返回首页/ }).click();
  await page.getByTestId('self-assessment-card').getByText('已提交').waitFor();
  await page.getByRole('link', { name: '自评', exact: true }).click();
  await page.getByText(/自评已于 .* 提交/).waitFor();
  await page.context().close();
});
