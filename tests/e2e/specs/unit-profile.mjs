// Browser tests of 单位档案 Unit profile: the seed unit's tables and narrative as published, a
// 2019-template year in its own layout, the picker, a changed indicator redrawing the trend, the
// demo dataset, and a hostile unit name staying text.
import { assert, assertNoProblems, openPage, screenshot } from '../harness.mjs';

async function ready(page) {
  await page.waitForSelector('[data-panel="table-3"][data-status="success"]', { timeout: 15000 });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('[data-chart]')].every((c) =>
        ['ready', 'empty'].includes(c.getAttribute('data-state')),
      ),
    null,
    { timeout: 15000 },
  );
}
const cell = (page, key) => page.locator(`[data-cell="${key}"]`).first().innerText();
const fig = (page, key) => page.locator(`[data-narrative="${key}"] dd`).innerText();
const digest = (page) => page.getAttribute('[data-chart="unit-trend"]', 'data-option-digest');

export const tests = [
  {
    name: 'unit profile: 示范区管委会办公室 2022 table 2 reads 11 / 9 / 98, 274 letters, 100%, 2,000+ items',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await page.goto(`${baseUrl}?view=unit&unit=示范区管委会办公室&year=2022`);
      await ready(page);
      const t2 = ['issued', 'repealed', 'valid'].map((c) => `proactive.normativeDocuments.${c}`);
      const got = [];
      for (const k of t2) got.push(await cell(page, k));
      assert(got.join('/') === '11/9/98', `行政规范性文件 reads ${got.join('/')}`);
      assert((await fig(page, 'lettersReceived')) === '274', 'letters are not 274');
      assert((await fig(page, 'lettersCompletionRate')) === '100%', 'rate is not 100%');
      assert(/^2,?000\+$/.test(await fig(page, 'publishedItems')), 'published items not 2000+');
      assert(
        (await page.getAttribute('[data-chart="unit-trend"]', 'data-state')) === 'ready',
        'unit trend not ready',
      );
      await screenshot(page, 'unit-profile-shifanqu');
      assertNoProblems(problems());
      await page.close();
    },
  },
  {
    name: 'unit profile: 平潭综合实验区 2019 shows the 2019-format table 2; picking an indicator redraws and the URL reproduces it',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await page.goto(`${baseUrl}?view=unit&unit=平潭综合实验区&year=2019`);
      await ready(page);
      assert(
        (await page.getAttribute('[data-table="2"]', 'data-format')) === '2019',
        'table 2 is not the 2019 layout',
      );
      const t2 = await page.locator('[data-table="2"]').innerText();
      assert(t2.includes('本年新制作数量') && t2.includes('政府集中采购'), '2019 headings missing');
      assert(
        await page.locator('[data-single-other-note]').isVisible(),
        'single (六) note missing',
      );
      const before = await digest(page);
      await page.click('[data-indicator="completionRate"] button');
      await page.waitForFunction(() => location.search.includes('ind=completionRate'));
      await ready(page);
      const after = await digest(page);
      assert(after && after !== before, 'trend chart did not change');
      const fresh = await openPage(browser);
      await fresh.page.goto(page.url());
      await ready(fresh.page);
      assert((await digest(fresh.page)) === after, 'fresh page draws another trend');
      await screenshot(page, 'unit-profile-pingtan-2019');
      assertNoProblems([...problems(), ...fresh.problems()]);
      await fresh.page.close();
      await page.close();
    },
  },
  {
    name: 'unit profile (demo): the picker opens a unit; English at 1280×720',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser, { width: 1280, height: 720 });
      await page.goto(`${baseUrl}?view=unit&ds=demo&lang=en`);
      await page.waitForSelector('[data-panel="unit-picker"][data-status="success"]');
      await page.fill('[data-unit-search]', '云澜市人民政府');
      await page.locator('.unit-matches a').first().click();
      await ready(page);
      assert(page.url().includes('unit='), 'URL does not name the unit');
      const head = await page.locator('[data-table="3"] thead').innerText();
      assert(head.includes('Applicants'), `table 3 header: ${head}`);
      await screenshot(page, 'unit-profile-demo-en');
      assertNoProblems(problems());
      await page.close();
    },
  },
  {
    name: 'unit profile: a hostile unit name is shown as text',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      const hostile = '<img src=x onerror="window.__xss=1">';
      await page.route('**/samples/2023.json', (route) =>
        route.fulfill({
          json: [{ unit: hostile, year: 2023, format: '2021', review: { total: 4 } }],
        }),
      );
      await page.goto(`${baseUrl}?view=unit&unit=${encodeURIComponent(hostile)}&year=2023`);
      await ready(page);
      const title = await page.locator('[data-panel="unit-header"] h2').innerText();
      assert(title.includes(hostile), `title reads ${title}`);
      assert(!(await page.evaluate(() => '__xss' in window)), 'markup in a unit name ran');
      assertNoProblems(problems([/Failed to load resource/]));
      await page.close();
    },
  },
];
