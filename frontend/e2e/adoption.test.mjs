// Cascading campaigns from the screen: staff of the Taiyuan city committee find the campaign the province launched,
// draw up their own plan (实施方案) from it with its document number (文号), and find in the plan the standards taken
// over from above locked and the phases held inside the province's dates. Staff of the province then see on a phone
// which of their cities adopted the campaign. Relies on the demo data of a fresh database: Taiyuan has not adopted
// the province's campaign yet, Lüliang has.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  assertAccessible,
  assertNoHorizontalScroll,
  assertTouchTargets,
  DESK,
  launch,
  newPage,
  openFromMenu,
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

const YEAR = new Date().getFullYear();
const PROVINCE = '民进山西省委员会';
const OFFER = `民进山西省委员会贯彻会中央《意见》的实施方案（${YEAR}年）`;
const OFFER_NUMBER = `进晋字【${YEAR}】17号`;
const PLAN = `民进太原市委员会贯彻省委会《实施方案》的工作方案（${YEAR}年）`;
const PLAN_NUMBER = `太民字【${YEAR}】3号`;
const STANDARDS = ['STUDY', 'UNITY', 'VITALITY', 'COMMUNICATION'];

async function openTab(page, name) {
  await page.getByRole('tab', { name }).click();
  await page.getByRole('tabpanel', { name }).waitFor();
}

/** The day a month before `iso` (yyyy-mm-dd), as yyyy-mm-dd. */
function monthBefore(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 2, Math.min(d, 28)));
  return day.toISOString().slice(0, 10);
}

test('staff of a city draw up their plan from the province’s campaign; its standards and dates stay inside the province’s', async () => {
  const page = await newPage(browser, DESK);
  await signIn(page, 'taiyuan');
  await page.getByRole('link', { name: '争创活动', exact: true }).first().click();
  await page.waitForURL(/\/campaigns$/);
  await page.getByRole('heading', { level: 1, name: '争创活动' }).waitFor();

  // The province's running campaign is offered; Taiyuan's own list holds no plan of it yet.
  const above = page.getByRole('region', { name: '上级部署的活动' });
  const offer = above.getByRole('listitem').filter({ hasText: OFFER });
  await offer.waitFor();
  assert.match(await offer.textContent(), new RegExp(`${PROVINCE} · 文号 ${OFFER_NUMBER}`));
  await page.getByTestId('campaign-total').waitFor();
  await page.waitForFunction(() => !document.querySelector('#main .ant-skeleton, #main .cx-skeleton'));
  assert.equal(await page.getByRole('row').filter({ hasText: PLAN }).count(), 0, 'no plan of the campaign yet');
  assert.equal(await offer.getByRole('link', { name: '查看本级实施方案' }).count(), 0);
  await assertAccessible(page, 'campaigns launched above');
  await screenshot(page, 'desk-adoptable-campaigns');

  // The plan: its title starts as the campaign's; the document number is asked for before anything is sent.
  await offer.getByRole('button', { name: `为 ${OFFER} 制定实施方案` }).click();
  const dialog = page.getByRole('dialog', { name: `为“${OFFER}”制定实施方案` });
  await dialog.getByText('实施方案先为草稿').waitFor();
  assert.equal(await dialog.getByLabel('方案标题').inputValue(), OFFER);
  await dialog.getByRole('button', { name: /制定方案/ }).click();
  await dialog.getByText('必填', { exact: true }).waitFor();
  await assertAccessible(page, 'adopt dialog with a field error');
  await dialog.getByLabel('方案标题').fill(PLAN);
  await dialog.getByLabel('文号').fill(PLAN_NUMBER);
  await dialog.getByRole('button', { name: /制定方案/ }).click();

  // The new draft plan names the campaign it adopts and its own document number.
  await page.waitForURL(/\/campaigns\/\d+$/);
  const planId = Number(new URL(page.url()).pathname.split('/').pop());
  await page.getByText('已制定实施方案').first().waitFor();
  const heading = page.getByRole('heading', { level: 1, name: PLAN });
  await heading.waitFor();
  await heading.locator('..').getByText('草稿', { exact: true }).waitFor();
  assert.equal(await page.getByTestId('campaign-adopted-from').textContent(), `依据上级活动：${OFFER}（${PROVINCE}，${OFFER_NUMBER}）`);
  assert.equal(await page.getByTestId('campaign-document-number').textContent(), `文号：${PLAN_NUMBER}`);
  await assertAccessible(page, 'new plan');
  await screenshot(page, 'desk-adopted-plan');

  // The standards come from above, marked and locked; standards of the plan's own may still be added.
  await openTab(page, '考核标准');
  for (const code of STANDARDS) {
    const card = page.getByTestId(`standard-${code}`);
    await card.getByText('上级统一', { exact: true }).waitFor();
    assert.ok(await card.getByRole('button', { name: /^编辑 / }).isDisabled(), `${code}: no edit`);
    assert.ok(await card.getByRole('button', { name: /^删除 / }).isDisabled(), `${code}: no delete`);
  }
  await page.getByText('承接上级活动的标准，不能修改；可另加本级标准').waitFor();
  assert.ok(await page.getByRole('button', { name: /添加考核标准/ }).isEnabled());
  await assertAccessible(page, 'inherited standards');
  await screenshot(page, 'desk-inherited-standards');

  // A phase moved to start a month before the province's is refused on the field, naming the province's dates.
  await openTab(page, '活动步骤');
  await page
    .getByRole('button', { name: /^修改日期 / })
    .first()
    .click();
  const dates = page.getByRole('dialog');
  const startsOn = dates.getByLabel('开始日期');
  const start = await startsOn.inputValue();
  assert.match(start, /^\d{4}-\d{2}-\d{2}$/);
  await startsOn.click();
  await startsOn.fill(monthBefore(start));
  await startsOn.press('Enter');
  await dates.getByRole('button', { name: /保\s*存/ }).click();
  await dates.getByText(new RegExp(`须在上级活动该阶段的日期 ${start} 至 \\d{4}-\\d{2}-\\d{2} 之内`)).waitFor();
  await assertAccessible(page, 'phase outside the province’s dates');
  await screenshot(page, 'desk-plan-phase-inside-parent');
  await page.keyboard.press('Escape');
  await dates.waitFor({ state: 'hidden' });

  // Back on the list: the offer leads to the plan, and the plan is one of Taiyuan's campaigns.
  await page.getByRole('link', { name: '争创活动', exact: true }).first().click();
  await page.waitForURL(/\/campaigns$/);
  const link = offer.getByRole('link', { name: '查看本级实施方案' });
  await link.waitFor();
  assert.equal(await offer.getByRole('button').count(), 0, 'adopted once');
  await page.getByRole('row').filter({ hasText: PLAN }).waitFor();
  await link.click();
  await page.waitForURL(new RegExp(`/campaigns/${planId}$`));
  await page.getByRole('heading', { level: 1, name: PLAN }).waitFor();
  await page.context().close();
});

test('staff of the province see on a phone which of their cities adopted the campaign', async () => {
  const page = await newPage(browser, PHONE);
  await signIn(page, 'shanxi');
  await openFromMenu(page, '争创活动');
  await page.waitForURL(/\/campaigns$/);
  await page.getByRole('link', { name: OFFER, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: OFFER }).waitFor();

  await page.getByRole('combobox', { name: '查看内容' }).click();
  await page.locator('.ant-select-item-option').filter({ hasText: '下级采纳' }).click();
  await page.getByTestId('adoptions-summary').filter({ hasText: '已采纳 2 / 2' }).waitFor();
  const list = page.getByRole('list', { name: '下级组织采纳情况' });
  const taiyuan = list.getByRole('listitem').filter({ hasText: '民进太原市委员会' });
  await taiyuan.getByText('已制定实施方案', { exact: true }).waitFor();
  assert.match(await taiyuan.textContent(), new RegExp(`文号：${PLAN_NUMBER}`));
  await taiyuan.getByRole('link', { name: PLAN }).waitFor();
  const lvliang = list.getByRole('listitem').filter({ hasText: '民进吕梁市委员会' });
  await lvliang.getByText('已制定实施方案', { exact: true }).waitFor();
  assert.equal(await list.getByRole('listitem').count(), 2);

  // Those not adopted yet: none. The choice lives in the address.
  const filter = (name) => page.getByTestId('adoptions').locator('.ant-segmented-item').filter({ hasText: name });
  await filter('未采纳').click();
  await page.waitForURL(/adopted=false/);
  await page.getByText('下级组织都已采纳本活动。').waitFor();
  await filter('全部').click();
  await page.waitForURL((url) => !url.searchParams.has('adopted'));
  await taiyuan.waitFor();

  await page.waitForFunction(() => !document.querySelector('#main .ant-skeleton, #main .cx-skeleton'));
  await assertNoHorizontalScroll(page, 'adoption below on a phone');
  await assertTouchTargets(page, 'adoption below on a phone');
  await assertAccessible(page, 'adoption below on a phone');
  await screenshot(page, 'phone-adoptions');
  await page.context().close();
});
