// Committee staff at a desk run the assessment of a campaign: assign assessors (one, in bulk, the refusal of an
// assessor's own branch, removal), read the ranking with a disagreement flag, see finalising refused while a
// consensus is missing, record the consensus from the flagged line; then finalise and publish the results of a
// campaign this test creates for the purpose (dated 2001, so no page that picks the newest campaign sees it).
// In the live campaign this file only adds assignments for assessor3 and scores 交城 (JC) as assessor2 and
// assessor3; assessor1's list, which the scoring journey uses, is left as it was.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  assertAccessible,
  assertNoHorizontalScroll,
  BASE_URL,
  DESK,
  launch,
  newPage,
  PASSWORD,
  PHONE,
  screenshot,
  signIn,
  settle,
} from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function tokenOf(username) {
  const response = await fetch(`${BASE_URL}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  assert.equal(response.status, 200, `${username} signs in`);
  return (await response.json()).accessToken;
}

async function call(token, method, path, body) {
  const response = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

async function liveCampaign(admin) {
  const page = await call(admin, 'GET', '/api/v1/campaigns?status=ACTIVE&sort=-year&size=1');
  return page.items[0];
}

async function branchId(admin, campaignId, code) {
  const page = await call(admin, 'GET', `/api/v1/campaigns/${campaignId}/branches?size=100`);
  return page.items.find((p) => p.branchCode === code).branchId;
}

/** An assessor's submitted scoresheet for a branch, every indicator at `share` of its points (on the 0.5 grid, up). */
async function submitScores(username, campaignId, branch, share) {
  const token = await tokenOf(username);
  const mine = await call(token, 'GET', `/api/v1/campaigns/${campaignId}/scoresheets?branchId=${branch}&size=100`);
  if (mine.items.some((s) => s.status === 'SUBMITTED')) return;
  const standards = await call(token, 'GET', `/api/v1/campaigns/${campaignId}/standards?size=100`);
  const scores = standards.items
    .flatMap((s) => s.indicators)
    .map((i) => ({ indicatorId: i.id, points: Math.ceil(i.maxPoints * share * 2) / 2 }));
  const draft = mine.items[0]
    ? await call(token, 'PUT', `/api/v1/campaigns/${campaignId}/scoresheets/${mine.items[0].id}`, {
        scores,
        version: mine.items[0].version,
      })
    : await call(token, 'POST', `/api/v1/campaigns/${campaignId}/scoresheets`, { branchId: branch, scores });
  await call(token, 'POST', `/api/v1/campaigns/${campaignId}/scoresheets/${draft.id}/submit`, { version: draft.version });
}

async function openLiveCampaign(page) {
  await page.goto(`${BASE_URL}/campaigns?status=ACTIVE`);
  await page
    .getByRole('link', { name: /争创民进全国先进基层组织活动（\d{4}年）/ })
    .first()
    .click();
  await page.getByRole('heading', { level: 1, name: /争创民进全国先进基层组织活动/ }).waitFor();
}

function branchRow(page, name) {
  return page.getByRole('row').filter({ has: page.getByRole('checkbox', { name: `选择 ${name}` }) });
}

/** The sheets an assessor still has to submit, as their phone's to-do card counts them (0 when the line is absent). */
async function sheetsToDo(username) {
  const phone = await newPage(browser, PHONE);
  await signIn(phone, username);
  const card = phone.getByTestId('todo-card');
  await card.waitFor();
  await card.locator('.ant-skeleton').waitFor({ state: 'detached' });
  const line = card.getByRole('link', { name: /待提交的评分表 \d+ 份/ });
  const count = (await line.count()) === 0 ? 0 : Number(/(\d+) 份/.exec(await line.first().textContent())[1]);
  if (count > 0) {
    assert.equal(await line.first().getAttribute('href'), '/scoring', 'the line leads to the scoring list');
    await phone.getByTestId('todo-badge').waitFor();
  }
  await screenshot(phone, `phone-todos-${username}`);
  await phone.context().close();
  return count;
}

test('staff assign assessors in the live campaign: one, in bulk, refused for their own branch, and removed', async () => {
  const before = await sheetsToDo('assessor3');
  const page = await newPage(browser, DESK);
  await signIn(page, 'admin');
  await openLiveCampaign(page);
  await page.getByRole('link', { name: '考核分配' }).click();
  await page.getByRole('heading', { level: 1, name: '考核分配' }).waitFor();
  const load = page.getByTestId('assessor-load');
  await load.getByText('assessor3').waitFor();
  assert.match(await load.getByRole('row').filter({ hasText: 'assessor3' }).textContent(), /民进汾阳市总支/, 'assessor3 belongs to 汾阳');
  await assertNoHorizontalScroll(page, 'assignments');
  await assertAccessible(page, 'assignments');
  await screenshot(page, 'desk-assessment-assignments');

  // assessor3 belongs to 汾阳: the server refuses and the dialog says so, in words and with its own explanation.
  await branchRow(page, '民进汾阳市总支').getByRole('button', { name: '为 民进汾阳市总支 分配考核组成员' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox').click();
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: /考核组 赵评.*本组织成员/ })
    .click();
  await dialog.getByText('以下组合为成员所在组织').waitFor();
  await dialog.getByRole('button', { name: /分\s*配/ }).click();
  const refusal = dialog.getByTestId('refusal');
  await refusal.getByText('考核组成员不能为本人所在的基层组织评分。').waitFor();
  assert.doesNotMatch(await refusal.textContent(), /[A-Za-z]{4,}/, "said in Chinese only, not in the server's English");
  await assertAccessible(page, 'conflict of interest refused');
  await screenshot(page, 'desk-assessment-conflict');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });

  // Bulk: assessor3 to 岚县 and 柳林 at once.
  await branchRow(page, '民进岚县支部').getByRole('checkbox').check();
  await branchRow(page, '民进柳林县支部').getByRole('checkbox').check();
  await page.getByRole('status').filter({ hasText: '已选 2 个组织' }).waitFor();
  await page.getByRole('button', { name: /批量分配/ }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByText('为 2 个组织分配考核组成员').waitFor();
  await settle(page);
  // Picked by searching and pressing Enter on the one option left: a click on a list still sliding open can be lost.
  const picker = dialog.getByRole('combobox');
  await picker.click();
  await picker.fill('赵评');
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option-active')
    .filter({ hasText: /考核组 赵评/ })
    .waitFor();
  await picker.press('Enter');
  await dialog.locator('.ant-select-selection-item').filter({ hasText: '考核组 赵评' }).waitFor();
  // Several may be chosen, so the list stays open: a tap outside the field (on the title) closes it.
  await dialog.getByText('为 2 个组织分配考核组成员').click();
  await page.locator('.ant-select-dropdown').waitFor({ state: 'hidden' });
  await dialog.getByRole('button', { name: /分\s*配/ }).click();
  const done = page.getByText(/新分配 \d 项，\d 项原已分配/);
  await done.waitFor();
  const added = Number(/新分配 (\d) 项/.exec(await done.textContent())[1]);
  await branchRow(page, '民进岚县支部').getByTestId('assignment').filter({ hasText: '考核组 赵评' }).waitFor();
  await branchRow(page, '民进柳林县支部').getByTestId('assignment').filter({ hasText: '考核组 赵评' }).waitFor();
  await page.getByRole('status').filter({ hasText: '勾选多个组织后可一次分配多名成员' }).waitFor();
  await assertAccessible(page, 'after a bulk assignment');
  await screenshot(page, 'desk-assessment-bulk-done');

  // One assessor to one branch, then removed again (assessor1's list stays as the demo made it).
  const jk = branchRow(page, '民进交口县支部');
  await jk.getByRole('button', { name: '为 民进交口县支部 分配考核组成员' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox').click();
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: /考核组 王评/ })
    .click();
  await dialog.getByRole('button', { name: /分\s*配/ }).click();
  await page.getByText('已分配 考核组 王评 为 民进交口县支部 评分').waitFor();
  await jk.getByTestId('assignment').filter({ hasText: '考核组 王评' }).waitFor();
  await jk.getByRole('button', { name: '取消 考核组 王评 对 民进交口县支部 的分配' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByText('其未提交的评分草稿将被删除').waitFor();
  await dialog.getByRole('button', { name: '取消分配' }).click();
  await page.getByText('已取消分配').waitFor();
  await jk.getByTestId('assignment').filter({ hasText: '考核组 王评' }).waitFor({ state: 'detached' });
  await page.context().close();

  // The new assignments are on assessor3's to-do list, on their phone's home and in the header's badge.
  assert.equal(await sheetsToDo('assessor3'), before + added, 'each new branch is one more sheet to submit');
});

test('staff see a disagreement flagged, finalising refused without a consensus, and record the consensus', async () => {
  const admin = await tokenOf('admin');
  const campaign = await liveCampaign(admin);
  const jc = await branchId(admin, campaign.id, 'JC');
  // Two assessors far apart on 交城: everything in full against 60 %.
  await submitScores('assessor2', campaign.id, jc, 1);
  await submitScores('assessor3', campaign.id, jc, 0.6);

  const page = await newPage(browser, DESK);
  await signIn(page, 'admin');
  await openLiveCampaign(page);
  await page.getByRole('link', { name: '评分结果' }).click();
  await page.getByRole('heading', { level: 1, name: '评分结果' }).waitFor();
  const line = page.getByTestId('result-JC');
  await line.getByTestId('flag-disagreement').getByText('评分分歧').waitFor();
  assert.equal(await line.getByTestId('flag-consensus').count(), 0);
  const waiting = page.getByTestId('awaiting-consensus');
  assert.match(await waiting.textContent(), /评分分歧超过 10 分，尚未录入合议结果.*民进交城县支部/);
  await assertAccessible(page, 'results with a disagreement');
  await screenshot(page, 'desk-assessment-results');

  // Only the flagged branches, through the filter in the address.
  await page.getByText('有评分分歧', { exact: true }).click();
  await page.waitForURL(/flagged=yes/);
  await page.getByTestId('result-LS').waitFor({ state: 'detached' });
  await line.waitFor();
  // Sorted by total, highest first, through the column header.
  // Each click waits until the page shows its effect, not only the address: a click that lands while the table
  // still renders the previous state would compute its next sort order from that state.
  await page.getByText('全部', { exact: true }).click();
  await page.waitForURL((url) => !url.searchParams.has('flagged'));
  await page.getByTestId('result-LS').waitFor();
  const totalHeader = page.getByRole('columnheader', { name: '总分' });
  await totalHeader.click();
  await page.waitForURL(/sort=total/);
  await page.locator('th[aria-sort="ascending"]', { hasText: '总分' }).waitFor();
  await totalHeader.click();
  await page.waitForURL(/sort=-total/);
  await page.locator('th[aria-sort="descending"]', { hasText: '总分' }).waitFor();
  // The lines follow once the sorted page arrives (ascending before, so this waits for a real change).
  await page.waitForFunction(() => {
    const totals = [...document.querySelectorAll('tbody tr td:nth-child(3)')]
      .map((td) => Number(td.textContent))
      .filter((n) => !Number.isNaN(n));
    return totals.length > 1 && totals.every((v, i) => i === 0 || totals[i - 1] >= v);
  });

  // Finalising is refused while 交城 has no consensus; the refusal names it.
  await page.getByRole('button', { name: /定\s*稿/ }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByText(/定稿后评分、分配和合议都不能再修改/).waitFor();
  await dialog.getByRole('button', { name: /定\s*稿/ }).click();
  const refusal = page.getByTestId('refusal');
  await refusal.getByText('有评分分歧的组织尚未录入合议结果，不能定稿。').waitFor();
  assert.match(await refusal.textContent(), /民进交城县支部/);
  await page.getByText('评分进行中').first().waitFor();
  await assertAccessible(page, 'finalising refused');
  await screenshot(page, 'desk-assessment-finalise-refused');

  // The consensus, from the flagged line: the assessors' scores beside it.
  await line.getByRole('button', { name: '录入合议 民进交城县支部' }).click();
  dialog = page.getByRole('dialog');
  const reviews = dialog.getByTestId('consensus-reviews');
  await reviews.getByText('考核组 李评').waitFor();
  await reviews.getByText('考核组 赵评').waitFor();
  await dialog.getByRole('button', { name: '保存合议结果' }).click();
  await dialog.getByText('必填').first().waitFor();
  const points = dialog.getByRole('spinbutton');
  assert.equal(await points.count(), 4, 'a score per standard');
  await points.nth(0).fill('21.5');
  await dialog.getByLabel('合议理由').fill('经实地调研核实，组织生活记录齐全，评审二的低分依据不足。');
  await dialog.getByLabel('参加人员').fill('考核组 李评、考核组 赵评、组织部 张部长');
  await assertAccessible(page, 'consensus form');
  await screenshot(page, 'desk-assessment-consensus');
  await dialog.getByRole('button', { name: '保存合议结果' }).click();
  await page.getByText('合议结果已保存').waitFor();
  await dialog.waitFor({ state: 'hidden' });
  await line.getByTestId('flag-consensus').getByText('已合议').waitFor();
  await waiting.waitFor({ state: 'detached' });
  await line.getByRole('button', { name: '修改合议 民进交城县支部' }).waitFor();
  await settle(page);
  await screenshot(page, 'desk-assessment-consensus-recorded');
  await page.context().close();
});

test('staff finalise and then publish the results of a campaign of their own', async () => {
  const admin = await tokenOf('admin');
  const stamp = Date.now() % 100000;
  const title = `定稿演练（测试${stamp}）`;
  const template = (await call(admin, 'GET', '/api/v1/campaigns?year=2009&size=1')).items[0];
  const own = await call(admin, 'POST', `/api/v1/campaigns/${template.id}/copy`, { title, year: 2001, startsOn: '2001-09-01' });
  const branches = await call(admin, 'GET', '/api/v1/branches?q=XX&size=5');
  const xx = branches.items.find((b) => b.code === 'XX').id;
  await call(admin, 'POST', `/api/v1/campaigns/${own.id}/branches`, { branchId: xx });
  // a copy is a draft; scoring starts once it is started
  const draft = await call(admin, 'GET', `/api/v1/campaigns/${own.id}`);
  await call(admin, 'POST', `/api/v1/campaigns/${own.id}/activate`, { version: draft.version });
  const assessors = await call(admin, 'GET', `/api/v1/campaigns/${own.id}/assignments/assessors?size=100`);
  const assessor1 = assessors.items.find((a) => a.username === 'assessor1').assessorId;
  await call(admin, 'POST', `/api/v1/campaigns/${own.id}/assignments`, { branchId: xx, assessorId: assessor1 });
  await submitScores('assessor1', own.id, xx, 0.8);

  const page = await newPage(browser, DESK);
  await signIn(page, 'admin');
  await page.goto(`${BASE_URL}/campaigns/${own.id}`);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByRole('link', { name: '评分结果' }).click();
  const line = page.getByTestId('result-XX');
  await line.getByText('民进兴县支部').waitFor();
  assert.equal(await page.getByTestId('awaiting-consensus').count(), 0);

  await page.getByRole('button', { name: /定\s*稿/ }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByText(title, { exact: false }).waitFor();
  await dialog.getByRole('button', { name: /定\s*稿/ }).click();
  await page.getByText('考核结果已定稿').waitFor();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText('已定稿', { exact: true }).waitFor();
  assert.equal(await page.getByRole('button', { name: /定\s*稿/ }).count(), 0, 'finalised once');
  assert.equal(await line.getByRole('button', { name: /录入合议/ }).count(), 0, 'no consensus after finalising');

  await page.getByRole('button', { name: /公布结果/ }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByText(/公布后领导、考核组成员和各基层组织都能看到排名和得分/).waitFor();
  await assertAccessible(page, 'publish confirmation');
  await dialog.getByRole('button', { name: /公布结果/ }).click();
  await page.getByText('考核结果已公布').waitFor();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText('已公布', { exact: true }).waitFor();
  assert.equal(await page.getByRole('button', { name: /公布结果/ }).count(), 0, 'published once');
  await page.getByRole('button', { name: /导出评分表/ }).waitFor();
  await assertAccessible(page, 'published results');
  await screenshot(page, 'desk-assessment-published');

  // Assignments can no longer change.
  await page.getByRole('link', { name: '考核分配' }).click();
  await page.getByText('考核结果已定稿，分配和评分不能再修改。').waitFor();
  assert.equal(await page.getByRole('button', { name: /^分\s*配$/ }).count(), 0);
  await page.context().close();
});
