// npm run bench:import [-- --url http://localhost:5173/] [--only big-csv,pdf] [--verbose]
// How the import view holds up against what users may drop. Stages: generate the inputs into a
// temporary folder (the test PDF, a 240-page PDF, a 95 MB broken PDF, 1,000- and 30,000-report
// wide CSVs built from the demo dataset, a 19 MB text, a 47 MB CSV of 2.3 million rows, a 100 MB
// text file, a 100 MB three-column CSV of ~4 million rows) → serve dist/ with Vite's preview()
// (or use --url, e.g. the dev server) → for each input, a fresh Chromium page on ?view=import
// with a PerformanceObserver for 'longtask' → pick the file → wait for drafts, an error message,
// or a crash → print the time, the longest main-thread task and the sum of long tasks (--verbose:
// each one); the datasets are then saved and the same printed for the save. A benchmark, not a
// test: it prints figures and never fails on them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, startPreview } from '../tests/e2e/harness.mjs';
import { bigCsv, bigText, datasetCsv } from '../tests/e2e/big-inputs.mjs';

const args = process.argv.slice(2);
const flag = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};

/** A PDF built by the test fixtures (TypeScript, so through tsx): `expr` evaluates to its bytes. */
function pdfFrom(expr) {
  const script =
    "import { reportPdf } from './tests/fixtures/reports-pdf/layout.ts';" +
    "import { makePdf } from './tests/fixtures/make-pdf.ts';" +
    `process.stdout.write(Buffer.from(${expr}).toString('base64'));`;
  const out = execFileSync('npx', ['tsx', '--eval', script], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  return Buffer.from(out, 'base64');
}

/** 240 pages of 40 lines of prose each: more than the 200 pages the reader takes. */
const LONG_PDF =
  'makePdf(Array.from({ length: 240 }, (_, p) => Array.from({ length: 40 }, (_, i) => ' +
  '({ x: 40, y: 800 - i * 19, text: `第${p + 1}页第${i + 1}行：本机关依法做好政府信息公开工作，及时回应社会关切。` }))))';

/** `%PDF-1.4` and then ~95 MB of bytes that are no PDF: pdf.js must give up, in its worker. */
function junkPdf() {
  const bytes = Buffer.alloc(95 * 1024 * 1024, 0x41);
  bytes.write('%PDF-1.4\n');
  return bytes;
}

const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
const demo = readFileSync('data/demo/2024.csv');
const inputs = [
  { id: 'pdf', name: 'report.pdf', bytes: () => pdfFrom('reportPdf()') },
  { id: 'pdf-240pages', name: 'long.pdf', bytes: () => pdfFrom(LONG_PDF) },
  { id: 'pdf-junk', name: 'junk.pdf', bytes: junkPdf },
  { id: 'dataset-1000', name: 'dataset-1000.csv', bytes: () => datasetCsv(demo, 1000), save: true },
  {
    id: 'dataset-30000',
    name: 'province-30000.csv',
    bytes: () => datasetCsv(demo, 30000),
    save: true,
  },
  { id: 'text-19mb', name: 'text-19mb.txt', bytes: () => bigText(19 * 1024 * 1024) },
  { id: 'csv-lines', name: 'lines-45mb.csv', bytes: () => bigCsv(45 * 1024 * 1024) },
  { id: 'big-text', name: 'big.txt', bytes: () => bigText(100 * 1024 * 1024) },
  { id: 'big-csv', name: 'big.csv', bytes: () => bigCsv(100 * 1024 * 1024) },
].filter((i) => !flag('--only') || flag('--only').split(',').includes(i.id));

const url = flag('--url');
const served = url ? null : await startPreview(process.env.E2E_DIST || 'dist');
const baseUrl = url ?? served.baseUrl;
const browser = await launchBrowser();
console.log(`import benchmark against ${baseUrl}`);
try {
  for (const input of inputs) {
    const path = join(dir, input.name);
    const bytes = input.bytes();
    writeFileSync(path, bytes);
    const size = `${(bytes.length / 1024 / 1024).toFixed(1).padStart(6)} MB`;
    console.log(`${input.id.padEnd(14)} ${size}  ${await measure(path, input.save)}`);
  }
} finally {
  await browser.close();
  await served?.server.close();
  rmSync(dir, { recursive: true, force: true });
}

/** Long tasks since `t0`: how many, the longest, their sum; each listed with --verbose. */
async function longTasks(page, t0) {
  const { t1, long } = await page.evaluate(() => ({ t1: performance.now(), long: window.__long }));
  const during = long.filter((l) => l.at >= t0);
  if (args.includes('--verbose'))
    console.log(during.map((l) => `+${Math.round(l.at - t0)}:${Math.round(l.ms)}`).join(' '));
  const max = Math.max(0, ...during.map((l) => l.ms));
  const sum = during.reduce((s, l) => s + l.ms, 0);
  return `${((t1 - t0) / 1000).toFixed(1).padStart(5)} s  longest task ${Math.round(max)
    .toString()
    .padStart(5)} ms  long tasks ${during.length} (${Math.round(sum)} ms)`;
}

async function measure(path, save) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  let crashed = false;
  page.on('crash', () => (crashed = true));
  await page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push({ at: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  try {
    await page.goto(`${baseUrl}?view=import`);
    await page.waitForSelector('[data-file-input]');
    await page.waitForTimeout(500);
    const t0 = await page.evaluate(() => performance.now());
    await page.setInputFiles('[data-file-input]', path);
    const result = await page.waitForFunction(
      () => {
        const drafts = Number(
          document.querySelector('[data-panel="import-preview"]')?.getAttribute('data-drafts'),
        );
        const error = document.querySelector('.messages-error li');
        if (drafts > 0) return `${drafts} drafts`;
        if (error) return `error: ${error.textContent.slice(0, 70)}`;
        return false;
      },
      null,
      { timeout: 180000, polling: 100 },
    );
    const outcome = await result.jsonValue();
    const read = `${await longTasks(page, t0)}  → ${outcome}`;
    if (!save || !outcome.endsWith('drafts')) return read;
    const t2 = await page.evaluate(() => performance.now());
    await page.click('[data-confirm-import]');
    await page.waitForSelector('[data-import-outcome]', { timeout: 300000 });
    return `${read}\n${'  save'.padEnd(24)}${await longTasks(page, t2)}`;
  } catch (e) {
    return crashed ? 'TAB CRASHED' : `failed: ${e instanceof Error ? e.message.split('\n')[0] : e}`;
  } finally {
    await page.close().catch(() => undefined);
  }
}
