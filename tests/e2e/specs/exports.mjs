// Browser tests of a citable figure's exports, on the 对比 ranking and the 总览 trend, in Chinese
// and English, on the real and the simulated dataset: PNG 2× / 3× decode with the expected pixel
// size (read from the IHDR chunk) and are not blank; the SVG parses and carries the caption lines
// (and 模拟数据 for the demo); the CSV starts with the UTF-8 BOM and holds exactly the rows of the
// data table the toggle shows; the file names say what they hold; the table opens from the
// keyboard. The 2× PNGs are kept in test-results/ to be looked at.
import { mkdir, readFile } from 'node:fs/promises';
import { assert, assertNoProblems, openPage, RESULTS_DIR, screenshot } from '../harness.mjs';

const CASES = [
  {
    view: 'compare',
    chart: 'compare-ranking',
    lang: 'zh',
    ds: 'demo',
    title: '单位排名 · 本年新收申请 2025',
    name: '模拟数据_全部单位_单位排名-本年新收申请-2025_2025',
  },
  {
    view: 'compare',
    chart: 'compare-ranking',
    lang: 'en',
    ds: 'samples',
    title: 'Ranking of units · New requests 2025',
    name: 'All-units_Ranking-of-units-New-requests-2025_2025',
  },
  {
    view: 'overview',
    chart: 'trend-requestsNew',
    lang: 'zh',
    ds: 'samples',
    title: '本年新收申请',
    name: '全部单位_本年新收申请_2019-2025',
  },
  {
    view: 'overview',
    chart: 'trend-requestsNew',
    lang: 'en',
    ds: 'demo',
    title: 'New requests',
    name: 'Simulated-data_All-units_New-requests_2020-2025',
  },
];

const WORDS = {
  zh: { definition: '定义：', dataset: '数据集：', asOf: '数据截至：', simulated: '模拟数据' },
  en: {
    definition: 'Definition: ',
    dataset: 'Dataset: ',
    asOf: 'Data as of: ',
    simulated: 'Simulated data',
  },
};

/** Clicks an export button of the figure and returns the download's name and bytes. */
async function exportFile(page, figure, job) {
  const button = figure.locator(`button[data-export="${job}"]`);
  // Busy while another export runs: aria-disabled (it keeps focus), so wait for both.
  await page.waitForFunction(
    (b) => !b.disabled && b.getAttribute('aria-disabled') !== 'true',
    await button.elementHandle(),
    {
      timeout: 10000,
    },
  );
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30000 }),
    button.click(),
  ]);
  return {
    download,
    name: download.suggestedFilename(),
    bytes: await readFile(await download.path()),
  };
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), after the signature. */
function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  assert(
    signature.every((b, i) => bytes[i] === b),
    'not a PNG signature',
  );
  assert(bytes.subarray(12, 16).toString('latin1') === 'IHDR', 'first chunk is not IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// The files are decoded and parsed in a blank page of the same browser: parsing an SVG inside the
// dashboard would report its style attributes as violations of the dashboard's own CSP.

/** Decodes the PNG in the page: its size, ink (non-white pixels) and the top-left pixel. */
function decodePng(page, bytes) {
  return page.evaluate(async (b64) => {
    const raw = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([raw], { type: 'image/png' }));
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235) inked++;
    }
    return {
      width: bitmap.width,
      height: bitmap.height,
      inked,
      corner: [...data.subarray(0, 4)],
    };
  }, bytes.toString('base64'));
}

/** Parses the SVG in the page: parser errors, size, and the text of every <text>. */
function parseSvg(page, text) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: root.nodeName,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      title: root.querySelector(':scope > title')?.textContent ?? null,
      texts: [...root.querySelectorAll(':scope > text')].map((t) => t.textContent),
    };
  }, text);
}

/** RFC 4180 rows (quoted fields, doubled quotes, CRLF line ends). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== ',' && c !== '\r')) field += c;
    else if (c === ',') endField();
    else if (text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** The data table as a reader sees it, cell by cell, the header row first. */
function tableCells(page, tableId) {
  return page.evaluate((id) => {
    const table = document.getElementById(id);
    return [...table.querySelectorAll('tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent),
    );
  }, tableId);
}

/** A table cell as the CSV writes it: — is a blank, numbers without thousands separators. */
const asCsv = (cell) =>
  cell === '—' ? '' : /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(cell) ? cell.replace(/,/g, '') : cell;

async function checkPngs(page, lab, figure, c, svgHeight) {
  for (const ratio of [2, 3]) {
    const file = await exportFile(page, figure, `png${ratio}`);
    assert(file.name === `${c.name}@${ratio}x.png`, `PNG ${ratio}× file name: ${file.name}`);
    const size = pngSize(file.bytes);
    const expected = { width: 1008 * ratio, height: Math.round(svgHeight * ratio) };
    assert(
      size.width === expected.width && size.height === expected.height,
      `PNG ${ratio}× is ${size.width}×${size.height}, expected ${expected.width}×${expected.height}`,
    );
    const decoded = await decodePng(lab, file.bytes);
    assert(decoded.width === size.width, `decoded width ${decoded.width}`);
    assert(decoded.corner.join() === '255,255,255,255', `background ${decoded.corner}`);
    const share = decoded.inked / (decoded.width * decoded.height);
    assert(share > 0.01, `PNG ${ratio}× is nearly blank: ${(share * 100).toFixed(2)}% inked`);
    if (ratio === 2) {
      await mkdir(RESULTS_DIR, { recursive: true });
      await file.download.saveAs(`${RESULTS_DIR}/export-${c.chart}-${c.lang}-${c.ds}@2x.png`);
    }
  }
}

async function checkSvg(page, lab, figure, c) {
  const file = await exportFile(page, figure, 'svg');
  assert(file.name === `${c.name}.svg`, `SVG file name: ${file.name}`);
  const svg = await parseSvg(lab, file.bytes.toString('utf8'));
  assert(svg.error === null && svg.root === 'svg', `SVG does not parse: ${svg.error}`);
  assert(svg.width === 1008, `SVG width ${svg.width}`);
  assert(svg.title === c.title && svg.texts[0] === c.title, `SVG title: ${svg.title}`);
  const w = WORDS[c.lang];
  const wanted = [w.definition, w.dataset, w.asOf, ...(c.ds === 'demo' ? [w.simulated] : [])];
  for (const start of wanted) {
    assert(
      svg.texts.some((t) => t.startsWith(start)),
      `SVG caption lacks "${start}": ${svg.texts.join(' | ')}`,
    );
  }
  if (c.ds !== 'demo') {
    assert(!svg.texts.some((t) => t.includes(w.simulated)), 'real data marked simulated');
  }
  return svg.height;
}

/**
 * Tab from the SVG button (Shift+Tab back from the CSV button where there is no image export)
 * lands on the table toggle; Enter opens the table.
 */
async function openTableByKeyboard(page, figure, back = false) {
  await figure.locator(`button[data-export="${back ? 'csv' : 'svg'}"]`).focus();
  await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  const toggle = figure.locator('[data-toggle-table]');
  assert(
    await toggle.evaluate((el) => el === document.activeElement),
    'Tab did not reach the data-table toggle',
  );
  assert((await toggle.getAttribute('aria-expanded')) === 'false', 'table open before Enter');
  await page.keyboard.press('Enter');
  assert((await toggle.getAttribute('aria-expanded')) === 'true', 'Enter did not open the table');
  const id = await toggle.getAttribute('aria-controls');
  await page.waitForSelector(`[id="${id}"][data-figure-table]`, { timeout: 5000 });
  return id;
}

async function checkCsv(page, figure, c, tableId) {
  const file = await exportFile(page, figure, 'csv');
  assert(file.name === `${c.name}.csv`, `CSV file name: ${file.name}`);
  assert(
    file.bytes[0] === 0xef && file.bytes[1] === 0xbb && file.bytes[2] === 0xbf,
    'CSV has no UTF-8 BOM',
  );
  const csv = parseCsv(file.bytes.subarray(3).toString('utf8'));
  const shown = await tableCells(page, tableId);
  const simulated = c.ds === 'demo';
  const nature = c.lang === 'zh' ? '数据性质' : 'Data';
  const expected = shown.map((row, i) => [
    ...row.map(asCsv),
    ...(simulated ? [i === 0 ? nature : WORDS[c.lang].simulated] : []),
  ]);
  assert(shown.length > 2, `the data table has ${shown.length} rows`);
  assert(
    JSON.stringify(csv) === JSON.stringify(expected),
    `CSV differs from the data table:\n${JSON.stringify(csv.slice(0, 4))}\nvs\n${JSON.stringify(expected.slice(0, 4))}`,
  );
}

const figureTests = CASES.map((c) => ({
  name: `${c.view} ${c.chart} (${c.lang}, ${c.ds}): PNG 2×/3×, SVG caption, CSV = data table, keyboard toggle`,
  fn: async ({ browser, baseUrl }) => {
    const { page, problems } = await openPage(browser);
    const lab = await browser.newPage();
    await page.goto(`${baseUrl}?view=${c.view}&ds=${c.ds}&lang=${c.lang}`);
    await page.waitForSelector(`[data-chart="${c.chart}"][data-state="ready"]`, {
      timeout: 20000,
    });
    const figure = page.locator(`[data-figure="${c.chart}"]`).first();
    const svgHeight = await checkSvg(page, lab, figure, c);
    await checkPngs(page, lab, figure, c, svgHeight);
    const tableId = await openTableByKeyboard(page, figure);
    await checkCsv(page, figure, c, tableId);
    assertNoProblems(problems());
    await lab.close();
    await page.close();
  },
}));

export const tests = [
  ...figureTests,
  {
    name: 'overview KPI row (zh, demo): the nine figures as a data table from the keyboard, CSV = table',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await page.goto(`${baseUrl}?view=overview&ds=demo`);
      await page.waitForSelector('[data-panel="kpis"][data-status="success"]', { timeout: 20000 });
      const figure = page.locator('[data-figure="kpis"]');
      const c = { lang: 'zh', ds: 'demo', name: '模拟数据_全部单位_核心指标-2025_2025' };
      const tableId = await openTableByKeyboard(page, figure, true);
      assert((await page.locator(`[id="${tableId}"] tbody tr`).count()) === 9, 'not nine rows');
      await checkCsv(page, figure, c, tableId);
      await screenshot(page, 'exports-kpi-table-zh');
      assertNoProblems(problems());
      await page.close();
    },
  },
];
