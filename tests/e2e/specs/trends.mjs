// Browser tests of 趋势 Trends on both shipped datasets: every chart drawn, no console problems,
// the template-change mark for 平潭综合实验区, the layout switch (URL and one chart per unit),
// and a copied URL reproducing the same charts in a fresh page.
import { assert, assertNoProblems, inkedPixels, openPage, screenshot } from '../harness.mjs';

const PINGTAN = encodeURIComponent('unit:平潭综合实验区');

async function allReady(page) {
  await page.waitForSelector('[data-panel="trends-controls"][data-status="success"]', {
    timeout: 20000,
  });
  await page.waitForFunction(
    () => {
      const charts = [...document.querySelectorAll('[data-view-body="trends"] [data-chart]')];
      return charts.length > 0 && charts.every((c) => ['ready', 'empty'].includes(c.dataset.state));
    },
    null,
    { timeout: 20000 },
  );
}

async function digests(page) {
  return page.$$eval('[data-view-body="trends"] [data-chart]', (els) =>
    els.map((e) => `${e.dataset.chart}:${e.dataset.state}:${e.dataset.optionDigest ?? ''}`),
  );
}

export const tests = [
  ...['samples', 'demo'].map((ds) => ({
    name: `trends (${ds}): every chart ready, picking an indicator changes the URL and charts, the URL reproduces them`,
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await page.goto(`${baseUrl}?view=trends&ds=${ds}`);
      await allReady(page);
      const states = await digests(page);
      assert(
        states.every((s) => s.includes(':ready:')),
        `not all ready: ${states.join(' ')}`,
      );
      assert((await inkedPixels(page, 'trends-requestsNew')) > 300, 'requests chart blank');
      await page.check('input[data-indicator="publishedItems"]');
      await page.waitForSelector('[data-chart="trends-publishedItems"][data-state="ready"]');
      assert(page.url().includes('inds='), 'indicator pick not in the URL');
      await allReady(page);
      const before = await digests(page);
      const fresh = await openPage(browser);
      await fresh.page.goto(page.url());
      await allReady(fresh.page);
      const after = await digests(fresh.page);
      assert(before.join() === after.join(), `fresh page differs:\n${before}\n${after}`);
      await screenshot(page, `trends-${ds}`);
      assertNoProblems(problems());
      assertNoProblems(fresh.problems());
      await fresh.page.close();
      await page.close();
    },
  })),
  {
    name: 'trends (samples, 平潭综合实验区): the 2019→2021 template change is marked where the format changes',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await page.goto(`${baseUrl}?view=trends&ds=samples&scope=${PINGTAN}`);
      await allReady(page);
      const mark = page.locator('[data-panel="trends-requestsNew"] [data-template-mark]');
      assert((await mark.getAttribute('data-template-mark')) === '2020-2021', 'mark not 2020–2021');
      assert((await mark.innerText()).includes('模板变更 2019→2021版'), 'mark label missing');
      await screenshot(page, 'trends-pingtan');
      assertNoProblems(problems());
      await page.close();
    },
  },
  {
    name: 'trends (demo): two units, then small multiples: URL changes and one chart per unit',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await page.goto(`${baseUrl}?view=trends&ds=demo`);
      await allReady(page);
      const boxes = page.locator('[data-control="units"] input[type="checkbox"]');
      await boxes.nth(0).check();
      await boxes.nth(1).check();
      await allReady(page);
      assert(/units=[^&]+%2C|units=[^&]+,/.test(page.url()), `two units not in URL: ${page.url()}`);
      await page.check('input[data-layout="multiples"]');
      await page.waitForFunction(() => location.search.includes('layout=multiples'));
      await allReady(page);
      const n = await page.locator('[data-multiples="requestsNew"] [data-chart]').count();
      assert(n === 2, `expected 2 small charts, got ${n}`);
      await screenshot(page, 'trends-demo-multiples');
      const small = await openPage(browser, { width: 1280, height: 720 });
      await small.page.goto(`${page.url()}&lang=en`);
      await allReady(small.page);
      await screenshot(small.page, 'trends-demo-multiples-en-1280');
      assertNoProblems(problems());
      assertNoProblems(small.problems());
      await small.page.close();
      await page.close();
    },
  },
];
