// A decided result does not move: staff who try to change the aggregation method of a campaign whose results are
// finalised are told in words why not, and the setting stays as it was. The campaign is made here through the API.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { call, token } from './commendation-data.mjs';
import { BASE_URL, DESK, launch, newPage, screenshot, settle, signIn } from './support.mjs';

let browser;
let campaignId;
const suffix = Date.now().toString(36).toUpperCase();

before(async () => {
  browser = await launch();
  const admin = await token('admin');
  const created = await call(admin, 'POST', '/campaigns', {
    title: `定稿测试活动 ${suffix}`,
    year: 2025,
    basisDocuments: '《意见》',
    guidingIdeology: null,
    goals: '加强学习',
    aggregationMethod: 'MEAN',
    disagreementThreshold: 10,
  });
  campaignId = created.id;
  await call(admin, 'POST', `/campaigns/${campaignId}/phases`, {
    seq: 1,
    code: 'SUMMARY',
    name: '总结表彰',
    startsOn: '2025-09-01',
    endsOn: '2025-12-31',
  });
  await call(admin, 'POST', `/campaigns/${campaignId}/activate`, { version: created.version });
  const active = await call(admin, 'GET', `/campaigns/${campaignId}`);
  await call(admin, 'POST', `/campaigns/${campaignId}/results/finalise`, { version: active.version });
});
after(async () => {
  await browser?.close();
});

test('staff see in words that a finalised campaign refuses a new aggregation method', async () => {
  const page = await newPage(browser, DESK);
  await signIn(page, 'admin');
  await page.goto(`${BASE_URL}/campaigns/${campaignId}`);
  await page.getByRole('button', { name: '编辑活动概况' }).click();
  const method = page.getByLabel('评分汇总方式');
  await method.waitFor();
  await method.click();
  await page.locator('.ant-select-item-option').filter({ hasText: '中位数' }).click();
  await page.getByRole('button', { name: /保\s*存/ }).click();
  const alert = page.getByRole('alert').filter({ hasText: '结果已定稿' });
  await alert.waitFor();
  assert.match(await alert.innerText(), /结果已定稿，不能更改汇总方法/);
  assert.doesNotMatch(await alert.innerText(), /[A-Za-z]{4,}/, 'in Chinese only');
  await settle(page);
  await screenshot(page, 'desk-finalised-setting-refused');

  const admin = await token('admin');
  const campaign = await call(admin, 'GET', `/campaigns/${campaignId}`);
  assert.equal(campaign.aggregationMethod, 'MEAN', 'the refused change changed nothing');
  assert.equal(campaign.basisDocuments, '《意见》');
});

test('staff enter a past campaign as of a date from its page, then return it to live dates', async () => {
  const page = await newPage(browser, DESK);
  await signIn(page, 'admin');
  await page.goto(`${BASE_URL}/campaigns/${campaignId}`);
  await page.getByRole('button', { name: '补录历史' }).click();
  const dialog = page.getByRole('dialog', { name: '补录已开展的活动' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: '设置补录日期' }).click();
  await dialog.locator('.ant-form-item-explain-error').first().waitFor();
  const asOf = dialog.getByLabel('补录日期');
  await asOf.fill('2025-06-01');
  await asOf.press('Enter');
  await dialog.getByLabel('原因').fill('按纸质档案补录');
  await dialog.getByRole('button', { name: '设置补录日期' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('alert').filter({ hasText: '补录模式：报送材料按 2025年6月1日 判断是否逾期' }).waitFor();
  await page.getByRole('button', { name: '补录日期：2025年6月1日' }).waitFor();
  await settle(page);
  await screenshot(page, 'desk-recorded-history');
  const admin = await token('admin');
  assert.equal((await call(admin, 'GET', `/campaigns/${campaignId}`)).recordedAsOf, '2025-06-01');

  await page.getByRole('button', { name: '补录日期：2025年6月1日' }).click();
  await dialog.waitFor();
  await dialog.getByLabel('原因').fill('补录完成');
  await dialog.getByRole('button', { name: '恢复实时日期' }).click();
  await page.getByRole('button', { name: '补录历史' }).waitFor();
  assert.equal(await page.getByText('补录模式').count(), 0);
  assert.equal((await call(admin, 'GET', `/campaigns/${campaignId}`)).recordedAsOf, null);
  await page.context().close();
});
