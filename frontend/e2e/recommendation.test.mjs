// Recommendations up the chain from the screen (推荐上报): the centre allots Shanxi its places, Shanxi allots Lüliang;
// Lüliang recommends a branch of its published commendation list; Shanxi returns it, Lüliang revises, Shanxi accepts,
// announces and carries it up; the centre accepts, announces and decides; the branch reads the decision beside its
// certificate. The chain of campaigns is made through the API (commended branches need scored, published results):
// its quota lists and recommendation lists start empty. The notices are ones already held (entered as of a recorded
// date), so that they can be closed the same day.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { recordedAsOf, publishedChain } from './recommendation-data.mjs';
import { token } from './commendation-data.mjs';
import {
  assertAccessible,
  assertNoHorizontalScroll,
  BASE_URL,
  day,
  DESK,
  launch,
  newPage,
  PHONE,
  pickDate,
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

const SUFFIX = String(Date.now() % 100000);
const BRANCH = '民进离石区总支';
const DECISION = `民进中央〔2008〕${SUFFIX}号`;

/** The campaign's 推荐上报 section, loaded (the section is kept in the address, on a desk and on a phone alike). */
async function openTab(page, campaignId) {
  await page.goto(`${BASE_URL}/campaigns/${campaignId}?tab=recommendations`);
  await page.getByTestId('round-status').waitFor();
}

/** Allots the organisation its places from the quota list of the open tab. */
async function allot(page, organisation, grassroots) {
  await page
    .getByRole('button', { name: `设置名额 ${organisation}` })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: `设置名额：${organisation}` });
  await dialog.getByLabel('先进基层组织名额').fill(String(grassroots));
  await dialog.getByLabel('先进地方组织名额').fill('0');
  await pickDate(dialog, '截止日期', day(30));
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await page.getByText(`已保存“${organisation}”的名额`).waitFor();
  await dialog.waitFor({ state: 'hidden' });
}

/** Recommends the candidate to the level above from the open tab. */
async function recommend(page, candidate, dossier) {
  await page.getByTestId('recommend-button').click();
  const dialog = page.getByRole('dialog', { name: '向上推荐' });
  await dialog.getByRole('combobox', { name: '基层组织' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: candidate }).first().click();
  await dialog.getByLabel('事迹材料').fill(dossier);
  await dialog.getByRole('button', { name: '报送推荐' }).click();
  await page.getByText(`已推荐“${candidate}”，等待上级审核`).waitFor();
  await dialog.waitFor({ state: 'hidden' });
}

/** Reviews the candidate's recommendation from the open tab: accepts it, or returns it with the note. */
async function review(page, candidate, note) {
  const received = page.getByRole('region', { name: '下级报送的推荐' });
  await received.getByRole('button', { name: `审核 ${candidate}` }).click();
  const dialog = page.getByRole('dialog', { name: `审核推荐：${candidate}` });
  // the radios are buttons: their label is what takes the click
  await dialog
    .locator('label.ant-radio-button-wrapper')
    .filter({ hasText: note ? '退回' : '通过' })
    .click();
  if (note) await dialog.getByLabel('退回理由').fill(note);
  await dialog.getByRole('button', { name: '提交审核意见' }).click();
  await page.getByText(note ? `已退回“${candidate}”` : `已通过“${candidate}”`).waitFor();
  await dialog.waitFor({ state: 'hidden' });
}

/**
 * Announces what the level accepted, as a notice already held: the form starts on the campaign's recorded date and
 * ends on the earliest day the campaign's minimum of working days allows.
 */
async function announce(page) {
  const notice = page.getByTestId('recommendations-notice');
  assert.equal(await notice.getByLabel('公示开始日期').inputValue(), day(-9));
  await notice.getByLabel('公示内容').fill('经审核，拟推荐以下基层组织为全国先进基层组织，现予公示。');
  await notice.getByTestId('open-notice').click();
  await page.getByText('已开始公示').waitFor();
  await page.getByTestId('notice-facts').waitFor();
}

test('a branch is recommended level by level from the screen up to the national decision, which it then reads', async () => {
  const chain = await publishedChain(SUFFIX, ['LS', 'WS']);
  let page;
  /** A fresh desk browser signed in as the user (each level works at its own desk). */
  const deskOf = async (username) => {
    await page?.close();
    page = await newPage(browser, DESK);
    await signIn(page, username);
  };

  // The centre allots Shanxi one place; nothing has been recommended yet.
  await deskOf('centre');
  await page.goto(`${BASE_URL}/campaigns/${chain.top}`);
  await page.getByRole('tab', { name: '推荐上报' }).click();
  await page.waitForURL(/tab=recommendations/);
  await page.getByTestId('round-status').waitFor();
  assert.equal(await page.getByTestId('round-status').textContent(), '收集审核中');
  await page.getByText('还没有收到下级的推荐').first().waitFor();
  await allot(page, '民进山西省委员会', 1);
  await assertAccessible(page, 'quotas allotted (centre)');

  // Shanxi allots Lüliang one place.
  await deskOf('shanxi');
  await openTab(page, chain.province);
  await allot(page, '民进吕梁市委员会', 1);

  // Lüliang recommends the branch its list commended.
  await deskOf('admin');
  await openTab(page, chain.city);
  await page.getByTestId('sent-quota').getByText('0/1 名额').first().waitFor();
  await recommend(page, BRANCH, '该总支坚持每月集中学习，年内报送社情民意信息十余篇。');
  const sent = () => page.getByRole('region', { name: '本级向上推荐的候选对象' });
  await sent().getByText('待审核').waitFor();
  await screenshot(page, 'desk-recommendation-sent');

  // Shanxi returns it for a fix; Lüliang revises and sends it again; Shanxi accepts it.
  await deskOf('shanxi');
  await openTab(page, chain.province);
  await review(page, BRANCH, '请补充参政议政的具体成果');

  await deskOf('admin');
  await openTab(page, chain.city);
  await page.getByTestId('return-note').getByText('请补充参政议政的具体成果').waitFor();
  await sent()
    .getByRole('button', { name: `修改并重新报送 ${BRANCH}` })
    .click();
  const revise = page.getByRole('dialog').filter({ has: page.getByRole('button', { name: '重新报送' }) });
  await revise.getByLabel('事迹材料').fill('该总支年内报送社情民意信息十二篇，其中三篇被省级采用。');
  await revise.getByRole('button', { name: '重新报送' }).click();
  await revise.waitFor({ state: 'hidden' });
  await sent().getByText('待审核').waitFor();

  await deskOf('shanxi');
  await openTab(page, chain.province);
  await review(page, BRANCH);

  // Shanxi's notice was held already (entered as of a recorded date); closed, the branch goes up to the centre.
  await recordedAsOf(await token('shanxi'), chain.province, day(-9));
  await openTab(page, chain.province);
  await announce(page);
  assert.equal(await page.getByTestId('round-status').textContent(), '公示中');
  await page.getByTestId('close-notice').click();
  const closing = page.getByRole('dialog').filter({ hasText: '结束公示后' });
  await closing.getByRole('button', { name: '结束公示' }).click();
  await page.getByText('公示已结束').first().waitFor();
  await page.getByTestId('carry-up').waitFor();
  await recommend(page, BRANCH, '经省委会审核公示，推荐为全国先进基层组织。');

  // The centre accepts, announces and decides.
  await deskOf('centre');
  await openTab(page, chain.top);
  await review(page, BRANCH);
  await recordedAsOf(await token('centre'), chain.top, day(-9));
  await openTab(page, chain.top);
  await announce(page);
  const notice = page.getByTestId('recommendations-notice');
  await notice.getByTestId('decide').click();
  await notice.getByText('必填').first().waitFor();
  await notice.getByLabel('表彰决定文号').fill(DECISION);
  assert.equal(await notice.getByLabel('决定日期').inputValue(), day(0), 'decided today unless another day is picked');
  await notice.getByTestId('decide').click();
  await page.getByTestId('decision-number').getByText(DECISION).waitFor();
  assert.equal(await page.getByTestId('round-status').textContent(), '已决定');
  await assertAccessible(page, 'national decision (centre)');
  await screenshot(page, 'desk-recommendation-decided');

  // Every level reads the decision: Lüliang's leader on its own recommendation, on a phone, with nothing to change.
  const phone = await newPage(browser, PHONE);
  await signIn(phone, 'leader');
  await openTab(phone, chain.city);
  const sentOnPhone = phone.getByRole('list', { name: '本级向上推荐的候选对象' });
  await sentOnPhone.getByText('已表彰').waitFor();
  await sentOnPhone.getByText(DECISION, { exact: false }).waitFor();
  assert.equal(await phone.getByTestId('recommend-button').count(), 0, 'a leader reads only');
  await assertNoHorizontalScroll(phone, 'recommendations on a phone');
  await assertAccessible(phone, 'recommendations on a leader’s phone');

  // The branch reads it beside its certificate on its campaign's published list.
  await phone.close();
  const branchPhone = await newPage(browser, PHONE);
  await signIn(branchPhone, 'lishi');
  await branchPhone.goto(`${BASE_URL}/commendation`);
  await branchPhone.getByRole('link', { name: `查看名单 民进吕梁市委〔2008〕${SUFFIX}号` }).click();
  const results = branchPhone.getByTestId('recommendation-results');
  await results.getByText('已表彰').waitFor();
  assert.match(await results.textContent(), new RegExp(DECISION.replace(/[〔〕]/g, '.')));
  await assertAccessible(branchPhone, 'the branch’s decided recommendation');
  await screenshot(branchPhone, 'phone-recommendation-result-lishi');
  await branchPhone.close();
  await page.close();
});
