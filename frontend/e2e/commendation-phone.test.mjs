// On a phone: a branch chair reads its released feedback report, downloads it and its certificate, and reads the
// published commendation list; a branch that was not commended gets no certificate; a leader reads the list.
// Everything here is the demo's 2009 campaign, which ships published and released; nothing is changed.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  assertAccessible,
  assertNoHorizontalScroll,
  assertTouchTargets,
  BASE_URL,
  launch,
  newPage,
  openFromMenu,
  PHONE,
  screenshot,
  signIn,
} from './support.mjs';

const CAMPAIGN = '争创民进全国先进基层组织活动';
const RESOLUTION = '民进吕梁市委〔2010〕12号';
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Clicks a download button and asks the link it followed again: it must answer 200 with a PDF. */
async function assertPdf(page, button, pathPattern) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const url = new URL(file.url());
  assert.match(url.pathname, pathPattern);
  const res = await fetch(url);
  assert.equal(res.status, 200, `${url.pathname} answers`);
  assert.equal(res.headers.get('content-type'), 'application/pdf');
  assert.equal(
    Buffer.from(await res.arrayBuffer())
      .subarray(0, 5)
      .toString('latin1'),
    '%PDF-',
  );
}

async function checkScreen(page, label, shot) {
  await assertNoHorizontalScroll(page, label);
  await assertTouchTargets(page, label);
  await assertAccessible(page, label);
  await screenshot(page, shot);
}

/** The 2009 list from the list of published lists (other campaigns may have lists of their own). */
async function open2009List(page, who) {
  await openFromMenu(page, '表彰');
  await page.waitForURL(/\/commendation$/);
  await page.getByRole('heading', { level: 2, name: CAMPAIGN, exact: true }).waitFor();
  await checkScreen(page, `published lists (${who})`, `phone-commendation-lists-${who}`);
  await page.getByRole('link', { name: `查看名单 ${RESOLUTION}` }).click();
  await page.waitForURL(/\/commendation\/lists\/\d+$/);
  await page.getByRole('heading', { level: 1, name: `${CAMPAIGN} 表彰名单` }).waitFor();
  assert.equal(await page.getByTestId('resolution-number').textContent(), RESOLUTION);
  assert.equal(await page.getByTestId('resolution-date').textContent(), '2010年12月6日');
}

test('a commended branch chair reads its feedback report, downloads it and its certificate, and sees the list', async () => {
  const page = await newPage(browser, PHONE);
  await signIn(page, 'xiaoyi');
  await openFromMenu(page, '反馈');
  await page.waitForURL(/\/feedback$/);
  await page.getByRole('heading', { level: 2, name: CAMPAIGN, exact: true }).waitFor();
  await checkScreen(page, 'my feedback reports', 'phone-feedback-mine');

  await page.getByRole('link', { name: `查看 ${CAMPAIGN}` }).click();
  await page.waitForURL(/\/feedback\/\d+$/);
  await page.getByRole('heading', { level: 1, name: '民进孝义市基层委员会 反馈报告' }).waitFor();
  assert.match(await page.getByTestId('feedback-total').textContent(), /^\d+(\.\d+)?$/);
  for (const standard of ['重视学习', '团结协作', '增强活力', '加强沟通']) {
    await page.getByRole('heading', { level: 2, name: standard }).waitFor();
  }
  await page.getByText('优势').first().waitFor();
  await page.getByText(/在本次创建活动中总分 .* 分，排名第 5 位/).waitFor();
  await checkScreen(page, 'feedback report', 'phone-feedback-report');
  await assertPdf(page, page.getByRole('button', { name: '下载报告（PDF）' }), /^\/api\/v1\/exports\/feedback-reports\/\d+\.pdf$/);
  await assertPdf(
    page,
    page.getByRole('button', { name: '下载荣誉证书（PDF）' }),
    /^\/api\/v1\/exports\/commendation-lists\/\d+\/certificates\/\d+\.pdf$/,
  );

  await open2009List(page, 'branch');
  const own = page.locator('.ant-list-item').filter({ hasText: '民进孝义市基层委员会' });
  await own.getByText('本组织').waitFor();
  await page.getByRole('button', { name: '下载荣誉证书（PDF）' }).waitFor();
  await checkScreen(page, 'published list (branch)', 'phone-commendation-list-branch');
  await page.context().close();
});

test('a branch not on the list reads its feedback but is offered no certificate', async () => {
  const page = await newPage(browser, PHONE);
  await signIn(page, 'lishi');
  await page.goto(`${BASE_URL}/feedback`);
  await page.getByRole('link', { name: `查看 ${CAMPAIGN}` }).click();
  await page.getByRole('heading', { level: 1, name: '民进离石区总支 反馈报告' }).waitFor();
  await page.getByRole('button', { name: '下载报告（PDF）' }).waitFor();
  // The certificate is decided after the list loads; wait for the list's own requests to settle first.
  await page.waitForLoadState('networkidle');
  assert.equal(await page.getByRole('button', { name: '下载荣誉证书（PDF）' }).count(), 0);
  await page.context().close();
});

test('a leader on a phone reads the published commendation list with its resolution', async () => {
  const page = await newPage(browser, PHONE);
  await signIn(page, 'leader');
  await open2009List(page, 'leader');
  for (const name of ['民进岚县支部', '民进汾阳市总支', '民进兴县支部', '民进临县支部', '民进孝义市基层委员会']) {
    await page.locator('.ant-list-item').filter({ hasText: name }).waitFor();
  }
  assert.equal(await page.getByText('本组织').count(), 0);
  assert.equal(await page.getByRole('button', { name: '下载荣誉证书（PDF）' }).count(), 0);
  await checkScreen(page, 'published list (leader)', 'phone-commendation-list-leader');
  await assertPdf(page, page.getByRole('button', { name: '下载名单（PDF）' }), /^\/api\/v1\/exports\/commendation-lists\/\d+\.pdf$/);
  await page.context().close();
});
