// Browser tests of 数据质量 Quality on both shipped datasets: every chart ready, no console
// problems, the 洪泽区 2023 T4-SUM findings with both sides and a working profile link, the rule
// filter changing URL and list, and a copied URL reproducing the same view.
import { assert, assertNoProblems, openPage, screenshot } from '../harness.mjs';

async function ready(page) {
  await page.waitForSelector('[data-panel="findings"][data-status="success"]', { timeout: 15000 });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('[data-chart]')].every((c) =>
        ['ready', 'empty'].includes(c.getAttribute('data-state')),
      ),
    null,
    { timeout: 15000 },
  );
}
const digest = (page) => page.getAttribute('[data-chart="quality-by-rule"]', 'data-option-digest');
const rowCount = (page) => page.locator('[data-panel="findings"] tbody tr').count();

export const tests = [
  {
    name: 'quality (samples): 洪泽区 2023 T4-SUM shows 0 / 11 and links to a highlighted table 4',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await page.goto(`${baseUrl}?view=quality&rule=T4-SUM`);
      await ready(page);
      const row = page
        .locator('[data-panel="findings"] tr[data-unit="淮安市洪泽区人民政府"][data-year="2023"]')
        .first();
      assert((await row.locator('[data-side="left"]').innerText()) === '0', 'left side is not 0');
      assert(
        (await row.locator('[data-side="right"]').innerText()) === '11',
        'right side is not 11',
      );
      await screenshot(page, 'quality-t4');
      await row.locator('a[data-unit-link]').click();
      await page.waitForSelector('[data-unit-profile="淮安市洪泽区人民政府"]');
      assert(page.url().includes('view=unit'), `URL is ${page.url()}`);
      const flagged = await page.locator('[data-table="4"] [data-flagged="error"]').count();
      assert(flagged >= 5, `only ${flagged} table-4 cells highlighted`);
      assertNoProblems(problems());
      await page.close();
    },
  },
  ...['samples', 'demo'].map((ds) => ({
    name: `quality (${ds}): filtering by rule changes URL, list and chart; the URL reproduces it`,
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await page.goto(`${baseUrl}?view=quality&ds=${ds}`);
      await ready(page);
      assert(
        (await page.getAttribute('[data-chart="quality-by-rule"]', 'data-state')) === 'ready',
        'by-rule chart not ready',
      );
      const before = { digest: await digest(page), rows: await rowCount(page) };
      const total = Number(await page.getAttribute('[data-findings-count]', 'data-findings-count'));
      await screenshot(page, `quality-${ds}`);
      await page.selectOption('[data-filter="rule"]', 'MISSING');
      await page.waitForFunction(() => location.search.includes('rule=MISSING'));
      await ready(page);
      const after = Number(await page.getAttribute('[data-findings-count]', 'data-findings-count'));
      assert(after < total, `MISSING filter kept ${after} of ${total}`);
      const kinds = await page
        .locator('[data-panel="findings"] tbody tr')
        .evaluateAll((rs) => [...new Set(rs.map((r) => r.getAttribute('data-finding')))]);
      assert(kinds.length === 1 && kinds[0] === 'MISSING', `rows show rules ${kinds}`);
      const changed = await digest(page);
      assert(changed !== before.digest, 'chart digest did not change');
      const url = page.url();
      const fresh = await openPage(browser);
      await fresh.page.goto(url);
      await ready(fresh.page);
      assert((await digest(fresh.page)) === changed, 'fresh page draws another chart');
      assert(
        (await rowCount(fresh.page)) === (await rowCount(page)),
        'fresh page lists other rows',
      );
      assertNoProblems([...problems(), ...fresh.problems()]);
      await fresh.page.close();
      await page.close();
    },
  })),
  {
    name: 'quality in English at 1280×720 and the files panel lists every file',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser, { width: 1280, height: 720 });
      await page.goto(`${baseUrl}?view=quality&lang=en`);
      await ready(page);
      const head = await page.locator('[data-panel="findings"] thead').innerText();
      assert(head.includes('Left side') && head.includes('Difference'), `header: ${head}`);
      const files = await page.locator('[data-panel="files"] tbody tr').count();
      assert(files === 7, `files panel lists ${files} files`);
      await screenshot(page, 'quality-en-1280');
      assertNoProblems(problems());
      await page.close();
    },
  },
];
