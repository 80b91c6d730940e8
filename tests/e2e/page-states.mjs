// The states of the page besides the views as they open, for the accessibility and English
// checks (specs/a11y.mjs, specs/english.mjs): presentation mode (title slide, a row of KPI
// cards, a figure), the print dialog, the unit one-pager as laid out for printing, and the
// import view with one report previewed in full, with a dataset file listed compactly and
// after saving it (the dataset list then has a user dataset with its buttons).
// Run in order on one page: a step may continue from the one before (the slides, the import).
// `importsFrom`: the shipped dataset whose file a step loads (its strings are data there).
import { readFileSync } from 'node:fs';
import { settled } from './specs/views.mjs';

const SEED = 'tests/fixtures/reports-text/seed-shifanqu-2022.txt';
// A dataset file of 21 simulated reports: more than the five previewed in full.
const LIST_FILE = 'data/demo/2020.csv';

/** Waits for slide n (1-based) on the stage with every chart on it drawn. */
async function onSlide(page, n) {
  await page.waitForSelector(`[data-present-stage="${n}"]`, { timeout: 15000 });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('[data-slide-current] [data-chart]')].every((c) =>
        ['ready', 'empty'].includes(c.dataset.state),
      ),
    null,
    { timeout: 15000 },
  );
}

/** The unit profile of the picker's first unit, every panel and chart settled. */
export async function openUnit(page, baseUrl, { ds, lang }) {
  await page.goto(`${baseUrl}?ds=${ds}&lang=${lang}&view=unit`);
  await settled(page, 'unit');
  await page.locator('[data-unit-link]').first().click();
  await page.waitForSelector('[data-panel="table-3"][data-status="success"]', { timeout: 15000 });
  await settled(page, 'unit');
}

/** Runs the 打印单页 path with window.print stubbed, then shows the page as printed. */
async function onePagerPrinted(page) {
  await page.evaluate(() => {
    window.__printed = 0;
    window.print = () => {
      window.__printed += 1;
    };
  });
  await page.click('[data-print-button="onepage"]');
  await page.waitForSelector('[role="dialog"] [data-print-orientation]');
  await page.click('[data-print-go]');
  await page.waitForFunction(() => window.__printed === 1, null, { timeout: 30000 });
  await page.emulateMedia({ media: 'print' });
}

async function backToScreen(page) {
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
}

export const PAGE_STATES = [
  {
    name: 'presentation: title slide',
    open: async (page, baseUrl, { ds, lang }) => {
      await page.goto(`${baseUrl}?ds=${ds}&lang=${lang}&view=overview&present=1`);
      await onSlide(page, 1);
    },
  },
  {
    name: 'presentation: KPI row',
    open: async (page) => {
      await page.keyboard.press('ArrowRight');
      await onSlide(page, 2);
    },
  },
  {
    name: 'presentation: last figure',
    open: async (page) => {
      const count = Number(await page.getAttribute('[data-present-stage]', 'data-present-count'));
      await page.keyboard.press('End');
      await onSlide(page, count);
    },
  },
  {
    name: 'print dialog',
    open: async (page, baseUrl, { ds, lang }) => {
      await page.goto(`${baseUrl}?ds=${ds}&lang=${lang}&view=overview`);
      await settled(page, 'overview');
      await page.click('[data-print-button="page"]');
      await page.waitForSelector('[role="dialog"] [data-print-orientation]');
    },
  },
  {
    name: 'unit one-pager, printed',
    open: async (page, baseUrl, opts) => {
      await openUnit(page, baseUrl, opts);
      await onePagerPrinted(page);
    },
    close: backToScreen,
  },
  {
    name: 'import: a report previewed',
    open: async (page, baseUrl, { ds, lang }) => {
      await page.goto(`${baseUrl}?ds=${ds}&lang=${lang}&view=import`);
      await page.waitForSelector('[data-file-input]', { timeout: 15000 });
      await page.setInputFiles('[data-file-input]', [
        { name: 'seed.txt', mimeType: 'text/plain', buffer: readFileSync(SEED) },
      ]);
      await page.waitForSelector('[data-draft]', { timeout: 20000 });
    },
  },
  {
    name: 'import: a dataset file listed',
    importsFrom: 'demo',
    open: async (page, baseUrl, { ds, lang }) => {
      await page.goto(`${baseUrl}?ds=${ds}&lang=${lang}&view=import`);
      await page.waitForSelector('[data-file-input]', { timeout: 15000 });
      await page.setInputFiles('[data-file-input]', [
        { name: '2020.csv', mimeType: 'text/csv', buffer: readFileSync(LIST_FILE) },
      ]);
      await page.waitForSelector('[data-draft-list="21"]', { timeout: 30000 });
    },
  },
  {
    name: 'import: the file saved, in the dataset list',
    importsFrom: 'demo',
    open: async (page) => {
      await page.click('[data-confirm-import]');
      await page.waitForSelector('[data-import-outcome]', { timeout: 15000 });
      await page.waitForSelector('[data-user-dataset-row]', { timeout: 15000 });
    },
  },
];
