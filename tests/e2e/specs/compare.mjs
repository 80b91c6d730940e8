// Browser tests of the 对比 Compare view on both shipped datasets: every chart ready, no console
// problems, the ranking of the demo's 21 units, the indicator select changing chart and URL, and
// a copied URL reproducing the same charts in a fresh page.
import { assert, assertNoProblems, inkedPixels, openPage, screenshot } from '../harness.mjs';

const CHARTS = ['compare-ranking', 'compare-heatmap'];

/** Waits until every chart of the view has settled; returns {id: state:digest}. */
export async function settledCharts(page, ids) {
  for (const id of ids) {
    await page.waitForSelector(
      `[data-chart="${id}"]:is([data-state="ready"], [data-state="empty"])`,
      { timeout: 20000 },
    );
  }
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('[data-view-body] [data-chart]')].map((c) => [
        c.getAttribute('data-chart'),
        `${c.getAttribute('data-state')}:${c.getAttribute('data-option-digest') ?? ''}`,
      ]),
    ),
  );
}

function assertAllReady(charts) {
  for (const [id, s] of Object.entries(charts))
    assert(s.startsWith('ready:'), `chart ${id} is ${s}`);
}

async function freshPageMatches(browser, url, expected, ids) {
  const { page, problems } = await openPage(browser);
  await page.goto(url);
  const again = await settledCharts(page, ids);
  assert(
    JSON.stringify(again) === JSON.stringify(expected),
    `fresh page differs:\n${JSON.stringify(again)}\nvs\n${JSON.stringify(expected)}`,
  );
  assertNoProblems(problems());
  await page.close();
}

const perDataset = ['samples', 'demo'].map((ds) => ({
  name: `${ds}: ranking and heatmap reach ready, no console problems`,
  fn: async ({ browser, baseUrl }) => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}?view=compare&ds=${ds}`);
    assertAllReady(await settledCharts(page, CHARTS));
    for (const id of CHARTS) assert((await inkedPixels(page, id)) > 300, `${id} canvas is blank`);
    assert(
      (await page.locator('[data-year-table] tbody tr').count()) > 20,
      'year table has too few rows',
    );
    await screenshot(page, `compare-${ds}`);
    assertNoProblems(problems());
    await page.close();
  },
}));

export const tests = [
  ...perDataset,
  {
    name: 'demo: ranks all 21 units; changing the indicator changes the ranking digest and the URL, which reproduces it',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await page.goto(`${baseUrl}?view=compare&ds=demo`);
      const before = await settledCharts(page, CHARTS);
      assert(
        (await page.getAttribute('[data-ranked]', 'data-ranked')) === '21',
        'demo does not rank 21 units',
      );
      await page.selectOption('[data-control="indicator"]', 'completionRate');
      await page.waitForFunction(
        (d) => {
          const el = document.querySelector('[data-chart="compare-ranking"]');
          return (
            el?.getAttribute('data-state') === 'ready' &&
            el.getAttribute('data-option-digest') !== d
          );
        },
        before['compare-ranking'].split(':')[1],
        { timeout: 10000 },
      );
      assert(page.url().includes('ind=completionRate'), `URL lacks the indicator: ${page.url()}`);
      const after = await settledCharts(page, CHARTS);
      assert(after['compare-heatmap'] !== before['compare-heatmap'], 'heatmap did not change');
      assertNoProblems(problems());
      await freshPageMatches(browser, page.url(), after, CHARTS);
      await page.close();
    },
  },
  {
    name: 'the year selects change the table and the URL; 1280×720 and English screenshots',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser, { width: 1280, height: 720 });
      await page.goto(`${baseUrl}?view=compare&ds=demo&lang=en`);
      await settledCharts(page, CHARTS);
      await page.selectOption('[data-control="yearA"]', '2020');
      await page.waitForSelector('[data-year-table="2020-2025"]');
      assert(page.url().includes('ya=2020'), 'URL lacks ya=2020');
      assert(
        (await page.innerText('[data-panel="compare-years"] h2')) === 'Year versus year',
        'not English',
      );
      await screenshot(page, 'compare-demo-en-1280');
      assertNoProblems(problems());
      await page.close();
    },
  },
];
