// An assessor and a leader from nothing, on a phone in WeChat: staff create their accounts (through the API: the
// account screens have their own tests); each signs in for the first time, sets a password and finds their work on
// the home — the assessor an empty list, then the branch assigned to them, scored and submitted to a clean summary;
// the leader the running campaign's figures, read only.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiAs, assertAccessible, assertNoHorizontalScroll, firstSignIn, launch, screenshot } from './support.mjs';

const suffix = Date.now().toString(36);
const TEMPORARY = 'Temp@2026x';
const MINE = 'Mine#2026ok';

let browser;
let asAdmin;
before(async () => {
  browser = await launch();
  asAdmin = await apiAs('admin');
});
after(async () => {
  await browser?.close();
});

/** The phone's tab bar: at most five tabs, and the one named is the current one. */
async function assertTabs(page, current) {
  const tabs = await page.locator('.cx-tabbar .cx-tab').allTextContents();
  assert.ok(tabs.length >= 2 && tabs.length <= 5, `two to five tabs, got ${tabs.join(' / ')}`);
  const active = page.locator('.cx-tabbar [aria-current="page"]');
  await active.filter({ hasText: current }).waitFor();
  return tabs;
}

test('a new assessor finds nothing to score, then the branch assigned to them; scores it and submits', async () => {
  const live = (await asAdmin('/api/v1/campaigns?status=ACTIVE&sort=-year&size=1')).items[0];
  const branch = await asAdmin('/api/v1/branches', { code: `A${suffix}`.toUpperCase(), name: `民进评分支部${suffix}`, kind: 'BRANCH' });
  await asAdmin(`/api/v1/campaigns/${live.id}/branches`, { branchId: branch.id });
  const username = `assessor${suffix}`;
  const account = await asAdmin('/api/v1/accounts', {
    username,
    displayName: `新评审员 ${suffix}`,
    roles: ['ASSESSOR'],
    password: TEMPORARY,
  });

  // Nothing assigned yet: the home says so, and offers no branch management.
  const page = await firstSignIn(browser, username, TEMPORARY, MINE);
  await page.getByText('您还没有被分配评分的基层组织').waitFor();
  assert.equal(await page.getByText('管理基层组织').count(), 0);
  assert.equal(await page.getByText('陆续上线').count(), 0);
  await assertTabs(page, '首页');
  await assertAccessible(page, 'assessor home, nothing assigned');

  // Staff assign the new branch; the home lists it as the task.
  await asAdmin(`/api/v1/campaigns/${live.id}/assignments`, { branchId: branch.id, assessorId: account.id });
  await page.reload();
  const start = page.getByRole('button', { name: `评分 ${branch.name}` });
  await start.waitFor();
  await page.getByTestId('scoring-progress').filter({ hasText: '0' }).waitFor();
  await assertNoHorizontalScroll(page, 'assessor home');
  await screenshot(page, 'new-assessor-home');

  await start.click();
  await page.waitForURL(new RegExp(`/scoring/${live.id}/${branch.id}$`));
  await page.getByRole('heading', { name: branch.name, level: 1 }).waitFor();
  // The branch has handed in nothing and assessed nothing: the drawer says so, and no self-assessed score shows.
  await page.getByRole('button', { name: /材料/ }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByText('该组织在本活动还没有已提交的材料').waitFor();
  await drawer.getByRole('button', { name: /关闭|Close/ }).click();
  await drawer.waitFor({ state: 'hidden' });
  assert.equal(await page.getByTestId('self-points').count(), 0);

  // Every indicator at its full points, then submitted: the total is the sum of the maxima.
  const inputs = page.getByRole('spinbutton');
  await inputs.first().waitFor();
  const count = await inputs.count();
  let full = 0;
  for (let i = 0; i < count; i += 1) {
    const max = await inputs.nth(i).getAttribute('aria-valuemax');
    full += Number(max);
    await inputs.nth(i).fill(max);
  }
  await page
    .getByTestId('score-total')
    .filter({ hasText: `合计 ${full} / ${full} 分` })
    .waitFor();
  await page.getByRole('button', { name: '提交评分' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '提交评分' }).click();
  await page.getByText('评分已提交，不能再修改。').waitFor();
  await page.getByTestId('score-summary').waitFor();
  assert.equal(await inputs.count(), 0, 'no score fields once submitted');
  assert.equal(await page.getByTestId('score-total').textContent(), `合计 ${full} / ${full} 分`);
  await assertAccessible(page, 'new assessor, submitted');

  // Back home, the task reads as done.
  await page.locator('.cx-tabbar').getByText('首页').click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('button', { name: `查看 ${branch.name}` }).waitFor();
  await page.getByTestId('scoring-progress').filter({ hasText: '1' }).waitFor();
  await page.context().close();
});

test('a new leader finds the running campaign’s figures on the home, read only', async () => {
  const live = (await asAdmin('/api/v1/campaigns?status=ACTIVE&sort=-year&size=1')).items[0];
  const username = `leader${suffix}`;
  await asAdmin('/api/v1/accounts', { username, displayName: `新领导 ${suffix}`, roles: ['VIEWER'], password: TEMPORARY });

  const page = await firstSignIn(browser, username, TEMPORARY, MINE);
  await page.getByTestId('campaign-picker').getByText(live.title, { exact: false }).waitFor();
  await page.locator('[data-testid="tile-figures"][data-state="ready"]').waitFor();
  assert.equal(
    await page.getByTestId('figure-participants').locator('.ant-statistic-content').textContent(),
    String(live.participantCount),
  );
  assert.equal(await page.getByText('陆续上线').count(), 0);
  const tabs = await assertTabs(page, '首页');
  assert.ok(!tabs.some((t) => /创建|新建/.test(t)), `no tab reads as creating something: ${tabs.join(' / ')}`);
  const editing = await page
    .locator('#main')
    .locator('button, a[href], [role=button]')
    .evaluateAll((els) => els.map((el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim()))
    .then((names) => names.filter((n) => /编辑|新建|删除|保存|提交|审核|评分/.test(n.replace(/\s/g, ''))));
  assert.deepEqual(editing, [], 'no edit controls for a leader');
  await assertNoHorizontalScroll(page, 'new leader home');
  await assertAccessible(page, 'new leader home');
  await screenshot(page, 'new-leader-home');

  // The ranking tab is one tap away and highlighted once open.
  await page.locator('.cx-tabbar').getByText('考核排名').click();
  await page.waitForURL(/\/ranking$/);
  await page.getByRole('heading', { name: '考核排名', level: 1 }).waitFor();
  await assertTabs(page, '考核排名');
  await page.context().close();
});
