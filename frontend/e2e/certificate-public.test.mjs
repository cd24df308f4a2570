// A certificate that works in WeChat: the commended chair opens it as a picture to keep (long press), its QR code
// opens a public check, and the published list has a page anyone can open from a shared link. The demo's 2009
// campaign (published list 民进吕梁市委〔2010〕12号) is only read here.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  assertAccessible,
  assertNoHorizontalScroll,
  BASE_URL,
  launch,
  newPage,
  openFromMenu,
  PHONE,
  screenshot,
  signIn,
  WECHAT_UA,
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

/** The certificate page the commended chair reaches from the published list, by taps only. */
async function certificateOfXiaoyi() {
  const page = await newPage(browser, PHONE, { userAgent: WECHAT_UA });
  await signIn(page, 'xiaoyi');
  await openFromMenu(page, '表彰');
  await page.waitForURL(/\/commendation$/);
  await page.getByRole('link', { name: `查看名单 ${RESOLUTION}` }).click();
  await page.waitForURL(/\/commendation\/lists\/\d+$/);
  await page.getByRole('link', { name: '荣誉证书图片（可长按保存）' }).click();
  await page.waitForURL(/\/certificates\/\d+\/\d+$/);
  return page;
}

test('a commended chair in WeChat opens the certificate as a picture to keep, with its check', async () => {
  const page = await certificateOfXiaoyi();
  await page.getByRole('heading', { level: 1, name: '民进孝义市基层委员会的荣誉证书' }).waitFor();
  await page.getByTestId('certificate-valid').getByText('核验通过：该证书真实有效').waitFor();
  await page.getByText(`${RESOLUTION}（2010年12月6日）`).waitFor();
  const image = page.getByTestId('certificate-image');
  await image.waitFor();
  const drawn = await image.evaluate((img) => ({ src: img.src.slice(0, 22), width: img.naturalWidth, height: img.naturalHeight }));
  assert.deepEqual(drawn, { src: 'data:image/png;base64,', width: 1600, height: 1131 }, 'a PNG picture, A4 landscape');
  await assertNoHorizontalScroll(page, 'certificate page');
  await assertAccessible(page, 'certificate page');
  await screenshot(page, 'phone-certificate');
  await page.context().close();
});

test('anyone holding the link checks the certificate and reads the published list without signing in', async () => {
  const chair = await certificateOfXiaoyi();
  const certificateUrl = chair.url();
  await chair.context().close();

  const visitor = await newPage(browser, PHONE, { userAgent: WECHAT_UA });
  await visitor.goto(certificateUrl);
  await visitor.getByTestId('certificate-valid').waitFor();
  await visitor.getByText('民进孝义市基层委员会', { exact: true }).waitFor();
  assert.equal(new URL(visitor.url()).pathname, new URL(certificateUrl).pathname, 'no sign-in in between');

  await visitor.getByRole('link', { name: '查看表彰名单' }).click();
  await visitor.waitForURL(/\/public\/lists\/\d+$/);
  await visitor.getByRole('heading', { level: 1, name: `${CAMPAIGN}表彰名单` }).waitFor();
  assert.equal(await visitor.getByTestId('public-list-status').textContent(), '已公布');
  const names = await visitor.getByTestId('public-list-branches').locator('li').allTextContents();
  assert.equal(names.length, 5);
  assert.ok(names.includes('民进孝义市基层委员会'));
  await visitor.getByText(`表彰决定：${RESOLUTION}（2010年12月6日）`).waitFor();
  await assertNoHorizontalScroll(visitor, 'public list');
  await assertAccessible(visitor, 'public list');
  await screenshot(visitor, 'phone-public-list');

  // A certificate the register does not hold: a branch that is not on the list.
  const [, listId] = /\/certificates\/(\d+)\//.exec(certificateUrl);
  await visitor.goto(`${BASE_URL}/certificates/${listId}/999999`);
  await visitor.getByText('未找到该证书').waitFor();
  assert.equal(await visitor.getByTestId('certificate-image').count(), 0);
  await visitor.context().close();
});
