// Committee staff configure a campaign from scratch at a desk: create it, add a phase and a standard with an
// indicator, a deliverable type with two field definitions, add and remove branches; a refusal and a stale
// version are said in words. Everything acts on the draft campaign this file creates (no other file sees it).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  assertAccessible,
  assertNoHorizontalScroll,
  assertTouchTargets,
  BASE_URL,
  DESK,
  launch,
  newPage,
  PHONE,
  pickDate,
  screenshot,
  settle,
  signIn,
} from './support.mjs';

let browser;
let campaignUrl;
const suffix = Date.now().toString(36).toUpperCase();
const title = `配置测试活动 ${suffix}`;

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

async function pickOption(page, scope, label, option) {
  await scope.getByLabel(label).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).click();
}

/** The drawer whose title is `name`: only one is open at a time, but a closing one may still be in the page. */
function drawer(page, name) {
  return page.getByRole('dialog').filter({ has: page.getByText(name, { exact: true }) });
}

async function save(dialog) {
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
}

test('staff create a campaign from scratch and configure it', async () => {
  const page = await newPage(browser, DESK);
  await signIn(page, 'admin');
  await page.goto(`${BASE_URL}/campaigns`);
  await page.getByRole('heading', { name: '争创活动', level: 1 }).waitFor();

  // A new campaign from scratch: the title is required, then it lands on its own page as a draft.
  await page.getByRole('button', { name: /新建活动/ }).click();
  const create = drawer(page, '新建活动');
  await create.getByRole('button', { name: /新\s*建/ }).click();
  await create.getByText('必填').first().waitFor();
  await create.getByLabel('活动名称').fill(title);
  await create.getByLabel('年度').fill('2031');
  await create.getByLabel('指导思想').fill('以创建活动为载体，加强基层组织建设。');
  await pickOption(page, create, '评分汇总方式', '中位数');
  await assertAccessible(page, 'create campaign drawer');
  await screenshot(page, 'desk-campaign-create');
  await create.getByRole('button', { name: /新\s*建/ }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByText('这是草稿活动').waitFor();
  campaignUrl = page.url().split('?')[0];
  assert.match(campaignUrl, /\/campaigns\/\d+$/);
  await page.getByText('以创建活动为载体，加强基层组织建设。').waitFor();

  // A phase.
  await openTab(page, '活动步骤');
  await page.getByText('尚未设置活动步骤。').waitFor();
  await page.getByRole('button', { name: /添加活动步骤/ }).click();
  const phase = drawer(page, '添加活动步骤');
  await phase.getByLabel('阶段名称').fill('宣传动员');
  await phase.getByLabel('阶段编码').fill('MOBILISATION');
  await pickDate(phase, '开始日期', '2031-09-01');
  await pickDate(phase, '结束日期（含）', '2031-10-31');
  await assertAccessible(page, 'phase drawer');
  await save(phase);
  await page.getByTestId('phase-MOBILISATION').getByText('2031年9月1日 至 2031年10月31日').waitFor();
  await screenshot(page, 'desk-config-phases');

  // A standard with one indicator; the running sum shows while typing.
  await openTab(page, '考核标准');
  await page.getByText('尚未设置考核标准。').waitFor();
  await page.getByRole('button', { name: /添加考核标准/ }).click();
  const standard = drawer(page, '添加考核标准');
  await standard.getByLabel('标准编码').fill('STUDY');
  await standard.getByLabel('标准名称').fill('重视学习');
  await standard.getByLabel('满分').fill('25');
  await standard.getByLabel('编码', { exact: true }).fill('STUDY_1');
  await standard.getByLabel('细则内容').fill('组织会员学习有关文件和理论');
  await standard.getByLabel('分值').fill('20');
  await standard.getByRole('status').filter({ hasText: '细则分值合计 20 分，满分 25 分' }).waitFor();
  await standard.getByLabel('分值').fill('25');
  await standard.getByRole('status').filter({ hasText: '细则分值合计 25 分，满分 25 分' }).waitFor();
  await assertAccessible(page, 'standard drawer');
  await save(standard);
  const study = page.getByTestId('standard-STUDY');
  await study.getByText('组织会员学习有关文件和理论').waitFor();
  assert.match(await study.textContent(), /重视学习 · 25 分/);

  // A deliverable type of the phase with two structured fields.
  await openTab(page, '提交材料');
  await page.getByRole('button', { name: '添加材料类型（宣传动员）' }).click();
  const type = drawer(page, '添加材料类型');
  await type.getByLabel('材料名称').fill('实施方案');
  await type.getByLabel('材料编码').fill('IMPLEMENTATION_PLAN');
  await type.getByLabel('必交材料').check();
  await type.getByRole('button', { name: /添加填写项/ }).click();
  const first = type.getByRole('group', { name: '填写项 1' });
  await first.getByLabel('显示名称').fill('通过日期');
  await first.getByLabel('字段标识').fill('adoptedOn');
  await pickOption(page, first, '类型', '日期');
  await first.getByLabel('必填').check();
  await type.getByRole('button', { name: /添加填写项/ }).click();
  const second = type.getByRole('group', { name: '填写项 2' });
  await second.getByLabel('显示名称').fill('方案内容');
  // A key the first field already has is refused before anything is sent.
  await second.getByLabel('字段标识').fill('adoptedOn');
  await save(type);
  await second.getByText('字段标识不能重复').waitFor();
  await second.getByLabel('字段标识').fill('content');
  await pickOption(page, second, '类型', '多行文字');
  await second.getByLabel('最多字数').fill('20000');
  await assertAccessible(page, 'deliverable type drawer');
  await screenshot(page, 'desk-deliverable-type-drawer');
  await save(type);
  const plan = page.getByTestId('type-IMPLEMENTATION_PLAN');
  await plan.getByText('填写项：通过日期、方案内容').waitFor();
  assert.match(await plan.textContent(), /必交/);
  await assertAccessible(page, 'deliverable types');
  await screenshot(page, 'desk-config-types');

  // The phase now has a deliverable type: deleting it is refused, and the refusal is said in words.
  await openTab(page, '活动步骤');
  await page.getByRole('button', { name: '删除 宣传动员' }).click();
  await page
    .getByRole('dialog')
    .filter({ hasText: '删除活动步骤' })
    .getByRole('button', { name: /删\s*除/ })
    .click();
  await page.getByTestId('refusal').filter({ hasText: '该阶段已有提交材料类型，不能删除。' }).waitFor();
  await page.getByTestId('phase-MOBILISATION').waitFor();
  await assertAccessible(page, 'phase refusal');
  await screenshot(page, 'desk-config-phase-refused');

  // Branches: search and pick two, then remove one.
  await openTab(page, '参加组织');
  await page.getByText('还没有基层组织参加。').waitFor();
  await page.getByRole('button', { name: /添加参加组织/ }).click();
  const add = drawer(page, '添加参加组织');
  const picker = add.getByRole('combobox', { name: '基层组织' });
  await picker.click();
  await picker.fill('交口');
  await page.locator('.ant-select-item-option').filter({ hasText: '民进交口县支部（JK）' }).click();
  await picker.fill('方山');
  await page.locator('.ant-select-item-option').filter({ hasText: '民进方山县支部（FS）' }).click();
  await assertAccessible(page, 'add participants drawer');
  await screenshot(page, 'desk-add-participants');
  await add.getByRole('button', { name: /添\s*加/ }).click();
  await page.getByText('已添加 2 个组织').waitFor();
  await page.getByTestId('participant-total').filter({ hasText: '共 2 个参加组织' }).waitFor();
  await page.getByRole('cell', { name: '民进交口县支部', exact: true }).waitFor();
  await page.getByRole('cell', { name: '民进方山县支部', exact: true }).waitFor();
  await assertAccessible(page, 'participants');
  await screenshot(page, 'desk-config-participants');

  await page.getByRole('button', { name: '移除 民进方山县支部' }).click();
  await page
    .getByRole('dialog')
    .filter({ hasText: '移除参加组织' })
    .getByRole('button', { name: /移\s*除/ })
    .click();
  await page.getByTestId('participant-total').filter({ hasText: '共 1 个参加组织' }).waitFor();
  assert.equal(await page.getByRole('cell', { name: '民进方山县支部', exact: true }).count(), 0);
  // The heading counts the branches too.
  await page.getByRole('heading', { level: 1, name: title }).locator('..').getByText('1 个').waitFor();
  await page.context().close();
});

test('a deliverable type changed elsewhere meanwhile asks for a reload, then saves', async () => {
  assert.ok(campaignUrl, 'the campaign of the first test');
  const page = await newPage(browser, DESK);
  await signIn(page, 'admin');
  await page.goto(`${campaignUrl}?tab=types`);
  await page.getByRole('button', { name: '编辑 实施方案' }).click();
  const mine = drawer(page, '编辑材料类型“实施方案”');
  await mine.getByLabel('说明').fill('各基层组织结合实际制定');

  // Someone else renames the type in another window.
  const other = await newPage(browser, DESK);
  await signIn(other, 'admin');
  await other.goto(`${campaignUrl}?tab=types`);
  await other.getByRole('button', { name: '编辑 实施方案' }).click();
  const theirs = drawer(other, '编辑材料类型“实施方案”');
  await theirs.getByLabel('材料名称').fill('创建活动实施方案');
  await save(theirs);
  await other.getByTestId('type-IMPLEMENTATION_PLAN').getByText('创建活动实施方案').waitFor();
  await other.context().close();

  await save(mine);
  await mine.getByRole('alert').filter({ hasText: '该材料类型已被他人修改。请重新加载后再操作。' }).waitFor();
  await assertAccessible(page, 'stale deliverable type');
  await screenshot(page, 'desk-deliverable-type-stale');
  await mine.getByRole('button', { name: /重新加载/ }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('input')].some((i) => i.value === '创建活动实施方案'));
  await save(mine);
  await page.getByText('材料类型“创建活动实施方案”已保存').waitFor();
  await page.getByTestId('type-IMPLEMENTATION_PLAN').getByText('创建活动实施方案').waitFor();
  await page.context().close();
});

test('the configuration fits a phone', async () => {
  assert.ok(campaignUrl, 'the campaign of the first test');
  const page = await newPage(browser, PHONE);
  await signIn(page, 'admin');
  await page.goto(`${campaignUrl}?tab=participants`);
  await page.getByTestId('participant').filter({ hasText: '民进交口县支部' }).waitFor();
  await assertNoHorizontalScroll(page, 'participants on a phone');
  await assertTouchTargets(page, 'participants on a phone');
  await assertAccessible(page, 'participants on a phone');
  await screenshot(page, 'phone-config-participants');

  await page.goto(`${campaignUrl}?tab=types`);
  await page.getByRole('button', { name: '编辑 创建活动实施方案' }).click();
  const type = drawer(page, '编辑材料类型“创建活动实施方案”');
  await type.getByRole('group', { name: '填写项 2' }).waitFor();
  await settle(page);
  const box = await type.boundingBox();
  assert.ok(box && box.width >= PHONE.width - 1 && box.height >= PHONE.height - 1, 'the drawer fills the phone screen');
  await assertNoHorizontalScroll(page, 'deliverable type drawer on a phone');
  await assertAccessible(page, 'deliverable type drawer on a phone');
  await screenshot(page, 'phone-deliverable-type-drawer');
  await page.context().close();
});
