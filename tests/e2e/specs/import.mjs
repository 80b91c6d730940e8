// Browser tests of 导入 Import: the seed report's text file and a generated PDF set on the file
// input → preview (screenshot) → confirm into a new dataset → open it in the dashboard → reload
// → still there (the browser's real IndexedDB); a recipe pasted → a clear message, nothing saved.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { assert, assertNoProblems, openPage, screenshot } from '../harness.mjs';

const SEED = 'tests/fixtures/reports-text/seed-shifanqu-2022.txt';

/** The PDF fixture is TypeScript; tsx renders it to bytes for the browser. */
function pdfBytes() {
  const script =
    "import { reportPdf } from './tests/fixtures/reports-pdf/layout.ts';" +
    "process.stdout.write(Buffer.from(reportPdf()).toString('base64'));";
  const out = execFileSync('npx', ['tsx', '--eval', script], { encoding: 'utf8' });
  return Buffer.from(out.trim(), 'base64');
}

async function preview(page, count) {
  await page.waitForFunction((n) => document.querySelectorAll('[data-draft]').length === n, count, {
    timeout: 20000,
  });
}

export const tests = [
  {
    name: 'import: seed text + PDF → preview → new dataset → dashboard → survives reload',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await page.goto(`${baseUrl}?view=import`);
      await page.waitForSelector('[data-file-input]');
      await page.setInputFiles('[data-file-input]', [
        { name: 'seed.txt', mimeType: 'text/plain', buffer: readFileSync(SEED) },
        { name: 'report.pdf', mimeType: 'application/pdf', buffer: pdfBytes() },
      ]);
      await preview(page, 2);
      const units = await page.$$eval('[data-meta="unit"]', (els) => els.map((e) => e.value));
      assert(units.includes('示范区管委会办公室'), `units read: ${units.join(', ')}`);
      const t2 = await page.$$eval('[data-draft]', (drafts) => {
        const seed = drafts.find(
          (d) => d.querySelector('[data-meta="unit"]').value === '示范区管委会办公室',
        );
        const cells = seed.querySelectorAll('[data-cell^="proactive.normativeDocuments."] input');
        return [...cells].map((e) => e.value).join('/');
      });
      assert(t2 === '11/9/98', `行政规范性文件 reads ${t2}`);
      const regions = await page.$$eval('[data-meta="region"]', (els) => els.map((e) => e.value));
      assert(regions.includes('河南省/焦作市/示范区'), `regions read: ${regions.join(', ')}`);
      const inferred = await page.$$eval('[data-code="report-place-inferred"]', (els) =>
        els.map((e) => e.textContent),
      );
      assert(
        inferred.some((t) => t.includes('河南省/焦作市/示范区') && t.includes('请核对')),
        `inferred-place warnings: ${inferred.join(' | ')}`,
      );
      await screenshot(page, 'import-preview');
      // A broken total is outlined and listed at once; putting it back clears it.
      const total = page.locator('[data-cell="requests.totalHandled.total"] input').first();
      const was = await total.inputValue();
      await total.fill('999');
      await page.waitForSelector('[data-cell="requests.totalHandled.total"].cell-flagged');
      await page
        .locator('[data-cell="requests.totalHandled.total"]')
        .first()
        .scrollIntoViewIfNeeded();
      await page.screenshot({ path: 'test-results/import-flagged.png' });
      await total.fill(was);
      await page.waitForFunction(
        () => !document.querySelector('[data-cell="requests.totalHandled.total"].cell-flagged'),
      );
      await page.click('[data-confirm-import]');
      await page.waitForSelector('[data-import-outcome]', { timeout: 15000 });
      const outcome = await page.innerText('[data-import-outcome] p');
      assert(outcome.includes('新增 2'), `outcome: ${outcome}`);
      await screenshot(page, 'import-outcome');
      await page.click('[data-open-dataset]');
      await page.waitForURL(/ds=user-/, { timeout: 10000 });
      const url = page.url();
      assert(!/view=import/.test(url), `still on the import view: ${url}`);
      const seen = async () => {
        const text = await page.innerText('body');
        return text.includes('示范区管委会办公室') && text.includes('测试区人民政府');
      };
      await page.waitForFunction(
        () => document.body.innerText.includes('示范区管委会办公室'),
        null,
        {
          timeout: 15000,
        },
      );
      await screenshot(page, 'import-opened');
      await page.reload();
      await page.waitForFunction(
        () => document.body.innerText.includes('示范区管委会办公室'),
        null,
        {
          timeout: 15000,
        },
      );
      assert(await seen(), 'the imported unit is gone after reload');
      assert(page.url() === url, `reload changed the URL: ${page.url()}`);
      assertNoProblems(problems());
    },
  },
  {
    name: 'import: a pasted recipe gets a clear message and nothing is saved',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await page.goto(`${baseUrl}?view=import&lang=en`);
      await page.fill(
        '[data-paste]',
        readFileSync('tests/fixtures/reports-text/recipe.txt', 'utf8'),
      );
      await page.click('[data-parse-paste]');
      await page.waitForSelector('.messages-error li');
      assert((await page.$$('[data-draft]')).length === 0, 'a recipe became a report');
      assert((await page.$$('[data-confirm-import]')).length === 0, 'confirm offered for nothing');
      await screenshot(page, 'import-recipe-en');
      assertNoProblems(problems());
    },
  },
];
