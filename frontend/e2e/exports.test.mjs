// Staff lists export to XLSX from server URLs: the branch register (with the list's search) and the progress board,
// the latter also for a leader on a phone.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { BASE_URL, DESK, launch, newPage, PHONE, signIn } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Clicks the export button and returns the downloaded file's name and bytes. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const bytes = await readFile(await file.path());
  return { name: file.suggestedFilename(), url: file.url(), bytes };
}

test('admin exports the branch register with the current search as a spreadsheet', async () => {
  const page = await newPage(browser, DESK);
  await signIn(page, 'admin');
  await page.goto(`${BASE_URL}/branches?q=${encodeURIComponent('孝义')}`);
  await page.locator('.ant-table-tbody').getByText('民进孝义市基层委员会').waitFor();
  const file = await download(page, page.getByRole('button', { name: /导出 Excel/ }));
  assert.match(file.name, /基层组织名册\.xlsx$|branches\.xlsx$/);
  assert.equal(file.bytes.subarray(0, 2).toString('latin1'), 'PK', 'an XLSX (zip) file');
  const url = new URL(file.url);
  assert.equal(url.pathname, '/api/v1/exports/branches.xlsx');
  assert.equal(url.searchParams.get('q'), '孝义', 'the list search goes with the export');
  assert.ok(url.searchParams.get('download'), 'a download link, not a blob');
  // The page stays where it was.
  assert.match(page.url(), /\/branches/);
});

test('a leader on a phone exports the progress board', async () => {
  const page = await newPage(browser, PHONE);
  await signIn(page, 'leader');
  await page.goto(`${BASE_URL}/progress`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const file = await download(page, page.getByRole('button', { name: /导出 Excel/ }));
  assert.match(file.name, /材料进度\.xlsx$|progress\.xlsx$/);
  assert.equal(file.bytes.subarray(0, 2).toString('latin1'), 'PK');
  assert.match(new URL(file.url).pathname, /^\/api\/v1\/exports\/campaigns\/\d+\/progress\.xlsx$/);
});
