// Committee staff at a desk: the branch list, search, validation from the server, create; and the list on a phone.
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

const rows = (page) => page.locator('.ant-table-tbody tr.ant-table-row');

test('admin at a desk: 13 demo branches, search in Chinese, a server field error, then a new branch', async () => {
  const page = await newPage(browser, DESK);
  await signIn(page, 'admin');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await assertAccessible(page, 'staff home');
  await screenshot(page, 'desk-home');

  await page.getByRole('link', { name: '基层组织', exact: true }).click();
  await page.waitForURL(/\/branches$/);
  await page.getByTestId('branch-total').waitFor();
  const total = Number((await page.getByTestId('branch-total').textContent()).match(/\d+/)[0]);
  assert.ok(total >= 13, `at least the 13 demo branches, got ${total}`);
  await page.locator('.ant-table-tbody').getByText('民进孝义市基层委员会').waitFor();
  assert.equal(await rows(page).count(), Math.min(total, 20));
  await assertAccessible(page, 'branch list');
  await screenshot(page, 'desk-branches');

  await page.getByRole('searchbox').fill('孝义');
  await page.getByRole('searchbox').press('Enter');
  await page.waitForURL(/q=%E5%AD%9D%E4%B9%89/);
  await page.getByTestId('branch-total').filter({ hasText: '共 1 个' }).waitFor();
  assert.equal(await rows(page).count(), 1);
  assert.match(await rows(page).first().textContent(), /孝义/);
  await screenshot(page, 'desk-branches-search');

  // Create with a code another branch has: the server's refusal lands on the code field.
  const suffix = Date.now().toString(36).toUpperCase();
  await page.getByRole('button', { name: /新建组织/ }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel('编码').fill('XY');
  await drawer.getByLabel('名称').fill(`民进测试支部${suffix}`);
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await drawer.getByText('已有组织使用该编码').waitFor();
  await assertAccessible(page, 'branch form with an error');
  await screenshot(page, 'desk-branch-form-error');

  await drawer.getByLabel('编码').fill(`T${suffix}`);
  await drawer.getByLabel('成员数').fill('12');
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await page.getByText(`已创建「民进测试支部${suffix}」`).waitFor();
  await page.getByRole('searchbox').fill(suffix);
  await page.getByRole('searchbox').press('Enter');
  await page.locator('.ant-table-tbody').getByText(`民进测试支部${suffix}`).waitFor();
  assert.equal(await rows(page).count(), 1);
  await page.context().close();
});

test('admin on a phone: the branch list is cards with no horizontal scrolling', async () => {
  const page = await newPage(browser, PHONE);
  await signIn(page, 'admin');
  await page.goto(`${BASE_URL}/branches`);
  await page.getByText('民进孝义市基层委员会').waitFor();
  assert.equal(await page.locator('.ant-table').count(), 0, 'no wide table on a phone');
  await assertNoHorizontalScroll(page, 'phone branch list');
  await assertTouchTargets(page, 'phone branch list');
  await assertAccessible(page, 'phone branch list');
  await screenshot(page, 'phone-branches');

  await page.getByRole('button', { name: /新建组织/ }).click();
  await page.getByRole('dialog').getByLabel('编码').waitFor();
  await assertNoHorizontalScroll(page, 'phone branch form');
  await screenshot(page, 'phone-branch-form');
  await page.context().close();
});

test('a leadership viewer sees the list but no create, edit or archive', async () => {
  const page = await newPage(browser, PHONE);
  await signIn(page, 'leader');
  // Past the tab bar's entries, the rest of the menu is under "more".
  await page.getByRole('button', { name: '更多' }).click();
  await page.getByRole('link', { name: '基层组织', exact: true }).click();
  await page.getByText('民进孝义市基层委员会').waitFor();
  assert.equal(await page.getByRole('button', { name: /新建组织/ }).count(), 0);
  assert.equal(await page.getByRole('button', { name: /归\s*档/ }).count(), 0);
  await screenshot(page, 'phone-viewer-branches');
  await page.context().close();
});
