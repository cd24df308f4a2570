// Leadership on a phone, read only: the dashboard of the live campaign with its chart, the published ranking of the
// 2009 campaign as a list and a bar chart, a campaign whose results are not published yet, and large text.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  assertAccessible,
  assertNoHorizontalScroll,
  assertTouchTargets,
  BASE_URL,
  launch,
  newPage,
  PASSWORD,
  PHONE,
  screenshot,
  signIn,
} from './support.mjs';

let browser;
let token;
before(async () => {
  browser = await launch();
  const answer = await fetch(`${BASE_URL}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'leader', password: PASSWORD }),
  });
  token = (await answer.json()).accessToken;
});
after(async () => {
  await browser?.close();
});

async function api(path) {
  const answer = await fetch(`${BASE_URL}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  return { status: answer.status, body: await answer.json() };
}

// Anything that changes data: none of it may be offered to a viewer.
const EDITING = /编辑|新建|修改|删除|保存|提交|审核|通过|退回|启动|结束|归档|评分|记录/;

async function assertReadOnly(page, label) {
  const names = await page
    .locator('#main')
    .locator('button, a[href], [role=button]')
    .evaluateAll((els) => els.map((el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim()));
  const editing = names.filter((n) => EDITING.test(n.replace(/\s/g, '')));
  assert.deepEqual(editing, [], `${label}: no edit controls for a viewer`);
}

async function assertPhoneWidth(page, label) {
  const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
  assert.ok(width <= 390, `${label}: the page is ${width}px wide on a 390px phone`);
  await assertNoHorizontalScroll(page, label);
}

test('leadership on a phone: the live campaign read only, then the published 2009 ranking', async () => {
  const page = await newPage(browser, PHONE);
  const scripts = [];
  const requests = [];
  page.on('request', (r) => {
    requests.push(r.url());
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto(`${BASE_URL}/login`);
  await page.getByLabel('用户名').waitFor();
  assert.equal(scripts.filter((u) => u.includes('echart')).length, 0, 'no chart code on the sign-in page');

  const campaigns = (await api('/api/v1/campaigns?sort=-year&size=100')).body.items;
  const live = campaigns.find((c) => c.status === 'ACTIVE');
  const closed = campaigns.find((c) => c.year === 2009);
  await signIn(page, 'leader');

  // Home: the live campaign's figures and phase chart; its results are not published, which is said kindly.
  await page.getByTestId('campaign-picker').getByText(live.title, { exact: false }).waitFor();
  await page.locator('[data-testid="tile-figures"][data-state="ready"]').waitFor();
  assert.equal(
    await page.getByTestId('figure-participants').locator('.ant-statistic-content').textContent(),
    String(live.participantCount),
  );
  await page.getByTestId('progress-chart').locator('canvas').waitFor();
  assert.ok(
    scripts.some((u) => u.includes('echart')),
    'the chart code is fetched for the first chart',
  );
  const liveResults = await api(`/api/v1/campaigns/${live.id}/results?size=5`);
  if (live.resultsStatus !== 'PUBLISHED') {
    assert.equal(liveResults.status, 403);
    assert.equal(liveResults.body.code, 'RESULTS_NOT_PUBLISHED');
    await page.locator('[data-testid="tile-ranking"][data-state="empty"]').getByText('考核结果尚未公布').waitFor();
    const asked = requests.filter((u) => new URL(u).pathname === `/api/v1/campaigns/${live.id}/results`);
    assert.deepEqual(asked, [], 'the home does not ask for results it would be refused');
  }
  await page.locator('[data-testid="tile-late"][data-state="ready"]').waitFor();
  assert.equal(await page.getByTestId('late-review').count(), 0, 'no review queue for a viewer');
  await assertReadOnly(page, 'viewer dashboard');
  await assertPhoneWidth(page, 'viewer dashboard');
  await assertTouchTargets(page, 'viewer dashboard');
  await assertAccessible(page, 'viewer dashboard');
  await screenshot(page, 'phone-viewer-dashboard');

  // The ranking opens on the newest published campaign: 2009.
  const ranking = (await api(`/api/v1/campaigns/${closed.id}/results?size=100&sort=rank`)).body;
  await page.getByRole('link', { name: '考核排名', exact: true }).click();
  await page.waitForURL(/\/ranking$/);
  await page.getByRole('heading', { name: '考核排名', level: 1 }).waitFor();
  await page.getByTestId('campaign-picker').getByText('已结束，结果已公布').waitFor();
  await page.getByTestId('ranking-chart').locator('canvas').waitFor();
  const items = page.getByTestId('tile-ranking-list').getByTestId('ranking-item');
  await items.first().waitFor();
  assert.equal(await items.count(), ranking.total);
  const first = ranking.items[0];
  assert.match(await items.first().textContent(), new RegExp(`^${first.rank}${first.branchName}${first.total} 分`));
  const tied = ranking.items.filter((r) => ranking.items.some((o) => o !== r && o.rank === r.rank)).length;
  assert.ok(tied >= 2, 'the 2009 ranking has a shared rank');
  assert.equal(await page.getByTestId('ranking-rank').filter({ hasText: '并列' }).count(), tied);
  const ineligible = ranking.items.filter((r) => !r.eligible);
  assert.equal(await items.filter({ hasText: '不具备评选资格' }).count(), ineligible.length);
  await assertReadOnly(page, 'published ranking');
  await assertPhoneWidth(page, 'published ranking');
  await assertTouchTargets(page, 'published ranking');
  await assertAccessible(page, 'published ranking');
  await screenshot(page, 'phone-viewer-ranking');

  // The live campaign's ranking is not published yet: a friendly empty state, no chart.
  await page.getByRole('combobox', { name: '查看的活动' }).click();
  await page.locator('.ant-select-item-option').filter({ hasText: live.title }).click();
  await page.waitForURL(new RegExp(`campaign=${live.id}`));
  await page.getByText('考核结果尚未公布，公布后即可在此查看排名。').waitFor();
  assert.equal(await page.getByTestId('ranking-chart').count(), 0);
  assert.equal(await page.getByRole('button', { name: /重\s*试/ }).count(), 0, 'not an error');
  await assertPhoneWidth(page, 'unpublished ranking');
  await assertAccessible(page, 'unpublished ranking');
  await screenshot(page, 'phone-viewer-ranking-unpublished');
  await page.context().close();
});

test('offline on a phone: a page not yet downloaded says so, the tab bar stays, and it opens when the network is back', async () => {
  const page = await newPage(browser, PHONE);
  await signIn(page, 'leader');
  await page.locator('[data-testid="tile-figures"][data-state="ready"]').waitFor();
  await page.context().setOffline(true);
  await page.getByRole('status').filter({ hasText: '网络已断开' }).waitFor();
  // The menu's code is fetched when it is first opened: offline, that says so and the page stays.
  await page.getByRole('button', { name: '菜单', exact: true }).click();
  await page.getByText('无法连接服务器，请检查网络后重试。').waitFor();
  // the home stays: its figures are still there, not an error page
  await page.locator('[data-testid="tile-figures"][data-state="ready"]').waitFor();
  assert.equal(await page.getByText('出现未知错误').count(), 0, 'the home stays');
  await page.getByRole('link', { name: '考核排名', exact: true }).click();
  await page.getByText('这一页还没有下载到手机上。恢复网络后会自动打开。').waitFor();
  assert.equal(await page.getByText('出现未知错误').count(), 0, 'not an unknown error');
  assert.ok(await page.getByRole('link', { name: '首页', exact: true }).isVisible(), 'the tab bar stays');
  await assertPhoneWidth(page, 'offline page');
  await screenshot(page, 'phone-offline');
  await page.context().setOffline(false);
  await page.getByRole('heading', { name: '考核排名', level: 1 }).waitFor();
  await page.getByTestId('tile-ranking-list').getByTestId('ranking-item').first().waitFor();
  // Online again, the menu opens on the next tap.
  await page.getByRole('button', { name: '菜单', exact: true }).click();
  await page.getByRole('dialog').getByTestId('current-user').waitFor();
  await page.context().close();
});

test('large text on a phone: the ranking still fits and reads', async () => {
  const page = await newPage(browser, PHONE);
  await signIn(page, 'leader');
  await page.getByRole('button', { name: '菜单' }).click();
  await page.getByRole('switch', { name: '大字模式' }).click();
  await page.locator('.cx-large-text').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('.ant-drawer').waitFor({ state: 'detached' });
  await page.getByRole('link', { name: '考核排名', exact: true }).click();
  await page.getByTestId('ranking-chart').locator('canvas').waitFor();
  const size = await page
    .getByTestId('tile-ranking-list')
    .getByTestId('ranking-item')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.ok(size >= 18, `large text (${size}px)`);
  await assertPhoneWidth(page, 'large-text ranking');
  await assertTouchTargets(page, 'large-text ranking');
  await assertAccessible(page, 'large-text ranking');
  await screenshot(page, 'phone-viewer-ranking-large-text');

  await page.getByRole('link', { name: '首页', exact: true }).click();
  await page.getByTestId('progress-chart').locator('canvas').waitFor();
  await page.locator('[data-testid="tile-figures"][data-state="ready"]').waitFor();
  await assertPhoneWidth(page, 'large-text dashboard');
  await assertAccessible(page, 'large-text dashboard');
  await screenshot(page, 'phone-viewer-dashboard-large-text');
  await page.context().close();
});
