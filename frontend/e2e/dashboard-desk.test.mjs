// Committee staff at a desk: the dashboard of the live campaign (figures, phase chart, late deliverables,
// scoring progress, top of the ranking), switching to the 2009 campaign, the full ranking, a tile failing on its
// own, and large text. Figures are compared with what the API says at the time, so earlier files may change data.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertAccessible, assertNoHorizontalScroll, BASE_URL, DESK, launch, newPage, PASSWORD, screenshot, signIn } from './support.mjs';

let browser;
let token;
before(async () => {
  browser = await launch();
  const answer = await fetch(`${BASE_URL}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: PASSWORD }),
  });
  token = (await answer.json()).accessToken;
});
after(async () => {
  await browser?.close();
});

async function api(path) {
  const answer = await fetch(`${BASE_URL}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  assert.equal(answer.status, 200, `GET ${path}`);
  return answer.json();
}

/** What the dashboard should say about a campaign, straight from the API. */
async function expected(campaignId) {
  const progress = await api(`/api/v1/campaigns/${campaignId}/progress?size=100`);
  const campaign = await api(`/api/v1/campaigns/${campaignId}`);
  const sum = (key, phases = progress.phases) => phases.reduce((n, p) => n + (p.totals?.[key] ?? 0), 0);
  // 未交 counts the phases under way or over, as the page does (in the browser's calendar, as the page reads it)
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const started = progress.phases.filter((p) => p.phaseId === campaign.currentPhaseId || (p.endsOn && p.endsOn < today));
  const queue = await api(`/api/v1/campaigns/${campaignId}/deliverables?status=SUBMITTED&size=1`);
  const assignments = await api(`/api/v1/campaigns/${campaignId}/assignments?size=1`);
  const submitted = await api(`/api/v1/campaigns/${campaignId}/scoresheets?size=1&status=SUBMITTED`);
  const results = await api(`/api/v1/campaigns/${campaignId}/results?size=5&sort=rank`);
  return {
    late: sum('late'),
    missing: sum('missing', started),
    waiting: queue.total,
    expectedSheets: assignments.total,
    submittedSheets: submitted.total,
    top: results.items.filter((r) => r.rank != null),
    resultsStatus: results.resultsStatus,
  };
}

const tile = (page, id) => page.getByTestId(id);
const ready = (page, id) => page.locator(`[data-testid="${id}"][data-state="ready"]`).waitFor();

test('staff see the live campaign at a glance and switch to the 2009 campaign', async () => {
  const page = await newPage(browser, DESK);
  const scripts = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await page.goto(`${BASE_URL}/login`);
  await page.getByLabel('用户名').waitFor();
  assert.equal(scripts.filter((u) => u.includes('echart')).length, 0, 'no chart code on the sign-in page');

  const live = (await api('/api/v1/campaigns?status=ACTIVE&sort=-year&size=1')).items[0];
  const want = await expected(live.id);
  await signIn(page, 'admin');
  await page.getByRole('combobox', { name: '查看的活动' }).waitFor();
  await page.getByTestId('campaign-picker').getByText(live.title, { exact: false }).waitFor();

  await ready(page, 'tile-figures');
  // the figures' grid shows at once with placeholders; it is no longer busy once its counts came
  await page.locator('[data-testid="figures"][aria-busy="false"]').waitFor();
  assert.equal(await page.getByTestId('figure-late').locator('.ant-statistic-content').textContent(), String(want.late));
  assert.equal(
    await page.getByTestId('figure-participants').locator('.ant-statistic-content').textContent(),
    String(live.participantCount),
  );

  await tile(page, 'tile-phases').getByTestId('progress-chart').locator('canvas').waitFor();
  assert.ok(
    scripts.some((u) => u.includes('echart')),
    'the chart code comes with the first chart',
  );
  await tile(page, 'tile-phases').getByTestId('phase-summary').getByText('宣传动员').waitFor();

  await ready(page, 'tile-late');
  assert.equal(
    await page.getByTestId('late-counts').textContent(),
    `逾期 ${want.late} 份 · 未交 ${want.missing} 份 · 待审核 ${want.waiting} 份`,
  );
  const lateItems = await page.getByTestId('late-short-list').getByRole('listitem').count();
  assert.ok(lateItems >= 1 && lateItems <= 5, `a short list of late deliverables (${lateItems})`);

  await ready(page, 'tile-scoring');
  assert.equal(
    await page.getByTestId('scoring-submitted').textContent(),
    `已提交 ${want.submittedSheets} / ${want.expectedSheets} 份评分表`,
  );

  await ready(page, 'tile-ranking');
  const top = tile(page, 'tile-ranking').getByTestId('ranking-item');
  assert.equal(await top.count(), Math.min(5, want.top.length));
  assert.match(await top.first().textContent(), new RegExp(`${want.top[0].branchName}${want.top[0].total} 分`));
  if (want.resultsStatus !== 'PUBLISHED') await page.getByTestId('ranking-provisional').getByText('仅会市委可见').waitFor();
  await assertAccessible(page, 'staff dashboard');
  await screenshot(page, 'desk-dashboard');

  // The late list leads to the board of the same campaign, and to the review queue.
  await page.getByTestId('late-more').click();
  await page.waitForURL(new RegExp(`/progress\\?campaign=${live.id}$`));
  await page.getByRole('heading', { name: '进度看板', level: 1 }).waitFor();
  await page.getByText(live.title).waitFor();
  await page.goBack();
  await page.getByTestId('late-review').click();
  await page.waitForURL(/\/review$/);
  await page.goBack();

  // Another campaign: the 2009 one, closed with published results.
  const closed = (await api('/api/v1/campaigns?year=2009&size=1')).items[0];
  const then = await expected(closed.id);
  await page.getByRole('combobox', { name: '查看的活动' }).click();
  await page.locator('.ant-select-item-option').filter({ hasText: '已结束，结果已公布' }).click();
  await page.waitForURL(new RegExp(`campaign=${closed.id}`));
  await ready(page, 'tile-ranking');
  await page.getByTestId('scoring-submitted').getByText(`已提交 ${then.submittedSheets} / ${then.expectedSheets} 份评分表`).waitFor();
  assert.match(await tile(page, 'tile-ranking').getByTestId('ranking-item').first().textContent(), new RegExp(then.top[0].branchName));
  assert.equal(await page.getByTestId('ranking-provisional').count(), 0, 'published results are not provisional');
  assert.equal(await page.getByTestId('late-review').count(), 0, 'nothing to review in a closed campaign');
  await tile(page, 'tile-phases').locator('canvas').waitFor();
  await assertAccessible(page, 'staff dashboard, 2009');
  await screenshot(page, 'desk-dashboard-2009');

  await page.getByTestId('ranking-more').click();
  await page.waitForURL(new RegExp(`/ranking\\?campaign=${closed.id}$`));
  await page.getByRole('heading', { name: '考核排名', level: 1 }).waitFor();
  await page.getByTestId('ranking-chart').locator('canvas').waitFor();
  assert.equal(await page.getByTestId('tile-ranking-list').getByTestId('ranking-item').count(), 13);
  await assertAccessible(page, 'ranking at a desk');
  await screenshot(page, 'desk-ranking');
  await page.context().close();
});

test('a tile that fails says so and recovers on retry while the others stay', async () => {
  const page = await newPage(browser, DESK);
  const failing = (route) =>
    route.fulfill({ status: 503, contentType: 'application/problem+json', body: '{"status":503,"title":"Service Unavailable"}' });
  await page.route(/\/api\/v1\/campaigns\/\d+\/assignments\?/, failing);
  await signIn(page, 'admin');
  const scoring = page.locator('[data-testid="tile-scoring"][data-state="error"]');
  await scoring.getByText('评分信息加载失败').waitFor();
  await ready(page, 'tile-figures');
  await ready(page, 'tile-ranking');
  await assertAccessible(page, 'dashboard with a failed tile');
  await screenshot(page, 'desk-dashboard-tile-error');
  const retry = scoring.getByRole('button', { name: /重\s*试/ });
  await retry.waitFor();
  await page.unroute(/\/api\/v1\/campaigns\/\d+\/assignments\?/, failing);
  await retry.click();
  await ready(page, 'tile-scoring');
  await page.getByTestId('scoring-submitted').waitFor();
  await page.context().close();
});

test('large text keeps the dashboard whole and readable', async () => {
  const page = await newPage(browser, DESK);
  await signIn(page, 'admin');
  await ready(page, 'tile-figures');
  const before = await page.getByTestId('tile-figures').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await page.getByRole('switch', { name: '大字模式' }).click();
  await page.locator('.cx-large-text').waitFor();
  const after = await page.getByTestId('tile-figures').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.ok(after > before, `text grows (${before}px -> ${after}px)`);
  await tile(page, 'tile-phases').locator('canvas').waitFor();
  await ready(page, 'tile-ranking');
  await assertNoHorizontalScroll(page, 'large-text dashboard');
  await assertAccessible(page, 'large-text dashboard');
  await screenshot(page, 'desk-dashboard-large-text');
  await page.context().close();
});
