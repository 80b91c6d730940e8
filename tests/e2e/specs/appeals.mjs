// Browser tests of 复议诉讼 Appeals on both shipped datasets: every chart drawn, no console
// problems, the 洪泽区 2023 total flagged, a year change changing the charts and the URL, and a
// copied URL reproducing them in a fresh page.
import { assert, assertNoProblems, inkedPixels, openPage, screenshot } from '../harness.mjs';

const CHARTS = [
  'appeals-years',
  'appeals-rates',
  'appeals-units-review',
  'appeals-units-litigation',
];

async function allSettled(page) {
  await page.waitForFunction(
    (ids) =>
      ids.every((id) => {
        const el = document.querySelector(`[data-chart="${id}"]`);
        return el && ['ready', 'empty'].includes(el.dataset.state);
      }),
    CHARTS,
    { timeout: 20000 },
  );
}

const states = (page) =>
  page.$$eval('[data-view-body="appeals"] [data-chart]', (els) =>
    els.map((e) => `${e.dataset.chart}:${e.dataset.state}:${e.dataset.optionDigest ?? ''}`),
  );

export const tests = [
  {
    name: 'appeals (demo): all charts ready, a year change changes the unit charts and the URL, the URL reproduces them',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await page.goto(`${baseUrl}?view=appeals&ds=demo`);
      await allSettled(page);
      const before = await states(page);
      assert(
        before.every((s) => s.includes(':ready:')),
        `not all ready: ${before.join(' ')}`,
      );
      assert((await inkedPixels(page, 'appeals-units-review')) > 300, 'unit chart blank');
      const rows = await page.locator('[data-table="appeals-rates"] tbody tr').count();
      assert(rows > 10, `expected a row per demo unit, got ${rows}`);
      await page.selectOption('select[data-filter="year"]', '2022');
      await page.waitForFunction(() => location.search.includes('year=2022'));
      await allSettled(page);
      const after = await states(page);
      const unitDigest = (list) => list.find((s) => s.startsWith('appeals-units-review'));
      assert(unitDigest(before) !== unitDigest(after), 'unit chart did not change with the year');
      const fresh = await openPage(browser);
      await fresh.page.goto(page.url());
      await allSettled(fresh.page);
      assert((await states(fresh.page)).join() === after.join(), 'fresh page differs');
      await screenshot(page, 'appeals-demo');
      assertNoProblems(problems());
      assertNoProblems(fresh.problems());
      await fresh.page.close();
      await page.close();
    },
  },
  {
    name: 'appeals (samples, 2023): charts ready, 洪泽区 totals of 0 flagged as T4-SUM, rates show numerator and denominator',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await page.goto(`${baseUrl}?view=appeals&ds=samples&year=2023`);
      await allSettled(page);
      const list = await states(page);
      assert(
        list.every((s) => s.includes(':ready:')),
        `not all ready: ${list.join(' ')}`,
      );
      const findings = await page.locator('[data-findings="T4-SUM"]').innerText();
      assert(findings.includes('洪泽区'), '洪泽区 T4-SUM finding not listed');
      const row = page.locator('[data-table="appeals-rates"] tbody tr', { hasText: '洪泽区' });
      assert((await row.innerText()).includes('总计与分项不符'), '洪泽区 row not flagged');
      await screenshot(page, 'appeals-samples-2023');
      const en = await openPage(browser, { width: 1280, height: 720 });
      await en.page.goto(`${page.url()}&lang=en`);
      await allSettled(en.page);
      await screenshot(en.page, 'appeals-samples-2023-en-1280');
      assertNoProblems(problems());
      assertNoProblems(en.problems());
      await en.page.close();
      await page.close();
    },
  },
];
