// The organisation tree from the screen: staff of the city committee add a county committee below theirs, open it,
// add a branch in it and an administrator for it; the new administrator, once the temporary password is changed,
// stands in the county committee and sees its one branch, none of the city's. Staff of the province see the roll-up
// (汇总) of their cities, step down into one with the year kept, and export it.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import {
  assertAccessible,
  assertNoHorizontalScroll,
  assertTouchTargets,
  BASE_URL,
  DESK,
  firstSignIn,
  launch,
  newPage,
  openFromMenu,
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

const suffix = Date.now().toString(36).toUpperCase();
const TEMPORARY = 'Temp@2026x';
const MINE = 'Mine#2026ok';
const CITY = '民进吕梁市委员会';

test('staff add a county committee, a branch and an administrator in it; that administrator sees only its branch', async () => {
  const page = await newPage(browser, DESK);
  await signIn(page, 'admin');
  // The header says where the user stands.
  await page.getByTestId('my-organisation').filter({ hasText: CITY }).waitFor();

  await page.getByRole('link', { name: '组织', exact: true }).click();
  await page.waitForURL(/\/organisations$/);
  await page.getByRole('heading', { level: 1, name: CITY }).waitFor();
  await page.getByText('本级', { exact: true }).waitFor();
  await page.getByTestId('organisation-code').filter({ hasText: 'SX-LL' }).waitFor();
  await page.waitForFunction(() => !document.querySelector('#main .ant-skeleton, #main .cx-skeleton'));
  await assertAccessible(page, 'own organisation');
  await screenshot(page, 'desk-organisation');

  // A county committee below: the only level below a city committee is the one offered.
  const county = `民进测试区委员会${suffix}`;
  await page.getByRole('button', { name: /新建下级组织/ }).click();
  const dialog = page.getByRole('dialog', { name: `在「${CITY}」下新建组织` });
  await dialog.getByLabel('名称').fill(county);
  await dialog.getByLabel('编码').fill(`E2E-${suffix}`);
  await dialog.getByTitle('县区委').waitFor();
  await dialog.getByLabel('级别').click();
  const levels = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await levels.first().waitFor();
  assert.deepEqual(await levels.allTextContents(), ['县区委']);
  await levels.first().click();
  await assertAccessible(page, 'new organisation dialog');
  await dialog.getByRole('button', { name: /新\s*建/ }).click();
  await page.getByText(`已创建「${county}」`).waitFor();
  await dialog.waitFor({ state: 'hidden' });

  // Down into it: the trail leads back up, and a county committee has nothing below it. (The list below and the
  // roll-up both name it; either link leads there.)
  await page.getByRole('link', { name: county, exact: true }).first().click();
  await page.waitForURL(/\/organisations\/\d+$/);
  const organisationId = Number(new URL(page.url()).pathname.split('/').pop());
  await page.getByRole('heading', { level: 1, name: county }).waitFor();
  const trail = page.getByRole('navigation', { name: '组织层级' });
  await trail.getByRole('link', { name: CITY, exact: true }).waitFor();
  await page.getByText('县区委是最低一级组织，下面不再设组织。').waitFor();
  await page.getByTestId('organisation-branch-count').filter({ hasText: '共有 0 个基层组织' }).waitFor();
  assert.equal(await page.getByRole('button', { name: /新建下级组织/ }).count(), 0);
  await assertAccessible(page, 'county committee');
  await screenshot(page, 'desk-organisation-county');

  // Its branches: none yet. One is added from there, and goes to this organisation.
  await page.getByRole('button', { name: /查看基层组织/ }).click();
  await page.waitForURL(new RegExp(`/branches\\?organisationId=${organisationId}$`));
  await page.getByText('没有符合条件的基层组织').waitFor();
  await page.getByRole('search').getByTitle(county).waitFor();
  const branch = `民进测试支部${suffix}`;
  await page.getByRole('button', { name: /新建组织/ }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByTitle(county).waitFor();
  await drawer.getByLabel('编码').fill(`B${suffix}`);
  await drawer.getByLabel('名称', { exact: true }).fill(branch);
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await page.getByText(`已创建「${branch}」`).waitFor();
  await page.getByTestId('branch-total').filter({ hasText: '共 1 个' }).waitFor();
  const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: branch });
  assert.match(await row.textContent(), new RegExp(county));

  // Back up: the organisation counts its branch, and is not deleted while it holds one.
  await page.goBack();
  await page.waitForURL(new RegExp(`/organisations/${organisationId}$`));
  await page.getByTestId('organisation-branch-count').filter({ hasText: '共有 1 个基层组织' }).waitFor();
  await page.getByRole('button', { name: /删\s*除/ }).click();
  const sure = page.getByRole('dialog').filter({ hasText: `确定删除「${county}」吗` });
  await sure.getByRole('button', { name: /删\s*除/ }).click();
  await page.getByRole('alert').filter({ hasText: '该组织还有下级组织、基层组织、活动、账号或接口客户端' }).waitFor();
  await page.getByRole('heading', { level: 1, name: county }).waitFor();

  // An administrator for it, from the account screen: the user's own organisation is offered first, the new one is
  // found by its name.
  await page.getByRole('link', { name: '账号', exact: true }).click();
  await page.waitForURL(/\/accounts$/);
  await page.getByTestId('account-total').waitFor();
  await page.getByRole('button', { name: /新建账号/ }).click();
  const form = page.getByRole('dialog');
  const username = `org${suffix.toLowerCase()}`;
  await form.getByLabel('用户名').fill(username);
  await form.getByLabel('姓名').fill(`测试区委会 ${suffix}`);
  await form.getByLabel('身份').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '管理员' }).click();
  await page.keyboard.press('Escape');
  await form.getByTitle(CITY).waitFor();
  await form.getByLabel('所属组织', { exact: true }).fill(`测试区委员会${suffix}`);
  await page.locator('.ant-select-item-option').filter({ hasText: county }).click();
  await form.getByTitle(county).waitFor();
  await form.getByLabel('初始密码').fill(TEMPORARY);
  await form.getByRole('button', { name: /保\s*存/ }).click();
  await page.getByText(`已创建账号「${username}」`).waitFor();
  await page.context().close();

  // The new administrator, on a phone: the temporary password first, then their county committee and its branch.
  const phone = await firstSignIn(browser, username, TEMPORARY, MINE);
  await phone.getByTestId('my-organisation').filter({ hasText: county }).waitFor();
  await openFromMenu(phone, '基层组织');
  await phone.waitForURL(/\/branches$/);
  await phone.getByTestId('branch-total').filter({ hasText: '共 1 个' }).waitFor();
  await phone.getByRole('link', { name: branch }).waitFor();
  assert.equal(await phone.locator('#main .ant-card').count(), 1, 'one branch card');
  assert.equal(await phone.getByText('民进孝义市基层委员会').count(), 0, 'none of the city committee’s branches');
  await assertNoHorizontalScroll(phone, 'new administrator, branches');
  await screenshot(phone, 'phone-organisation-admin-branches');

  // Their own organisation is the top of what they see: no way up, nothing of the city's.
  await openFromMenu(phone, '组织');
  await phone.waitForURL(/\/organisations$/);
  await phone.getByRole('heading', { level: 1, name: county }).waitFor();
  await phone.getByTestId('organisation-branch-count').filter({ hasText: '共有 1 个基层组织' }).waitFor();
  assert.equal(await phone.getByRole('navigation', { name: '组织层级' }).count(), 0);
  assert.equal(await phone.getByRole('button', { name: /删\s*除/ }).count(), 0, 'their own organisation stays');
  await phone.waitForFunction(() => !document.querySelector('#main .ant-skeleton, #main .cx-skeleton'));
  await assertNoHorizontalScroll(phone, 'new administrator, organisation');
  await assertTouchTargets(phone, 'new administrator, organisation');
  await assertAccessible(phone, 'new administrator, organisation');
  await screenshot(phone, 'phone-organisation');
  await phone.context().close();
});

test('staff of the province see the roll-up of their cities, step down into one with the year kept, and export it', async () => {
  const PROVINCE = '民进山西省委员会';
  const TAIYUAN = '民进太原市委员会';
  const page = await newPage(browser, DESK);
  await signIn(page, 'shanxi');
  await page.goto(`${BASE_URL}/organisations`);
  await page.getByRole('heading', { level: 1, name: PROVINCE }).waitFor();

  const rollup = page.getByRole('region', { name: '汇总', exact: true });
  const table = rollup.getByRole('region', { name: `${PROVINCE}各下级组织汇总` });
  const row = (name) => table.locator('tr.ant-table-row').filter({ has: page.getByRole('link', { name, exact: true }) });
  await row(CITY).waitFor();
  await row(TAIYUAN).waitFor();
  // The branches are the first figure after the name. Lüliang has 13, or more when another test added some.
  const branchesOf = async (name) => Number(await row(name).locator('td').nth(1).textContent());
  assert.equal(await branchesOf(TAIYUAN), 2);
  assert.ok((await branchesOf(CITY)) >= 13, 'Lüliang counts its branches, its counties’ included');
  // The province holds no branch itself: its total is the sum of its cities'.
  const rows = await table.locator('tr.ant-table-row').evaluateAll((trs) => trs.map((tr) => Number(tr.cells[1].textContent)));
  const overall = rollup.getByTestId('rollup-overall-branches');
  assert.equal(
    Number(await overall.getAttribute('data-value')),
    rows.reduce((a, b) => a + b, 0),
  );
  await page.waitForFunction(() => !document.querySelector('#main .ant-skeleton, #main .cx-skeleton'));
  await assertAccessible(page, 'province roll-up');
  await screenshot(page, 'desk-organisation-rollup');

  // The spreadsheet of all years, from a download link; the page stays.
  const [file] = await Promise.all([page.waitForEvent('download'), rollup.getByRole('button', { name: /导出 Excel/ }).click()]);
  assert.match(file.suggestedFilename(), /汇总\.xlsx$|rollup-\d+\.xlsx$/);
  assert.equal((await readFile(await file.path())).subarray(0, 2).toString('latin1'), 'PK', 'an XLSX (zip) file');
  const url = new URL(file.url());
  assert.match(url.pathname, /^\/api\/v1\/exports\/organisations\/\d+\/rollup\.xlsx$/);
  assert.equal(url.searchParams.get('year'), null);
  assert.match(page.url(), /\/organisations$/);

  // This year only: the branches stay, and the step down into Taiyuan keeps the year.
  const year = new Date().getFullYear();
  await rollup.getByRole('combobox', { name: '年度' }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: `${year} 年` })
    .click();
  await page.waitForURL(new RegExp(`/organisations\\?year=${year}$`));
  await page.locator('[data-testid="organisation-rollup"][aria-busy="false"]').waitFor();
  assert.equal(await branchesOf(TAIYUAN), 2);
  await row(TAIYUAN).getByRole('link', { name: TAIYUAN, exact: true }).click();
  await page.waitForURL(new RegExp(`/organisations/\\d+\\?year=${year}$`));
  await page.getByRole('heading', { level: 1, name: TAIYUAN }).waitFor();
  await rollup.getByTitle(`${year} 年`).waitFor();
  await rollup.getByTestId('rollup-overall-branches').and(page.locator('[data-value="2"]')).waitFor();
  await page.context().close();
});
