// Browser test of export in 导入 › 数据集管理: the shipped samples dataset downloaded as CSV
// (key headers) through the real download path starts with the UTF-8 BOM and the key header,
// and the same file dropped back into the import view reads as a dataset (no console problems).
import { readFile } from 'node:fs/promises';
import { assert, assertNoProblems, openPage, screenshot } from '../harness.mjs';

export const tests = [
  {
    name: 'user datasets: export the samples dataset as CSV (BOM + key header) from the UI',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await page.goto(`${baseUrl}?view=import&ds=samples`);
      const button = page.locator('[data-export-shown="samples"] button[data-export="csv-key"]');
      await button.waitFor({ timeout: 15000 });
      await page.waitForFunction(
        () =>
          !document.querySelector('[data-export-shown="samples"] button[data-export="csv-key"]')
            ?.disabled,
        null,
        { timeout: 15000 },
      );
      await screenshot(page, 'user-datasets-manage');
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      const name = download.suggestedFilename();
      assert(/_\d{4}(-\d{4})?\.csv$/.test(name), `file name ${name}`);
      const bytes = await readFile(await download.path());
      assert(
        bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf,
        `no UTF-8 BOM: ${[...bytes.subarray(0, 3)]}`,
      );
      const text = bytes.subarray(3).toString('utf8');
      assert(text.startsWith('unit,year,'), `header starts ${text.slice(0, 40)}`);
      assert(text.split('\r\n').length > 3, 'the CSV has no report rows');

      // Re-import the exported file: every row comes back as a report and saves as new.
      const rows = text.split('\r\n').filter(Boolean).length - 1;
      await page.setInputFiles('[data-file-input]', [
        { name, mimeType: 'text/csv', buffer: bytes },
      ]);
      // More than a handful of reports preview as a compact list: count drafts, not cards.
      await page.waitForSelector(`[data-panel="import-preview"][data-drafts="${rows}"]`, {
        timeout: 30000,
      });
      await page.click('[data-confirm-import]');
      await page.waitForSelector('[data-import-outcome]', { timeout: 15000 });
      const outcome = await page.innerText('[data-import-outcome] p');
      assert(outcome.includes(`新增 ${rows}`), `outcome: ${outcome}`);
      await page.waitForSelector('[data-user-dataset-row]', { timeout: 10000 });
      await screenshot(page, 'user-datasets-reimported');
      assertNoProblems(problems());
    },
  },
];
