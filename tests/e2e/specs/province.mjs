// Charts at province scale (issue 6): a dataset of 5,000 units × the demo's CSV years, served in
// place of the shipped ones (../province.mjs). On every view, with every figure's data table
// opened, the page holds fewer than 5,000 elements (a native select of the units alone was
// 5,000); the ranking opens on its top 10 and finds one unit with its rank; the scope is chosen
// by typing in a combobox; a paged table's CSV still has every row.
import { readFile } from 'node:fs/promises';
import { assert, assertNoProblems, openPage, screenshot } from '../harness.mjs';
import { routeProvince } from '../province.mjs';

const UNITS = 5000;
const MAX_ELEMENTS = 5000;
const VIEWS = ['overview', 'trends', 'compare', 'requests', 'appeals', 'quality', 'unit'];
/** A busy machine parses 15,000 reports and checks them on the main thread: give it time. */
const SETTLE_MS = 120000;

/** Every panel loaded and every chart drawn (or empty) on `view`. */
async function settled(page, view) {
  await page.waitForSelector(`[data-view-body="${view}"]`, { timeout: SETTLE_MS });
  await page.waitForFunction(
    () =>
      document.querySelector('[data-panel]') !== null &&
      document.querySelectorAll('[data-panel][data-status="pending"]').length === 0 &&
      document.querySelectorAll('[data-chart][data-state="loading"]').length === 0,
    null,
    { timeout: SETTLE_MS, polling: 250 },
  );
}

const elements = (page) => page.evaluate(() => document.querySelectorAll('*').length);

/** Opens every figure's data table that is closed. */
async function openTables(page) {
  const closed = page.locator('[data-toggle-table][aria-expanded="false"]');
  for (let n = await closed.count(); n > 0; n = await closed.count()) await closed.first().click();
  // An opened table draws once its code has arrived (it loads after the first view).
  await page.waitForFunction(() => !document.querySelector('[data-figure-table-pending]'));
}

export const tests = [
  {
    name: `every view with ${UNITS} units holds under ${MAX_ELEMENTS} elements with every data table open`,
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await routeProvince(page, UNITS);
      await page.goto(baseUrl);
      await settled(page, 'overview');
      const units = await page.textContent('[data-stat="units"] dd');
      assert(units === '5,000', `the overview counts ${units} units`);
      const counts = [];
      // Through the tabs: the dataset is parsed and checked once, as a visitor's would be.
      for (const view of VIEWS) {
        await page.click(`[data-view-tab="${view}"]`);
        await settled(page, view);
        assert((await page.locator('[data-status="crashed"]').count()) === 0, `${view} crashed`);
        await openTables(page);
        const count = await elements(page);
        counts.push(`${view} ${count}`);
        assert(count < MAX_ELEMENTS, `${view} holds ${count} elements`);
        await screenshot(page, `province-${view}`);
      }
      console.log(`    elements: ${counts.join(', ')}`);
      assertNoProblems(problems());
      await page.close();
    },
  },
  {
    name: 'the ranking of 5,000 units opens on its top 10, finds one unit with its rank, and its table pages while its CSV has every unit',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await routeProvince(page, UNITS);
      await page.goto(`${baseUrl}?view=compare&indicator=requestsNew`);
      await settled(page, 'compare');
      const panel = page.locator('[data-panel="compare-ranking"]');
      const figure = page.locator('[data-figure="compare-ranking"]');
      assert((await panel.locator('[data-control="window"]').inputValue()) === 'top', 'not top N');
      await panel.locator('[data-control="search"]').fill('测试单位01234');
      const found = panel.locator('[data-found]');
      await found.waitFor({ timeout: 10000 });
      const text = await found.innerText();
      assert(/^找到 1 个单位：测试单位01234 (并列)?第\d+ \/ 5,000$/.test(text), `found: ${text}`);
      await page.waitForSelector('[data-chart="compare-ranking"][data-state="ready"]');
      await panel.scrollIntoViewIfNeeded();
      await screenshot(page, 'province-ranking-search');
      await panel.locator('[data-control="search"]').fill('');
      await panel.locator('[data-control="window"]').selectOption('all');
      await figure.locator('[data-toggle-table]').click();
      await figure.locator('[data-figure-table] tbody tr').first().waitFor();
      const shown = await figure.locator('tbody tr').count();
      assert(shown === 100, `the table shows ${shown} rows`);
      const total = await figure.locator('[data-total]').getAttribute('data-total');
      assert(total === '5000', `the table counts ${total} rows`);
      await figure.locator('[data-row-filter]').fill('测试单位04999');
      assert((await figure.locator('tbody tr').count()) === 1, 'the filter did not find one row');
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 30000 }),
        figure.locator('[data-export="csv"]').click(),
      ]);
      const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
      const lines = csv.trim().split(/\r?\n/);
      assert(lines.length === UNITS + 1, `the CSV has ${lines.length} lines`);
      assertNoProblems(problems());
      await page.close();
    },
  },
  {
    name: 'the scope of 5,000 units is chosen by typing in a combobox',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await routeProvince(page, UNITS);
      await page.goto(`${baseUrl}?view=trends`);
      await settled(page, 'trends');
      const box = page.locator('input[role="combobox"][data-filter="scope"]');
      assert((await box.inputValue()) === '全部单位', 'the scope box does not say 全部单位');
      await box.click();
      await box.fill('04321');
      await page.waitForSelector('[role="option"][data-value="unit:测试单位04321"]');
      await screenshot(page, 'province-scope-combobox');
      await box.press('Enter');
      await page.waitForFunction(() => location.search.includes('scope=unit'), null, {
        timeout: 10000,
      });
      assert(decodeURIComponent(page.url()).includes('scope=unit:测试单位04321'), page.url());
      await settled(page, 'trends');
      assert((await box.inputValue()) === '测试单位04321', 'the box does not name the unit');
      assertNoProblems(problems());
      await page.close();
    },
  },
];
