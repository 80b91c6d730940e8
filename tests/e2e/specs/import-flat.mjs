// Browser tests of 导入 Import with a crawler-flattened page: the run the parser could not split
// is shown as printed with a split box (screenshot, zh and en) → a wrong split gets an inline
// message → the right split fills the cells → focusing a figure marks exactly its source line,
// also when three source rows have the same text.
import { readFileSync } from 'node:fs';
import { assert, assertNoProblems, openPage, screenshot } from '../harness.mjs';

const FIXTURES = 'tests/fixtures/reports-text';
const RUN = '[data-run-split="行政规范性文件5431"]';

async function load(page, baseUrl, lang, names) {
  await page.goto(`${baseUrl}?view=import${lang === 'en' ? '&lang=en' : ''}`);
  await page.waitForSelector('[data-file-input]');
  await page.setInputFiles(
    '[data-file-input]',
    names.map((name) => ({
      name,
      mimeType: 'text/plain',
      buffer: readFileSync(`${FIXTURES}/${name}`),
    })),
  );
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-draft]').length === n,
    names.length,
    {
      timeout: 20000,
    },
  );
}

/** The marked source line of a draft: its 1-based number and its text. */
function activeLine(page, draft = '[data-draft]') {
  return page.$eval(`${draft} [data-source-pane]`, (pane) => {
    const active = pane.querySelectorAll('[data-active]');
    if (active.length !== 1) return { count: active.length };
    const li = active[0];
    const list = pane.querySelector('.source-lines');
    const shown =
      li.offsetTop >= list.scrollTop &&
      li.offsetTop + li.offsetHeight <= list.scrollTop + list.clientHeight;
    return {
      count: 1,
      line: Number(li.getAttribute('data-source-line')),
      text: li.querySelector('.source-text').textContent,
      shown,
    };
  });
}

/** The split box with the table below it and the source pane beside it. */
async function shotOf(page, selector, name) {
  await page.$eval(selector, (el) => el.scrollIntoView({ block: 'start' }));
  const box = await page.locator(selector).boundingBox();
  await page.screenshot({
    path: `test-results/${name}.png`,
    clip: { x: 0, y: Math.max(0, box.y - 40), width: 1440, height: 440 },
  });
}

const shotOfRun = (page, name) => shotOf(page, RUN, name);

export const tests = [
  {
    name: 'import-flat: a run left unsplit is split by typing; focus marks the source line',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await load(page, baseUrl, 'zh', ['flattened-unique.txt']);
      const prompt = await page.innerText(`${RUN} .run-split-text`);
      assert(
        prompt.includes('原文“行政规范性文件5431”数字连在一起，请按原文拆分'),
        `prompt: ${prompt}`,
      );
      const blank = await page.$$eval('[data-cell^="proactive.normativeDocuments."]', (cells) =>
        cells.map((c) => c.getAttribute('data-unsplit')),
      );
      assert(blank.join() === 'true,true,true', `cells waiting for the split: ${blank}`);
      await shotOfRun(page, 'import-flat-run-zh');
      // A wrong split is refused inline; nothing is filled.
      await page.fill(`${RUN} [data-run-input]`, '5 4 32');
      await page.press(`${RUN} [data-run-input]`, 'Enter');
      await page.waitForSelector(`${RUN} [data-run-error="digits"]`);
      await shotOfRun(page, 'import-flat-run-error-zh');
      // The right one fills the three cells and clears the MISSING finding.
      await page.fill(`${RUN} [data-run-input]`, '5 4 31');
      await page.click(`${RUN} [data-run-fill]`);
      await page.waitForSelector(`${RUN}[data-state="filled"]`);
      const cells = await page.$$eval('[data-cell^="proactive.normativeDocuments."] input', (els) =>
        els.map((e) => e.value).join('/'),
      );
      assert(cells === '5/4/31', `行政规范性文件 reads ${cells}`);
      const rules = await page.$$eval('.import-findings [data-rule]', (els) =>
        els.map((e) => e.getAttribute('data-rule')),
      );
      assert(!rules.includes('MISSING'), `findings after the split: ${rules}`);
      await shotOfRun(page, 'import-flat-run-filled-zh');
      // Focusing a figure marks its own line in the source pane, scrolled into view. The pointer
      // is moved off the tables first: hovering a cell marks that cell's line instead.
      await page.mouse.move(0, 0);
      await page.focus('[data-cell="requests.new.natural"] input');
      const t3 = await activeLine(page);
      assert(
        t3.count === 1 && t3.text.startsWith('一、本年新收政府信息公开申请数量\t12\t1'),
        `marked: ${JSON.stringify(t3)}`,
      );
      assert(t3.shown, `line ${t3.line} is not scrolled into view`);
      await page.focus('[data-cell="proactive.normativeDocuments.valid"] input');
      const run = await activeLine(page);
      assert(run.text === '行政规范性文件' && run.line < t3.line, `marked: ${JSON.stringify(run)}`);
      await screenshot(page, 'import-flat-source');
      assertNoProblems(problems());
    },
  },
  {
    name: 'import-flat: three identical source rows each mark their own line',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await load(page, baseUrl, 'zh', ['table4-three-rows.txt']);
      const lines = [];
      await page.mouse.move(0, 0);
      for (const key of ['review.total', 'litigationDirect.total', 'litigationAfterReview.total']) {
        await page.focus(`[data-cell="${key}"] input`);
        lines.push(await activeLine(page));
      }
      assert(
        lines.every((l) => l.count === 1 && l.text === '0\t0\t0\t0\t0' && l.shown),
        `marked: ${JSON.stringify(lines)}`,
      );
      const [a, b, c] = lines.map((l) => l.line);
      assert(b === a + 3 && c === b + 3, `lines ${a}, ${b}, ${c}`);
      await page.locator('[data-source-pane] [data-active]').scrollIntoViewIfNeeded();
      await screenshot(page, 'import-flat-identical-rows');
      assertNoProblems(problems());
    },
  },
  {
    name: 'import-flat: English, with one-click choices for an ambiguous table-3 row',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await load(page, baseUrl, 'en', ['flattened-ambiguous.txt']);
      const prompt = await page.innerText(`${RUN} .run-split-text`);
      assert(prompt.includes('run together'), `prompt: ${prompt}`);
      await shotOfRun(page, 'import-flat-run-en');
      const row = '[data-run-split="6.属于四类过程性信息110000011"]';
      await page.locator(row).scrollIntoViewIfNeeded();
      await page.click(`${row} [data-run-choice="11 0 0 0 0 0 11"]`);
      await page.waitForSelector(`${row}[data-state="filled"]`);
      const values = await page.$$eval('[data-cell^="requests.denied.processInfo."] input', (els) =>
        els.map((e) => e.value).join(' '),
      );
      assert(values === '11 0 0 0 0 0 11', `process-information row reads ${values}`);
      await shotOf(page, row, 'import-flat-choices-en');
      assertNoProblems(problems());
    },
  },
];
