// Browser tests of the citable figures in 依申请, 复议诉讼, 数据质量 and 单位档案 (samples and demo):
// every figure has its caption (definition, 数据截至) and a drawn chart; for the requests pipeline
// and the appeal outcomes the CSV download (BOM, rows) equals the table the toggle shows and the
// SVG export parses and carries the caption; the unit profile's PNG is named after the unit, is
// 2016 px wide at 2× and is saved in zh and en to be looked at; a hostile unit name stays text in
// the table, the caption and the SVG.
import { readFile, writeFile } from 'node:fs/promises';
import { assert, assertNoProblems, inkedPixels, openPage, RESULTS_DIR } from '../harness.mjs';
import { screenshot } from '../harness.mjs';

const VIEWS = [
  {
    name: 'requests',
    query: 'view=requests&outcome=denied',
    figures: ['requests-pipeline', 'requests-outcomes', 'requests-reasons', 'requests-applicants'],
  },
  {
    name: 'appeals',
    query: 'view=appeals',
    figures: ['appeals-years', 'appeals-rates', 'appeals-units-review', 'appeals-units-litigation'],
  },
  { name: 'quality', query: 'view=quality', figures: ['quality-by-rule'] },
  { name: 'unit', query: 'view=unit', figures: ['unit-trend'] },
];
const UNIT = { samples: '平潭综合实验区', demo: '云澜市人民政府' };

/** The named figures' charts drawn (data-state=ready). */
async function figuresReady(page, ids) {
  await page.waitForFunction(
    (list) =>
      list.every(
        (id) =>
          document
            .querySelector(`[data-figure="${id}"] [data-chart]`)
            ?.getAttribute('data-state') === 'ready',
      ),
    ids,
    { timeout: 20000 },
  );
}

async function captions(page) {
  return page.$$eval('[data-figure]', (figs) =>
    figs.map((f) => ({
      id: f.getAttribute('data-figure'),
      caption: f.querySelector('figcaption[data-caption]')?.textContent ?? null,
    })),
  );
}

async function download(page, selector) {
  await page.waitForFunction(
    (s) => {
      const b = document.querySelector(s);
      return b !== null && !b.disabled && b.getAttribute('aria-disabled') !== 'true';
    },
    selector,
    {
      timeout: 15000,
    },
  );
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** The figure's data table as the toggle shows it: header row, then body rows (cell text). */
async function shownTable(page, id) {
  const toggle = `[data-figure="${id}"] [data-toggle-table]`;
  if ((await page.getAttribute(toggle, 'aria-expanded')) !== 'true') await page.click(toggle);
  await page.waitForSelector(`[data-figure="${id}"] [data-figure-table]`);
  return page.$$eval(`[data-figure="${id}"] [data-figure-table] tr`, (trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent)),
  );
}

/** RFC 4180 with CRLF rows, as figureCsv writes it. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) cell += c;
    else if (c === ',') endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** A table cell as the CSV writes it: — is blank, thousands separators go. */
const asCsv = (text) =>
  text === '—' ? '' : /^-?[\d,]+(\.\d+)?$/.test(text) ? text.replace(/,/g, '') : text;

/**
 * Files are inspected in a blank page of their own: parsing an SVG (with its style attributes)
 * inside the dashboard would count against the dashboard's CSP.
 */
async function blankPage(browser) {
  const page = await browser.newPage();
  await page.goto('about:blank');
  return page;
}

/** Parses an SVG: no parser error, its <title>, all its text, and any HTML <img> or <script>. */
async function inspectSvg(browser, text) {
  const page = await blankPage(browser);
  const result = await page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      title: doc.querySelector('svg > title')?.textContent ?? null,
      text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join('\n'),
      injected: doc.getElementsByTagName('img').length + doc.getElementsByTagName('script').length,
    };
  }, text);
  await page.close();
  return result;
}

/** Decodes a PNG; its pixel size and how many sampled pixels are not light. */
async function decodePng(browser, bytes) {
  const page = await blankPage(browser);
  const result = await page.evaluate(async (b64) => {
    const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], {
      type: 'image/png',
    });
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4 * 97) if (data[i] < 200) inked++;
    return { width: bitmap.width, height: bitmap.height, inked };
  }, bytes.toString('base64'));
  await page.close();
  return result;
}

/** CSV download = the table the toggle shows; SVG parses and carries the caption. */
async function checkExports(browser, page, id) {
  const shown = await shownTable(page, id);
  assert(shown.length > 1, `${id}: the data table has no rows`);
  const csv = await download(page, `[data-figure="${id}"] [data-export="csv"]`);
  assert(csv.name.endsWith('.csv'), `${id}: CSV named ${csv.name}`);
  assert(
    csv.bytes[0] === 0xef && csv.bytes[1] === 0xbb && csv.bytes[2] === 0xbf,
    `${id}: the CSV has no UTF-8 BOM`,
  );
  const rows = parseCsv(csv.bytes.subarray(3).toString('utf8'));
  const expected = shown.map((r) => r.map(asCsv));
  assert(
    JSON.stringify(rows) === JSON.stringify(expected),
    `${id}: CSV ≠ table\n      CSV   ${JSON.stringify(rows)}\n      table ${JSON.stringify(expected)}`,
  );

  const caption = await page.textContent(`[data-figure="${id}"] figcaption`);
  const definition = /定义：(.+?)数据集/.exec(caption)?.[1];
  const asOf = /数据截至：(\d{4}年\d{1,2}月\d{1,2}日)/.exec(caption)?.[1];
  assert(definition && asOf, `${id}: caption lacks definition or 数据截至: ${caption}`);
  const svg = await download(page, `[data-figure="${id}"] [data-export="svg"]`);
  assert(svg.name.endsWith('.svg'), `${id}: SVG named ${svg.name}`);
  const parsed = await inspectSvg(browser, svg.bytes.toString('utf8'));
  assert(
    parsed.error === null && parsed.root === 'svg',
    `${id}: SVG does not parse: ${parsed.error}`,
  );
  // Caption lines wrap at the image width; a space at a break is dropped, so compare without.
  const flat = parsed.text.replace(/\s/g, '');
  const has = (t) => flat.includes(t.replace(/\s/g, ''));
  assert(has(definition), `${id}: SVG lacks the definition ${definition}`);
  assert(has(`数据截至：${asOf}`), `${id}: SVG lacks 数据截至：${asOf}`);
  assert(parsed.title && has(parsed.title), `${id}: SVG title ${parsed.title} not drawn`);
  return { csv, svg };
}

function hostileReport(unit, review) {
  return {
    unit,
    year: 2023,
    format: '2021',
    source: { url: null, title: null, published: '2024-01-15', file: null },
    requests: { new: { total: 12 } },
    review: { maintained: review, corrected: 1, other: 0, pending: 0, total: review + 1 },
  };
}

export const tests = [
  ...['samples', 'demo'].map((ds) => ({
    name: `figures (${ds}): every chart of 依申请, 复议诉讼, 数据质量 and 单位档案 is drawn with its caption (definition, 数据截至)`,
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      for (const view of VIEWS) {
        const unit = view.name === 'unit' ? `&unit=${encodeURIComponent(UNIT[ds])}` : '';
        await page.goto(`${baseUrl}?ds=${ds}&${view.query}${unit}`);
        await figuresReady(page, view.figures);
        const found = await captions(page);
        const ids = found.map((f) => f.id);
        assert(
          JSON.stringify(ids) === JSON.stringify(view.figures),
          `${view.name}: figures ${ids.join(', ')}`,
        );
        for (const { id, caption } of found) {
          assert(caption !== null, `${id}: no caption element`);
          assert(/定义：\S{4,}/.test(caption), `${id}: no definition in "${caption}"`);
          assert(
            /数据截至：\d{4}年\d{1,2}月\d{1,2}日/.test(caption),
            `${id}: no 数据截至 in "${caption}"`,
          );
          assert(ds !== 'demo' || caption.startsWith('模拟数据'), `${id}: no 模拟数据 mark`);
          assert((await inkedPixels(page, id)) > 200, `${id}: the chart is blank`);
        }
        if (view.name === 'unit')
          assert(found[0].caption.includes(`单位：${UNIT[ds]}`), 'unit caption lacks the unit');
      }
      assertNoProblems(problems());
      await page.close();
    },
  })),
  {
    name: 'figures: requests pipeline and appeal outcomes — CSV (BOM) equals the table shown, SVG parses with the caption',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await page.goto(`${baseUrl}?view=requests&year=2020`);
      await figuresReady(page, ['requests-pipeline']);
      const pipeline = await checkExports(browser, page, 'requests-pipeline');
      assert(
        pipeline.csv.name === '全部单位_申请办理流程_2020.csv',
        `pipeline CSV named ${pipeline.csv.name}`,
      );
      await screenshot(page, 'figures-requests-table');
      await page.goto(`${baseUrl}?view=appeals`);
      await figuresReady(page, ['appeals-years']);
      const appeals = await checkExports(browser, page, 'appeals-years');
      const rows = parseCsv(appeals.csv.bytes.subarray(3).toString('utf8'));
      assert(rows[0][0] === '年度' && rows.length === 8, `appeal CSV: ${rows.length} rows`);
      await screenshot(page, 'figures-appeals-table');
      assertNoProblems(problems());
      await page.close();
    },
  },
  ...[
    ['zh', '依申请办结率', '定义：(七)总计'],
    ['en', 'Completion rate', 'Definition: total handled'],
  ].map(([lang, title, definition]) => ({
    name: `figures: the unit profile's PNG (${lang}) is named after the unit, 2016 px wide at 2×, and saved to be looked at`,
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      const unit = '平潭综合实验区';
      await page.goto(`${baseUrl}?view=unit&unit=${unit}&ind=completionRate&lang=${lang}`);
      await figuresReady(page, ['unit-trend']);
      const caption = await page.textContent('[data-figure="unit-trend"] figcaption');
      assert(caption.includes(definition), `caption: ${caption}`);
      const png = await download(page, '[data-figure="unit-trend"] [data-export="png2"]');
      assert(
        png.name === `${unit}_${title.replace(/ /g, '-')}_2019-2025@2x.png`,
        `PNG named ${png.name}`,
      );
      const image = await decodePng(browser, png.bytes);
      assert(image.width === 2016, `PNG is ${image.width} px wide`);
      assert(
        image.height > 600 && image.inked > 500,
        `PNG ${image.height} px high, ${image.inked} inked`,
      );
      await writeFile(`${RESULTS_DIR}/figure-unit-profile-${lang}.png`, png.bytes);
      assertNoProblems(problems());
      await page.close();
    },
  })),
  {
    name: 'figures: a hostile unit name stays text in the appeals table, the unit caption, the SVG and the file name',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      const hostile = '<img src=x onerror="window.__xss=1">';
      await page.route('**/samples/2023.json', (route) =>
        route.fulfill({ json: [hostileReport(hostile, 5), hostileReport('乙单位', 1)] }),
      );
      await page.goto(`${baseUrl}?view=appeals&year=2023`);
      await figuresReady(page, ['appeals-units-review']);
      const table = await shownTable(page, 'appeals-units-review');
      assert(table[1][0] === hostile, `first unit row reads ${table[1][0]}`);
      assert(
        JSON.stringify(table[1]) === JSON.stringify([hostile, '5', '1', '0', '0']),
        `hostile row ${JSON.stringify(table[1])}`,
      );

      await page.goto(`${baseUrl}?view=unit&unit=${encodeURIComponent(hostile)}&year=2023`);
      await figuresReady(page, ['unit-trend']);
      const caption = await page.textContent('[data-figure="unit-trend"] figcaption');
      assert(caption.includes(`单位：${hostile}`), `caption: ${caption}`);
      const svg = await download(page, '[data-figure="unit-trend"] [data-export="svg"]');
      assert(svg.name.startsWith('img-src=x-onerror=-window.__xss=1_'), `SVG named ${svg.name}`);
      const parsed = await inspectSvg(browser, svg.bytes.toString('utf8'));
      assert(parsed.error === null, `SVG does not parse: ${parsed.error}`);
      assert(parsed.injected === 0, 'the SVG holds an element from the unit name');
      assert(parsed.text.includes(hostile), 'the SVG does not show the unit name as text');
      const injected = await page.evaluate(
        () => '__xss' in window || document.querySelectorAll('main img').length,
      );
      assert(!injected, 'markup in a unit name ran or was inserted');
      assertNoProblems(problems([/Failed to load resource/]));
      await page.close();
    },
  },
];
