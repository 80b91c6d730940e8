// npm run bench:parse [-- --runs 50]
// Stages: collect typical reports (the generated test report as text and as a saved page, plus
// every .txt / .html fixture in tests/fixtures/reports-text and reports-html, the seed among
// them) → parse each a few times to warm up → time N parses → print the median ms per parse →
// exit 1 when a median is above the 50 ms budget. A benchmark, not a unit test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tryParseReportHtml } from '../src/io/report/parse-html';
import { tryParseReportText } from '../src/io/report/parse-text';
import { reportHtml, reportText } from '../tests/fixtures/reports-pdf/layout';

const BUDGET_MS = 50;
const WARM_UP = 5;
const FIXTURES = join(import.meta.dirname, '../tests/fixtures');

type Parse = (text: string, file: string) => { ok: boolean };
interface Case {
  name: string;
  text: string;
  parse: Parse;
}

function fixtures(folder: string, ext: string, parse: Parse): Case[] {
  let names: string[];
  try {
    names = readdirSync(join(FIXTURES, folder)).filter((n) => n.endsWith(ext));
  } catch {
    return [];
  }
  return names.sort().map((n) => ({
    name: `${folder}/${n}`,
    text: readFileSync(join(FIXTURES, folder, n), 'utf8'),
    parse,
  }));
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function bench({ name, text, parse }: Case, runs: number) {
  const ok = parse(text, name).ok;
  for (let i = 0; i < WARM_UP; i++) parse(text, name);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    parse(text, name);
    times.push(performance.now() - start);
  }
  return { ok, median: median(times), max: Math.max(...times) };
}

function main(argv: readonly string[]): number {
  const at = argv.indexOf('--runs');
  const runs = at >= 0 ? Math.max(1, Number(argv[at + 1]) || 50) : 50;
  const cases: Case[] = [
    { name: 'generated report (text)', text: reportText(), parse: tryParseReportText },
    { name: 'generated report (html)', text: reportHtml(), parse: tryParseReportHtml },
    ...fixtures('reports-text', '.txt', tryParseReportText),
    ...fixtures('reports-html', '.html', tryParseReportHtml),
  ];
  let over = 0;
  for (const c of cases) {
    const r = bench(c, runs);
    const verdict = r.median <= BUDGET_MS ? 'ok' : `OVER the ${BUDGET_MS} ms budget`;
    console.log(
      `${c.name}: median ${r.median.toFixed(2)} ms, max ${r.max.toFixed(2)} ms over ${runs} ` +
        `runs${r.ok ? '' : ' (not parsed)'} — ${verdict}`,
    );
    if (r.median > BUDGET_MS) over++;
  }
  return over > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
