// Browser tests of the 依申请 Requests view on both shipped datasets: every chart ready, no
// console problems, 平潭 2020's published imbalance named, the 不予公开 drill-down's 8 reasons,
// the 单年/区间 toggle, and copied URLs reproducing the charts in a fresh page.
import { assert, assertNoProblems, inkedPixels, openPage, screenshot } from '../harness.mjs';
import { settledCharts } from './compare.mjs';

const CHARTS = ['requests-pipeline', 'requests-outcomes', 'requests-applicants'];
const PINGTAN = encodeURIComponent('unit:平潭综合实验区');

async function digestChanged(page, id, before) {
  await page.waitForFunction(
    ([chart, d]) => {
      const el = document.querySelector(`[data-chart="${chart}"]`);
      return (
        el?.getAttribute('data-state') === 'ready' && el.getAttribute('data-option-digest') !== d
      );
    },
    [id, before],
    { timeout: 10000 },
  );
}

async function reproduces(browser, url, expected, ids) {
  const { page, problems } = await openPage(browser);
  await page.goto(url);
  const again = await settledCharts(page, ids);
  assert(
    JSON.stringify(again) === JSON.stringify(expected),
    `fresh page differs: ${JSON.stringify(again)} vs ${JSON.stringify(expected)}`,
  );
  assertNoProblems(problems());
  await page.close();
}

const perDataset = ['samples', 'demo'].map((ds) => ({
  name: `${ds}: pipeline, outcomes and applicants reach ready, no console problems`,
  fn: async ({ browser, baseUrl }) => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}?view=requests&ds=${ds}`);
    const charts = await settledCharts(page, CHARTS);
    for (const id of CHARTS) {
      assert(charts[id].startsWith('ready:'), `${id} is ${charts[id]}`);
      assert((await inkedPixels(page, id)) > 300, `${id} canvas is blank`);
    }
    await screenshot(page, `requests-${ds}`);
    assertNoProblems(problems());
    await page.close();
  },
}));

export const tests = [
  ...perDataset,
  {
    name: 'samples 平潭综合实验区 2020: the pipeline notes 27 ≠ 21 (T3-HANDLED)',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await page.goto(`${baseUrl}?view=requests&scope=${PINGTAN}&year=2020`);
      await settledCharts(page, CHARTS);
      const note = await page.innerText('[data-imbalances]');
      assert(note.includes('T3-HANDLED') && note.includes('27 ≠ 21'), `imbalance note: ${note}`);
      await screenshot(page, 'requests-pingtan-2020');
      assertNoProblems(problems());
      await page.close();
    },
  },
  {
    name: 'clicking 不予公开 shows its 8 reasons and puts outcome=denied in the URL, which reproduces it',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await page.goto(`${baseUrl}?view=requests&ds=demo`);
      const before = await settledCharts(page, CHARTS);
      await page.click('[data-outcome="denied"]');
      await page.waitForSelector('[data-reasons="denied"][data-reason-count="8"]');
      await digestChanged(page, 'requests-outcomes', before['requests-outcomes'].split(':')[1]);
      const ids = [...CHARTS, 'requests-reasons'];
      const after = await settledCharts(page, ids);
      assert(after['requests-reasons'].startsWith('ready:'), 'reasons chart not ready');
      assert(page.url().includes('outcome=denied'), `URL lacks outcome: ${page.url()}`);
      await screenshot(page, 'requests-demo-denied');
      assertNoProblems(problems());
      await reproduces(browser, page.url(), after, ids);
      await page.close();
    },
  },
  {
    name: '区间 switches to the year range (from/to in the URL) and changes the pipeline; 1280×720 English',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser, { width: 1280, height: 720 });
      await page.goto(`${baseUrl}?view=requests&ds=demo&lang=en`);
      const before = await settledCharts(page, CHARTS);
      await page.click('[data-mode="range"]');
      await digestChanged(page, 'requests-pipeline', before['requests-pipeline'].split(':')[1]);
      assert(/from=2020.*to=2025/.test(page.url()), `URL lacks the range: ${page.url()}`);
      assert(
        (await page.getAttribute('[data-selection]', 'data-selection')) === 'range:2020–2025',
        'not range mode',
      );
      const after = await settledCharts(page, CHARTS);
      await screenshot(page, 'requests-demo-range-en-1280');
      assertNoProblems(problems());
      await reproduces(browser, page.url(), after, CHARTS);
      await page.close();
    },
  },
];
