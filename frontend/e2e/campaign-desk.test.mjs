// Committee staff at a desk: list and filter campaigns, read and edit one's configuration, copy a campaign
// as a template, then activate and close the copy with confirmation.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  BASE_URL,
  DESK,
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

async function openTab(page, name) {
  await page.getByRole('tab', { name }).click();
  await page.getByRole('tabpanel', { name }).waitFor();
}

test('staff configure a campaign and create a new one from the 2009 campaign', async () => {
  const page = await newPage(browser, DESK);
  await signIn(page, 'admin');
  await page.getByRole('link', { name: '争创活动' }).first().click();
  await page.getByRole('heading', { name: '争创活动', level: 1 }).waitFor();
  await page.getByRole('row').filter({ hasText: '2009' }).waitFor();
  await assertAccessible(page, 'campaign list');
  await screenshot(page, 'desk-campaigns');

  // The status filter lives in the address.
  await page.getByRole('combobox', { name: '状态' }).click();
  await page.locator('.ant-select-item-option').filter({ hasText: '已结束' }).click();
  await page.waitForURL(/status=CLOSED/);
  // Only closed campaigns remain (earlier runs may have closed copies of their own).
  await page.getByRole('row').filter({ hasText: '进行中' }).first().waitFor({ state: 'detached' });
  await page.getByRole('row').filter({ hasText: '2009' }).waitFor();
  assert.equal(await page.getByRole('row').filter({ hasText: '2026年' }).count(), 0);

  // The live campaign: overview, then phases with the current one marked.
  await page.goto(`${BASE_URL}/campaigns?status=ACTIVE`);
  await page.getByRole('link', { name: /2026年/ }).click();
  await page.getByRole('heading', { level: 1, name: /2026年/ }).waitFor();
  await page.getByText('指导思想').waitFor();
  await assertAccessible(page, 'campaign overview');
  await screenshot(page, 'desk-campaign-overview');

  await openTab(page, '活动步骤');
  const current = page.locator('li[aria-current="step"]');
  await current.getByText('当前阶段').waitFor();
  assert.match(await current.textContent(), /实施创建/);
  await assertAccessible(page, 'campaign phases');
  await screenshot(page, 'desk-campaign-phases');

  // A start before the previous phase's end is refused on the field.
  await page.getByRole('button', { name: '修改日期 实施创建' }).click();
  const dialog = page.getByRole('dialog');
  const startsOn = dialog.getByLabel('开始日期');
  await startsOn.click();
  await startsOn.fill('2026-10-01');
  await startsOn.press('Enter');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await dialog.getByText(/须晚于 \d{4}-\d{2}-\d{2}（上一阶段的结束日期）/).waitFor();
  await screenshot(page, 'desk-phase-date-error');
  // Escape closes the dialog whatever its footer looks like mid-animation.
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });

  // Standards: the live campaign is Lüliang's plan of the province's campaign, so its standards come from above and
  // stay as set there; a standard of its own shows the running sum of its indicators, and is refused once scoring
  // has started.
  await openTab(page, '考核标准');
  const study = page.getByTestId('standard-STUDY');
  await study.waitFor();
  await study.getByText('上级统一', { exact: true }).waitFor();
  assert.ok(await study.getByRole('button', { name: /编辑/ }).isDisabled(), 'a standard from above is not edited');
  await assertAccessible(page, 'campaign standards');
  await screenshot(page, 'desk-campaign-standards');
  await page.getByRole('button', { name: /添加考核标准/ }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel('标准编码').fill('LOCAL');
  await drawer.getByLabel('标准名称').fill('本级特色');
  await drawer.getByLabel('满分').fill('5');
  await drawer.getByLabel('编码', { exact: true }).fill('LOCAL_1');
  await drawer.getByLabel('细则内容').fill('结合本地实际开展特色活动');
  const firstPoints = drawer.getByLabel('分值').first();
  await firstPoints.fill('0.5');
  await drawer.getByRole('status').filter({ hasText: '细则分值合计' }).waitFor();
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  // The demo's live campaign is being scored: the server refuses, and the drawer says why in words.
  await drawer.getByRole('alert').filter({ hasText: '考核评分已经开始，考核标准和等次不能再修改。' }).waitFor();
  await assertAccessible(page, 'standard refused');
  await screenshot(page, 'desk-standard-scoring-started');
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'hidden' });

  await openTab(page, '等次');
  await page.getByLabel('等次').first().waitFor();
  await openTab(page, '提交材料');
  await page.getByText('实施方案').first().waitFor();
  await openTab(page, '参加组织');
  // Exact: the row's remove button names the branch too.
  await page.getByRole('cell', { name: '民进离石区总支', exact: true }).waitFor();
  await assertAccessible(page, 'campaign participants');

  // A new campaign from the 2009 one; then activate and close it, each after a confirmation.
  await page.goto(`${BASE_URL}/campaigns?year=2009`);
  await page.getByRole('link', { name: '争创民进全国先进基层组织活动' }).click();
  await page.getByRole('button', { name: '以此活动为模板新建' }).click();
  const copy = page.getByRole('dialog');
  const title = `争创先进（测试${Date.now() % 100000}）`;
  await copy.getByLabel('新活动名称').fill(title);
  await copy.getByLabel('年度').fill('2030');
  const start = copy.getByLabel('第一阶段开始日期');
  await start.click();
  await start.fill('2030-09-01');
  await start.press('Enter');
  await assertAccessible(page, 'copy dialog');
  await copy.getByRole('button', { name: /新\s*建/ }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByText('草稿').first().waitFor();
  await openTab(page, '活动步骤');
  await page.getByText('2030年9月1日', { exact: false }).first().waitFor();

  await page.getByRole('button', { name: '启动活动' }).click();
  await page.getByRole('dialog').getByText(title, { exact: false }).waitFor();
  await confirm(page);
  await page.getByText('进行中').first().waitFor();
  await page.getByRole('button', { name: '结束活动' }).click();
  await confirm(page);
  await page.getByRole('heading', { level: 1, name: title }).locator('..').getByText('已结束').waitFor();
  assert.equal(await page.getByRole('button', { name: '结束活动' }).count(), 0);
  await screenshot(page, 'desk-campaign-closed-copy');
  await page.context().close();
});

test('the campaign list and a campaign fit a phone', async () => {
  const page = await newPage(browser, PHONE);
  await signIn(page, 'leader');
  await page.goto(`${BASE_URL}/campaigns`);
  await page
    .getByRole('link', { name: /2026年/ })
    .first()
    .click();
  await page.getByRole('heading', { level: 1, name: /2026年/ }).waitFor();
  assert.equal(await page.getByRole('button', { name: '启动活动' }).count(), 0, 'a viewer has no status actions');
  await page.getByRole('combobox', { name: '查看内容' }).click();
  await page.locator('.ant-select-item-option').filter({ hasText: '考核标准' }).click();
  await page.getByTestId('standard-STUDY').waitFor();
  await assertNoHorizontalScroll(page, 'campaign on a phone');
  await assertAccessible(page, 'campaign on a phone');
  await screenshot(page, 'phone-campaign-standards');
  await page.context().close();
});

test('the progress board draws the phases as a chart loaded on demand and lists late deliverables', async () => {
  const page = await newPage(browser, DESK);
  const scripts = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await page.goto(`${BASE_URL}/login`);
  await page.getByLabel('用户名').waitFor();
  // The staff home draws charts too, so the check is on the sign-in page.
  assert.equal(scripts.filter((u) => u.includes('echart')).length, 0, 'no chart code on the sign-in page');
  await signIn(page, 'admin');
  await page.getByRole('link', { name: '进度看板' }).first().click();
  await page.getByRole('heading', { name: '进度看板', level: 1 }).waitFor();
  await page.getByTestId('progress-chart').locator('canvas').waitFor();
  assert.ok(
    scripts.some((u) => u.includes('echart')),
    'the chart chunk is loaded on demand',
  );
  await page.getByRole('cell', { name: '宣传动员' }).waitFor();
  await page.getByTestId('late-list').getByRole('listitem').first().waitFor();
  await assertAccessible(page, 'progress board');
  await screenshot(page, 'desk-progress');
  await page.context().close();
});

test('staff record a site visit and find it in the list', async () => {
  const page = await newPage(browser, DESK);
  await signIn(page, 'admin');
  await page.getByRole('link', { name: '实地调研' }).first().click();
  await page.getByRole('heading', { name: '实地调研', level: 1 }).waitFor();
  await page.getByRole('button', { name: '记录实地调研' }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await drawer.getByText('必填').first().waitFor();
  await drawer.getByRole('combobox', { name: '基层组织' }).click();
  await drawer.getByRole('combobox', { name: '基层组织' }).fill('文水');
  await page.locator('.ant-select-item-option').filter({ hasText: '民进文水县支部' }).click();
  await drawer.getByLabel('调研日期').fill('2026-11-20');
  const visitors = `组织部 测试${Date.now() % 100000}`;
  await drawer.getByLabel('调研人员').fill(visitors);
  await drawer.getByLabel('调研情况').fill('支部按计划开展组织生活，会员参与积极。');
  await assertAccessible(page, 'site visit form');
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await page.getByTestId('site-visit').filter({ hasText: visitors }).waitFor();
  assert.match(await page.getByTestId('site-visit').filter({ hasText: visitors }).textContent(), /2026年11月20日 · 民进文水县支部/);
  await assertAccessible(page, 'site visits');
  await screenshot(page, 'desk-site-visits');
  await page.context().close();
});
