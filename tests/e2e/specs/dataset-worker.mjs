// The dashboard's own dataset files are read in the dataset worker (src/queries/load.worker.ts),
// not on the page's thread: the worker starts, the data shows, and a broken file's message still
// names its file, row and column as the page's own loader did.
import { assert, assertNoProblems, openPage } from '../harness.mjs';
import { settled } from './views.mjs';

export const tests = [
  {
    name: 'the shipped dataset files are read in the dataset worker, and the data shows',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await page.goto(`${baseUrl}?ds=demo&view=quality`);
      await settled(page, 'quality');
      const workers = page.workers().map((w) => w.url());
      assert(
        workers.some((u) => /load\.worker-[\w-]+\.js$/.test(u)),
        `no dataset worker: ${workers.join(', ') || 'none'}`,
      );
      const units = await page.locator('[data-panel="units"]').innerText();
      assert(units.includes('云澜市人民政府'), 'the demo units are not listed');
      assertNoProblems(problems());
      await page.close();
    },
  },
  {
    name: 'a broken dataset file read in the worker names its file, row and column',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      const csv =
        'unit,year,format,requests.new.natural\n甲单位,2022,2021,12\n乙单位,2022,2021,十二\n';
      await page.route('**/demo/2022.csv', (route) =>
        route.fulfill({ body: csv, contentType: 'text/csv' }),
      );
      await page.goto(`${baseUrl}?ds=demo&view=quality`);
      await settled(page, 'quality');
      const row = page.locator('[data-file="demo/2022.csv"]');
      assert((await row.getAttribute('data-status')) === 'error', 'the broken file is not marked');
      const text = await row.innerText();
      for (const part of ['demo/2022.csv', '第 3 行', 'requests.new.natural', '十二']) {
        assert(text.includes(part), `the message does not name ${part}: ${text}`);
      }
      assertNoProblems(problems());
      await page.close();
    },
  },
];
