// Browser tests of the built dashboard: what a visitor sees for the shipped datasets, the chart
// drawing, the simulated-data mark, a failed file and a hostile unit name, and the CSP.
import { readFileSync } from 'node:fs';
import { assert, assertNoProblems, inkedPixels, openPage, screenshot } from './harness.mjs';

const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8'));
const samples = manifest.datasets.find((d) => d.id === 'samples');
const demo = manifest.datasets.find((d) => d.id === 'demo');
const CHART = 'trend-requestsNew';
const HOSTILE = '<img src=x onerror="window.__xss=1">';

const text = (page, selector) => page.locator(selector).first().innerText();

async function waitForData(page) {
  await page.waitForSelector(`[data-chart="${CHART}"][data-state="ready"]`, { timeout: 15000 });
}

/** The unit list of the quality view (its coverage panel). */
async function unitsPanel(page, baseUrl, query) {
  await page.goto(`${baseUrl}?view=quality${query}`);
  await page.waitForSelector('[data-panel="units"][data-status="success"]', { timeout: 15000 });
  return text(page, '[data-panel="units"]');
}

/** Unit names of a JSON data file, read from the project's own data folder. */
function unitsOf(dataset) {
  const names = new Set();
  for (const path of Object.values(dataset.files)) {
    if (!path.endsWith('.json')) continue;
    for (const r of JSON.parse(readFileSync(`data/${path}`, 'utf8'))) names.add(r.unit);
  }
  return [...names];
}

export const tests = [
  {
    name: 'the samples dataset loads with its units, years, findings and a drawn chart, no console errors',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await page.goto(baseUrl);
      await waitForData(page);
      assert(
        (await text(page, '.dataset-title')).includes(samples.title.zh),
        'samples title missing',
      );
      assert(
        (await text(page, '[data-stat="years"] dd')) === '2019–2025',
        'years are not 2019–2025',
      );
      assert((await inkedPixels(page, CHART)) > 500, 'chart canvas is blank');
      const total = Number(await text(page, '[data-severity="total"] dd'));
      assert(total > 0, `findings count is ${total}, expected > 0`);
      assert(
        (await page.locator('[data-simulated-mark]').count()) === 0,
        'real data marked as simulated',
      );
      await screenshot(page, 'samples');
      const units = await unitsPanel(page, baseUrl, '');
      for (const unit of ['平潭综合实验区', '示范区管委会办公室']) {
        assert(units.includes(unit), `unit ${unit} not listed`);
      }
      assertNoProblems(problems());
      await page.close();
    },
  },
  {
    name: 'switching to the demo dataset shows the 模拟数据 mark and the demo units',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await page.goto(baseUrl);
      await waitForData(page);
      await page.click('button[data-dataset="demo"]');
      await page.waitForSelector(`[data-dataset-title="demo"]`);
      await waitForData(page);
      assert((await text(page, '[data-simulated-mark]')) === '模拟数据', '模拟数据 mark missing');
      assert(page.url().includes('ds=demo'), 'the URL does not name the dataset');
      assert((await inkedPixels(page, CHART)) > 500, 'demo chart canvas is blank');
      await screenshot(page, 'demo');
      const units = await unitsPanel(page, baseUrl, '&ds=demo');
      const expected = unitsOf(demo);
      assert(expected.length > 0, 'demo units could not be read from data/');
      for (const unit of expected.slice(0, 5))
        assert(units.includes(unit), `demo unit ${unit} not listed`);
      assert(!units.includes('平潭综合实验区'), 'samples units still listed after switching');
      assertNoProblems(problems());
      await page.close();
    },
  },
  {
    name: 'the chart tooltip shows a year and its value without breaking the CSP',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await page.goto(baseUrl);
      await waitForData(page);
      const canvas = page.locator(`[data-chart="${CHART}"] canvas`).first();
      await canvas.scrollIntoViewIfNeeded();
      const box = await canvas.boundingBox();
      assert(box, 'no chart canvas');
      await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.6);
      await page.waitForSelector(`[data-chart="${CHART}"] .tt-title`, { timeout: 5000 });
      const tip = await text(page, `[data-chart="${CHART}"] .tt`);
      assert(/20\d\d/.test(tip) && tip.includes('本年新收'), `tooltip reads: ${tip}`);
      await screenshot(page, 'tooltip');
      assertNoProblems(problems());
      await page.close();
    },
  },
  {
    name: 'a file that fails to load is listed with its name and message; a hostile unit name is text',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      const [missing, hostile] = Object.values(samples.files).filter((p) => p.endsWith('.json'));
      await page.route(`**/${missing}`, (route) =>
        route.fulfill({ status: 404, body: 'not found' }),
      );
      const report = [
        { unit: HOSTILE, year: 2022, format: '2021', requests: { new: { total: 5 } } },
      ];
      await page.route(`**/${hostile}`, (route) => route.fulfill({ json: report }));
      await page.goto(`${baseUrl}?view=quality`);
      await page.waitForSelector('[data-panel="units"][data-status="success"]', { timeout: 15000 });
      const row = page.locator(`[data-file="${missing}"]`);
      assert((await row.getAttribute('data-status')) === 'error', `${missing} not marked failed`);
      assert((await row.innerText()).includes('404'), 'the failed file does not say why');
      const units = await text(page, '[data-panel="units"]');
      assert(units.includes(HOSTILE), 'hostile unit name not shown as text');
      const injected = await page.evaluate(() => ({
        xss: 'xss' in window || '__xss' in window,
        img: document.querySelectorAll('img[src="x"]').length,
      }));
      assert(!injected.xss && injected.img === 0, 'unit name was interpreted as HTML');
      assertNoProblems(problems([/status of 404/]));
      await page.close();
    },
  },
  {
    name: 'the built page carries a CSP that refuses inline scripts',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await page.goto(baseUrl);
      await waitForData(page);
      const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
      assert(
        csp && csp.includes("script-src 'self'") && csp.includes("default-src 'self'"),
        `CSP: ${csp}`,
      );
      assert(
        (await page.locator('script:not([src])').count()) === 0,
        'the page has inline scripts',
      );
      const ran = await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__inlineRan = true';
        document.head.append(s);
        return window.__inlineRan === true;
      });
      assert(!ran, 'an injected inline script ran');
      const left = problems([/Content Security Policy|CSP violation/]);
      assert(
        problems().length > left.length,
        'the blocked script was not reported as a CSP violation',
      );
      assertNoProblems(left);
      await page.close();
    },
  },
];
