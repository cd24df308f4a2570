// A branch's member register from nothing, on a phone in WeChat: staff create a new branch and its chair's account
// (through the API: those screens have their own tests); the chair finds an empty register, adds a member by hand,
// sends a spreadsheet with mistakes and reads each row to fix, sends a good one, records a member leaving; a leader
// at a desk reads the same register with names masked.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import {
  apiAs,
  assertAccessible,
  assertNoHorizontalScroll,
  BASE_URL,
  DESK,
  firstSignIn,
  launch,
  newPage,
  openFromMenu,
  screenshot,
  signIn,
} from './support.mjs';

const suffix = Date.now().toString(36);
const TEMPORARY = 'Temp@2026x';
const MINE = 'Mine#2026ok';
const fixture = (name) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

let browser;
let asAdmin;
before(async () => {
  browser = await launch();
  asAdmin = await apiAs('admin');
});
after(async () => {
  await browser?.close();
});

test('a new branch keeps its member register on a phone: by hand, from a spreadsheet, and when a member leaves', async () => {
  const branch = await asAdmin('/api/v1/branches', { code: `M${suffix}`.toUpperCase(), name: `民进名册支部${suffix}`, kind: 'BRANCH' });
  const username = `chair${suffix}`;
  await asAdmin('/api/v1/accounts', {
    username,
    displayName: `名册支部 ${suffix}`,
    roles: ['BRANCH'],
    branchId: branch.id,
    password: TEMPORARY,
  });
  const page = await firstSignIn(browser, username, TEMPORARY, MINE);
  await openFromMenu(page, '成员名册');
  await page.getByRole('heading', { name: '成员名册', level: 1 }).waitFor();
  await page.getByText('名册还是空的').waitFor();
  await assertAccessible(page, 'empty member register');

  // One by hand.
  await page.getByRole('button', { name: '添加成员' }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel('姓名').fill('王建华');
  await drawer.getByLabel('入会日期').fill('2010-03-01');
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await drawer.waitFor({ state: 'hidden' });
  await page.getByTestId('member').filter({ hasText: '王建华' }).waitFor();
  await page.getByTestId('member-total').filter({ hasText: '在册 1 人' }).waitFor();

  // A sheet with mistakes: nothing comes in, each row says what to fix.
  await page.getByTestId('member-import-file').setInputFiles(fixture('members-with-errors.xlsx'));
  const errors = page.getByTestId('import-errors');
  await errors.waitFor();
  const lines = await errors.getByRole('listitem').allTextContents();
  assert.equal(lines.length, 2, lines.join(' / '));
  assert.match(lines[0], /第 3 行「姓名」/);
  assert.match(lines[1], /第 4 行「职务」/);
  await page.getByTestId('member-total').filter({ hasText: '在册 1 人' }).waitFor();
  await assertNoHorizontalScroll(page, 'member import refused');
  await screenshot(page, 'phone-members-import-errors');

  // A good sheet: three come in.
  await page.getByTestId('member-import-file').setInputFiles(fixture('members.xlsx'));
  await page.getByTestId('import-outcome').filter({ hasText: '已导入 3 人' }).waitFor();
  await page.getByTestId('member-total').filter({ hasText: '在册 4 人，共 4 人' }).waitFor();
  for (const name of ['王建华', '李明远', '赵丽华', '孙志刚']) await page.getByTestId('member').filter({ hasText: name }).waitFor();

  // A member leaves: kept, no longer among the current ones.
  await page.getByRole('button', { name: '修改 孙志刚' }).click();
  await drawer.getByLabel('离开日期').fill('2026-11-30');
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await drawer.waitFor({ state: 'hidden' });
  await page.getByTestId('member-total').filter({ hasText: '在册 3 人，共 4 人' }).waitFor();
  await page.getByText('已离开', { exact: true }).click();
  await page.getByTestId('member').filter({ hasText: '孙志刚' }).filter({ hasText: '2026年11月30日' }).waitFor();
  await assertAccessible(page, 'member register');
  await screenshot(page, 'phone-members');

  // Leadership at a desk read the register from the branch's page, names masked, nothing to change.
  const leader = await newPage(browser, DESK);
  await signIn(leader, 'leader');
  await leader.goto(`${BASE_URL}/branches/${branch.id}`);
  await leader.getByRole('link', { name: '成员名册' }).click();
  await leader.getByRole('heading', { name: '成员名册', level: 1 }).waitFor();
  await leader.getByRole('cell', { name: '王*华' }).waitFor();
  assert.equal(await leader.getByRole('cell', { name: '王建华' }).count(), 0, 'names are masked for leadership');
  assert.equal(await leader.getByRole('button', { name: '添加成员' }).count(), 0);
  assert.equal(await leader.getByRole('button', { name: /修改/ }).count(), 0);
});
