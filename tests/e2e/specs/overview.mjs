// Browser tests of the overview: the KPI cards show the published figures for the seed unit and
// a 平潭 year, say why a figure cannot be computed, are all computed on the simulated city, follow
// the filter bar, and a copied link reproduces the same charts in a fresh page.
import { readFileSync } from 'node:fs';
import { assert, assertNoProblems, inkedPixels, openPage, screenshot } from '../harness.mjs';

const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8'));
const demo = manifest.datasets.find((d) => d.id === 'demo');
const SEED = '示范区管委会办公室';
const PINGTAN = '平潭综合实验区';
const KPIS = [
  'publishedItems',
  'requestsNew',
  'completionRate',
  'disclosureRate',
  'reviewCorrectionRate',
  'litigationCorrectionRate',
  'lettersReceived',
  'lettersCompletionRate',
  'normativeDocumentsValid',
];

const url = (baseUrl, params) =>
  `${baseUrl}?${new URLSearchParams({ view: 'overview', ...params })}`;
const card = (page, key) => page.locator(`[data-kpi="${key}"]`);
const cardText = (page, key) => card(page, key).innerText();
const cardValue = (page, key) => card(page, key).getAttribute('data-kpi-value');

/** Waits until the cards are there and no chart of the view is still loading. */
async function waitForOverview(page) {
  await page.waitForSelector('[data-panel="kpis"][data-status="success"]', { timeout: 15000 });
  await page.waitForFunction(
    () => {
      const charts = [...document.querySelectorAll('main [data-chart]')];
      return charts.length > 0 && charts.every((c) => c.dataset.state !== 'loading');
    },
    null,
    { timeout: 15000 },
  );
}

/** data-chart id → data-state / digest, for every chart of the view. */
function chartStates(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('main [data-chart]')].map((c) => [
        c.dataset.chart,
        { state: c.dataset.state, digest: c.dataset.optionDigest ?? null },
      ]),
    ),
  );
}

/** Cards per row: how many share the first card's top edge. */
async function cardsPerRow(page) {
  const tops = await page.$$eval('[data-kpi]', (els) =>
    els.map((e) => Math.round(e.getBoundingClientRect().top)),
  );
  return tops.filter((t) => t === tops[0]).length;
}

export const tests = [
  {
    name: `${SEED} 2022: 274 letters, 100% replied, 2000+ items, and no 0% completion rate`,
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await page.goto(url(baseUrl, { ds: 'samples', scope: `unit:${SEED}`, year: '2022' }));
      await waitForOverview(page);
      assert((await cardValue(page, 'lettersReceived')) === '274', 'letters value is not 274');
      assert((await cardText(page, 'lettersReceived')).includes('274'), '274 not shown');
      assert((await cardText(page, 'lettersCompletionRate')).includes('100%'), '100% not shown');
      const published = await cardText(page, 'publishedItems');
      assert(/2,?000\+/.test(published), `published items not shown as 2000+: ${published}`);
      // 0 requests: the completion rate has no denominator and says so instead of 0%.
      const completion = await cardText(page, 'completionRate');
      assert((await cardValue(page, 'completionRate')) === '', 'completion rate has a value');
      assert(completion.includes('—（本年无申请）'), `no reason given: ${completion}`);
      assert(!completion.includes('0%'), 'completion rate shown as 0%');
      const title = await card(page, 'completionRate').getAttribute('title');
      assert(title?.includes('÷'), 'the card does not carry its formula');
      const charts = await chartStates(page);
      // This unit filed only one report, with no requests: its rate sparklines are empty,
      // its counts drawn.
      assert(charts['kpi-completionRate']?.state === 'empty', 'completion sparkline not empty');
      assert(charts['kpi-lettersReceived']?.state === 'ready', 'letters sparkline not ready');
      assert(charts['trend-publishedItems']?.state === 'ready', 'trend chart not ready');
      assert((await inkedPixels(page, 'kpi-lettersReceived')) > 20, 'sparkline is blank');
      await screenshot(page, 'overview-seed-2022');
      assertNoProblems(problems());
      await page.close();
    },
  },
  {
    name: `${PINGTAN} 2025: new requests as in data/samples/2025.json, with the change on 2024`,
    fn: async ({ browser, baseUrl }) => {
      const reports = JSON.parse(readFileSync('data/samples/2025.json', 'utf8'));
      const expected = reports.find((r) => r.unit === PINGTAN).requests.new.total;
      const { page, problems } = await openPage(browser);
      await page.goto(url(baseUrl, { ds: 'samples', scope: `unit:${PINGTAN}`, year: '2025' }));
      await waitForOverview(page);
      assert(
        Number(await cardValue(page, 'requestsNew')) === expected,
        `requestsNew is not ${expected}`,
      );
      const text = await cardText(page, 'requestsNew');
      assert(text.includes(String(expected)), `${expected} not shown: ${text}`);
      assert(text.includes('较2024年'), `no change against 2024: ${text}`);
      const yoy = await card(page, 'requestsNew')
        .locator('[data-kpi-yoy]')
        .getAttribute('data-kpi-yoy');
      assert(yoy !== '' && Number.isFinite(Number(yoy)), `yoy not computed: ${yoy}`);
      // No letters in 平潭's reports: said, not 0.
      assert((await cardText(page, 'lettersReceived')).includes('未填报'), 'letters: no reason');
      await screenshot(page, 'overview-pingtan-2025');
      assertNoProblems(problems());
      await page.close();
    },
  },
  {
    name: 'demo: every card computed for the latest year, simulated mark shown, 5 cards a row at 1920',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser, { width: 1920, height: 1080 });
      await page.goto(url(baseUrl, { ds: 'demo' }));
      await waitForOverview(page);
      const latest = Math.max(...demo.years);
      assert(
        (await page.getAttribute('[data-kpi-year]', 'data-kpi-year')) === String(latest),
        'not the latest year',
      );
      for (const key of KPIS) {
        const value = await cardValue(page, key);
        assert(value !== '' && Number.isFinite(Number(value)), `${key} not computed: ${value}`);
      }
      assert(await page.locator('[data-simulated-mark]').isVisible(), 'simulated mark hidden');
      const charts = await chartStates(page);
      for (const [id, c] of Object.entries(charts)) assert(c.state === 'ready', `${id} ${c.state}`);
      assert((await cardsPerRow(page)) === 5, `not 5 cards a row at 1920`);
      await screenshot(page, 'overview-demo-1920');
      assertNoProblems(problems());
      await page.close();
    },
  },
  {
    name: 'changing the year and scope in the filter bar changes the charts and the URL; the URL reproduces them',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await page.goto(url(baseUrl, { ds: 'samples' }));
      await waitForOverview(page);
      const before = await chartStates(page);
      await page.selectOption('select[data-filter="year"]', '2023');
      await page.waitForSelector('[data-kpi-year="2023"]');
      await waitForOverview(page);
      assert(page.url().includes('year=2023'), 'the URL does not hold the year');
      await page.selectOption('select[data-filter="scope"]', `unit:${PINGTAN}`);
      await page.waitForFunction(() => location.search.includes('scope='));
      await waitForOverview(page);
      const after = await chartStates(page);
      assert(
        after['kpi-requestsNew']?.digest !== before['kpi-requestsNew']?.digest,
        'the sparkline did not change with the year',
      );
      assert(
        after['trend-requestsNew']?.digest !== before['trend-requestsNew']?.digest,
        'the trend did not change with the scope',
      );
      const fresh = await openPage(browser);
      await fresh.page.goto(page.url());
      await waitForOverview(fresh.page);
      const again = await chartStates(fresh.page);
      assert(JSON.stringify(again) === JSON.stringify(after), 'the link shows other charts');
      assertNoProblems([...problems(), ...fresh.problems()]);
      await fresh.page.close();
      await page.close();
    },
  },
  {
    name: 'English at 1280×720 (3 cards a row) and a phone (1 card a row) read without overlap',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser, { width: 1280, height: 720 });
      await page.goto(
        url(baseUrl, { ds: 'samples', lang: 'en', scope: `unit:${SEED}`, year: '2022' }),
      );
      await waitForOverview(page);
      assert((await cardText(page, 'lettersReceived')).includes('Letters received'), 'no English');
      assert(
        (await cardText(page, 'completionRate')).includes('no requests this year'),
        'no English reason',
      );
      assert((await cardsPerRow(page)) === 3, 'not 3 cards a row at 1280');
      await screenshot(page, 'overview-en-1280');
      const phone = await openPage(browser, { width: 390, height: 844 });
      await phone.page.goto(url(baseUrl, { ds: 'samples' }));
      await waitForOverview(phone.page);
      assert((await cardsPerRow(phone.page)) === 1, 'not 1 card a row on a phone');
      await screenshot(phone.page, 'overview-phone');
      assertNoProblems([...problems(), ...phone.problems()]);
      await phone.page.close();
      await page.close();
    },
  },
];
