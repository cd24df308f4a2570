// Committee staff at a desk: a shortlist drawn from final results, adjusted with reasons, announced, approved under a
// resolution number and published, then corrected; objections recorded and resolved during a running notice; a
// feedback report edited and released; and the files answer from their download links. Each test works on a campaign
// of its own (copied from 2009 and finalised through the API), so the demo's 2009 list stays as it is.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { call, finalisedCampaign, token } from './commendation-data.mjs';
import { BASE_URL, DESK, assertAccessible, confirm, day, launch, newPage, pickDate, screenshot, settle, signIn } from './support.mjs';

const suffix = String(Date.now() % 100000);
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function pickOption(page, text) {
  await page.locator('.ant-select-item-option').filter({ hasText: text }).first().click();
}

/** Clicks a download button and asks the link it followed again: it must answer 200 with the file's type. */
async function assertDownload(page, button, contentType, pathPattern) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const url = new URL(file.url());
  assert.match(url.pathname, pathPattern);
  assert.ok(url.searchParams.get('download'), 'a download link, not a blob');
  const res = await fetch(url);
  assert.equal(res.status, 200, `${url.pathname} answers`);
  assert.equal(res.headers.get('content-type'), contentType);
  const bytes = Buffer.from(await res.arrayBuffer());
  return bytes;
}

async function openDesk(page, title) {
  await page.goto(`${BASE_URL}/commendation`);
  await page.getByRole('link', { name: `进入 ${title}` }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

test('staff draw a shortlist by grade, adjust it with reasons, announce, approve, publish and correct it', async () => {
  const campaign = await finalisedCampaign(`表彰测试甲 ${suffix}`, ['JC', 'XX', 'LX', 'LL', 'SL']);
  const page = await newPage(browser, DESK);
  await signIn(page, 'admin');
  await page.getByRole('link', { name: '表彰' }).click();
  await page.waitForURL(/\/commendation$/);
  await page.getByRole('link', { name: `进入 ${campaign.title}` }).waitFor();
  await assertAccessible(page, 'commendation campaigns');
  await screenshot(page, 'desk-commendation-campaigns');

  await page.getByRole('link', { name: `进入 ${campaign.title}` }).click();
  await page.getByRole('heading', { level: 1, name: campaign.title }).waitFor();
  await page.getByText('还没有表彰名单').waitFor();
  await assertAccessible(page, 'commendation desk');
  await screenshot(page, 'desk-commendation-desk');

  // By grade: 良好 and better, i.e. 交城 (94), 兴县 (90) and 临县 (80.5); 柳林 and 石楼 are 合格.
  await page.getByLabel('最低等次').click();
  await pickOption(page, '良好');
  await page.getByRole('button', { name: '生成初步名单' }).click();
  await page.waitForURL(/\/commendation\/lists\/\d+$/);
  const listUrl = page.url();
  await page.getByText('已生成初步名单，共 3 个基层组织').waitFor();
  const cell = (name) => page.getByRole('cell', { name, exact: true });
  for (const name of ['民进交城县支部', '民进兴县支部', '民进临县支部']) await cell(name).waitFor();
  assert.equal(await cell('民进柳林县支部').count(), 0);

  // Take 临县 off and put 柳林 on, each with its reason; both show in the history.
  await page.getByRole('button', { name: /^移出\s*民进临县支部$/ }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: /移\s*出/ }).click();
  await dialog.getByText('必填').waitFor(); // no reason, no change
  await dialog.getByLabel('理由').fill('经复核，该支部年度内有一次组织生活未按计划开展');
  await dialog.getByRole('button', { name: /移\s*出/ }).click();
  await page.getByText('已移出「民进临县支部」').waitFor();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('button', { name: '加入基层组织' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('基层组织').click();
  await pickOption(page, '民进柳林县支部');
  await dialog.getByLabel('理由').fill('该支部社情民意信息被市级采用，经会市委研究增补');
  await dialog.getByRole('button', { name: '加入基层组织' }).click();
  await page.getByText('已加入「民进柳林县支部」').waitFor();
  await dialog.waitFor({ state: 'hidden' });
  await cell('民进柳林县支部').waitFor();
  assert.equal(await cell('民进临县支部').count(), 0);
  const history = page.getByTestId('adjustment');
  assert.equal(await history.count(), 2);
  assert.match(await history.nth(0).textContent(), /admin 移出「民进临县支部」.*组织生活未按计划开展/);
  assert.match(await history.nth(1).textContent(), /admin 加入「民进柳林县支部」.*市级采用/);
  await assertAccessible(page, 'adjusted shortlist');
  await screenshot(page, 'desk-commendation-shortlist');

  // A notice that has already run its course (held on paper): entered once the campaign has a recorded-history
  // date (set on the campaign page; here through the API), then no objections now, approval possible.
  const admin = await token('admin');
  const before = await call(admin, 'GET', `/campaigns/${campaign.id}`);
  await call(admin, 'POST', `/campaigns/${campaign.id}/recorded-history`, {
    asOf: day(-9),
    reason: '补录纸质公示',
    version: before.version,
  });
  await page.getByRole('button', { name: '开始公示' }).click();
  dialog = page.getByRole('dialog');
  await pickDate(dialog, '公示开始日期', day(-9));
  await pickDate(dialog, '公示结束日期', day(-2));
  await assertAccessible(page, 'notice dialog');
  await dialog.getByRole('button', { name: '开始公示' }).click();
  await page.getByText('已开始公示').waitFor();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText(/公示已于 .* 结束，不能再登记异议/).waitFor();
  assert.ok(await page.getByRole('button', { name: '登记异议' }).isDisabled());

  const resolution = `民进吕梁市委〔2026〕${suffix}号`;
  await page.getByRole('button', { name: '批准名单' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('批准文号').fill(resolution);
  await dialog.getByRole('button', { name: '批准名单' }).click();
  await page.getByText('名单已批准').waitFor();
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await page.getByTestId('resolution-number').textContent(), resolution);
  assert.equal(await page.getByRole('button', { name: '加入基层组织' }).count(), 0, 'an approved list is not adjusted');

  await page.getByRole('button', { name: '发布名单' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByText('发布后名单不能再修改').waitFor();
  await dialog.getByRole('button', { name: '发布名单' }).click();
  await page.getByText('名单已发布').waitFor();
  await page.locator('.cx-tag').filter({ hasText: '已发布' }).waitFor();
  await settle(page);
  await assertAccessible(page, 'published list (staff)');
  await screenshot(page, 'desk-commendation-published');

  // The list and a certificate download from their links as PDF.
  const pdf = await assertDownload(
    page,
    page.getByRole('button', { name: '下载名单（PDF）' }),
    'application/pdf',
    /^\/api\/v1\/exports\/commendation-lists\/\d+\.pdf$/,
  );
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  await assertDownload(
    page,
    page.getByRole('button', { name: /荣誉证书.*民进柳林县支部/ }),
    'application/pdf',
    /^\/api\/v1\/exports\/commendation-lists\/\d+\/certificates\/\d+\.pdf$/,
  );

  // A published list never changes: a correction is a new list naming it.
  const publishedId = Number(listUrl.split('/').pop());
  await page.getByRole('button', { name: '更正已发布的名单' }).click();
  await confirm(page);
  await page.waitForURL((url) => url.pathname !== new URL(listUrl).pathname && /\/commendation\/lists\/\d+$/.test(url.pathname));
  await page.getByText(`本名单是对名单 #${publishedId} 的更正。`).waitFor();
  await page.getByText(`更正名单 #${publishedId}`).waitFor();
  for (const name of ['民进交城县支部', '民进兴县支部', '民进柳林县支部']) await cell(name).waitFor();
  await page.goto(listUrl);
  await page.getByText(/本名单正在由名单 #\d+ 更正（尚未发布）。/).waitFor();
  await page.context().close();
});

test('objections during a running notice: recorded anonymously, resolved, and approval explains why it waits', async () => {
  const campaign = await finalisedCampaign(`表彰测试乙 ${suffix}`, ['JC', 'XX', 'LX']);
  const page = await newPage(browser, DESK);
  await signIn(page, 'admin');
  await openDesk(page, campaign.title);

  // The top 2 by rank.
  await page.getByText('按排名前 N 名').click();
  await page.getByLabel('名额').fill('2');
  await page.getByRole('button', { name: '生成初步名单' }).click();
  await page.waitForURL(/\/commendation\/lists\/\d+$/);
  await page.getByText('按排名：前 2 名').waitFor();

  // The default notice runs from today for a week.
  await page.getByRole('button', { name: '开始公示' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: '开始公示' }).click();
  // The notice's state is waited on, not its passing toast (the first test checks that).
  await dialog.waitFor({ state: 'hidden' });
  const approve = page.getByRole('button', { name: '批准名单' });
  await page.getByTestId('approve-why').waitFor();
  assert.ok(await approve.isDisabled());
  await page
    .getByTestId('approve-why')
    .getByText(/公示期到 .* 结束/)
    .waitFor();

  await page.getByRole('button', { name: '登记异议' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('针对的基层组织').click();
  await pickOption(page, '民进兴县支部');
  assert.ok(await dialog.getByLabel('匿名反映').isChecked(), 'anonymous unless a name is given');
  await dialog.getByLabel('异议内容').fill('反映该支部部分活动照片与记录不符');
  await assertAccessible(page, 'objection dialog');
  await dialog.getByRole('button', { name: '登记异议' }).click();
  await page.getByText('已登记异议').waitFor();
  await dialog.waitFor({ state: 'hidden' });
  const objection = page.getByTestId('objection');
  await objection.getByText('匿名').waitFor();
  await objection.getByText('待处理').waitFor();
  await page.getByTestId('approve-why').getByText('还有 1 条异议未处理').waitFor();
  assert.ok(await approve.isDisabled());
  assert.equal(await approve.getAttribute('aria-describedby'), 'approve-why');
  await assertAccessible(page, 'open objection');
  await screenshot(page, 'desk-commendation-objection');

  await objection.getByRole('button', { name: /^处理\s*（异议 #\d+）$/ }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('核查处理情况').fill('调阅活动记录和照片，与支部负责人谈话核实');
  await dialog.getByLabel('处理结果').fill('照片与记录一致，反映不属实，维持名单');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await page.getByText('已记录处理结果').waitFor();
  await dialog.waitFor({ state: 'hidden' });
  await objection.getByText('已处理').waitFor();
  await objection.getByText('照片与记录一致，反映不属实，维持名单').waitFor();
  // The objection no longer holds approval back; the running notice still does.
  await page.getByTestId('approve-why').getByText('还有 1 条异议未处理').waitFor({ state: 'detached' });
  await page
    .getByTestId('approve-why')
    .getByText(/公示期到 .* 结束，.* 起可以批准/)
    .waitFor();
  assert.ok(await approve.isDisabled());
  await page.context().close();
});

test('staff draft the feedback reports, edit one per standard, release it, and download the files', async () => {
  const campaign = await finalisedCampaign(`表彰测试丙 ${suffix}`, ['JC', 'XX', 'LX']);
  const page = await newPage(browser, DESK);
  await signIn(page, 'admin');
  await openDesk(page, campaign.title);

  const sheet = await assertDownload(
    page,
    page.getByRole('button', { name: '成绩排名表（Excel）' }),
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    /^\/api\/v1\/exports\/campaigns\/\d+\/score-sheet\.xlsx$/,
  );
  assert.equal(sheet.subarray(0, 2).toString('latin1'), 'PK');

  await page.getByRole('tab', { name: '反馈报告' }).click();
  await page.getByText('还没有反馈报告。').waitFor();
  await page.getByRole('button', { name: '生成反馈报告草稿' }).click();
  await page.getByText('新生成 3 份草稿，已有 0 份').waitFor();
  await page.locator('.ant-table-tbody').getByText('草稿').first().waitFor();
  await assertAccessible(page, 'feedback reports');
  await screenshot(page, 'desk-feedback-reports');

  await page.getByRole('link', { name: '编辑 民进兴县支部 的反馈报告' }).click();
  await page.waitForURL(/\/feedback\/\d+$/);
  await page.getByRole('heading', { level: 1, name: '民进兴县支部 反馈报告' }).waitFor();
  // The score of each standard is shown; the drafts came from the assessor's remarks (90 % of the points: strengths).
  await page
    .getByText(/^得分 \d+(\.\d+)?$/)
    .first()
    .waitFor();
  const strengths = page.getByLabel('重视学习 · 优势');
  assert.match(await strengths.inputValue(), /扎实有效/);
  await strengths.fill('坚持每月集中学习，学习记录完整');
  await page.getByLabel('重视学习 · 改进方向').fill('理论学习成果转化为参政议政建议还不够');
  await page.getByLabel('总体评价').fill('创建活动扎实有效，总体表现优秀。');
  await page.getByRole('button', { name: /保\s*存/ }).click();
  await page.getByText('已保存').waitFor();
  await assertAccessible(page, 'feedback editor');
  await screenshot(page, 'desk-feedback-editor');

  await page.getByRole('button', { name: '发布给基层组织' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '发布给基层组织' }).click();
  await page.getByText('报告已发布，不能再修改。').waitFor();
  await page.getByText('坚持每月集中学习，学习记录完整').waitFor();
  await page.getByText('理论学习成果转化为参政议政建议还不够').waitFor();
  await page.getByText('创建活动扎实有效，总体表现优秀。').waitFor();
  const report = await assertDownload(
    page,
    page.getByRole('button', { name: '下载报告（PDF）' }),
    'application/pdf',
    /^\/api\/v1\/exports\/feedback-reports\/\d+\.pdf$/,
  );
  assert.equal(report.subarray(0, 5).toString('latin1'), '%PDF-');

  await page.getByRole('link', { name: '返回活动' }).click();
  await page.getByRole('tab', { name: '反馈报告', selected: true }).waitFor();
  await page.getByRole('link', { name: '查看 民进兴县支部 的反馈报告' }).waitFor();
  await page.context().close();
});
