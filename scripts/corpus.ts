// npm run corpus -- <corpus folder> [--json]
// Stages: pair each input in the folder (and ../seeds/*.txt) with its hand-checked
// *.expected.json → parse the input as a user's drop would (readReportFile) → compare field by
// field with the expected report → print right / wrong / missed / left for the user (blank cells
// of runs the import preview asks the user to split) / invented per file and a total.
// A measurement, not a gate: exits 0 unless the folder cannot be read.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Report } from '../src/domain/report';
import { tryLoadReports } from '../src/io/load';
import { scoreReport, type Score, addScores, emptyScore } from './lib/corpus-score';
import { exitQuietlyOnEpipe, readReportFile } from './lib/read-report';

interface FileOutcome {
  input: string;
  expected: string;
  kind: string;
  score: Score;
  /** Why the file could not be parsed; empty when it was. */
  errors: string[];
}

const INPUT = /\.(pdf|html?|txt|md)$/i;
const SKIP = /^(README\.md|reports\.json)$|\.expected\.json$/i;
const SEED_EXPECTED = 'seed-shifanqu-2022.expected.json';

/** `pingtan-zone-2021.page.txt` and `pingtan-zone-2021.html` share `pingtan-zone-2021.expected.json`. */
function expectedFor(folder: string, name: string): string | null {
  const stem = name.replace(/(\.page)?\.(pdf|html?|txt|md)$/i, '');
  const path = join(folder, `${stem}.expected.json`);
  return existsSync(path) ? path : null;
}

function pairs(folder: string): { input: string; expected: string | null }[] {
  const out = readdirSync(folder)
    .filter((n) => INPUT.test(n) && !SKIP.test(n))
    .sort()
    .map((n) => ({ input: join(folder, n), expected: expectedFor(folder, n) }));
  const seeds = join(folder, '../seeds');
  const seedExpected = join(folder, SEED_EXPECTED);
  if (existsSync(seeds) && existsSync(seedExpected)) {
    for (const n of readdirSync(seeds)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      out.unshift({ input: join(seeds, n), expected: seedExpected });
    }
  }
  return out;
}

function loadExpected(path: string): Report[] {
  const result = tryLoadReports(readFileSync(path), basename(path));
  if (!result.ok) throw new Error(`${path}: ${result.errors.map((e) => e.en).join('; ')}`);
  return result.reports;
}

async function measure(input: string, expectedPath: string): Promise<FileOutcome> {
  const file = relative(process.cwd(), input);
  const expectedName = basename(expectedPath);
  const result = await readReportFile(input, file);
  const expected = loadExpected(expectedPath);
  if (!result.ok) {
    // Every expected figure of an unreadable file counts as missed in the total.
    const score = expected.reduce((t, exp) => addScores(t, scoreReport(exp, null)), emptyScore());
    const errors = result.errors.map((e) => e.en);
    return { input: file, expected: expectedName, kind: '-', score, errors };
  }
  let score = emptyScore();
  for (const exp of expected) {
    const got =
      result.reports.find((p) => p.report.year === exp.year && p.report.unit === exp.unit) ??
      result.reports.find((p) => p.report.year === exp.year) ??
      result.reports[0];
    score = addScores(score, scoreReport(exp, got?.report ?? null, got?.flatRuns));
  }
  return { input: file, expected: expectedName, kind: result.kind, score, errors: [] };
}

function line(name: string, s: Score): string {
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');
  const meta = Object.entries(s.meta)
    .map(([name, m]) =>
      m.of === 1 ? `${name}${m.right ? '✓' : '✗'}` : `${name} ${m.right}/${m.of}`,
    )
    .join(' ');
  return (
    `${name}\n    table ${s.table.right}/${s.table.expected} (${pct(s.table.right, s.table.expected)}) ` +
    `wrong ${s.table.wrong} missed ${s.table.missed} left for the user ${s.table.left} ` +
    `invented ${s.table.invented}` +
    ` | narrative ${s.narrative.right}/${s.narrative.expected} wrong ${s.narrative.wrong} ` +
    `missed ${s.narrative.missed} invented ${s.narrative.invented} | ${meta}`
  );
}

async function main(argv: readonly string[]): Promise<number> {
  const json = argv.includes('--json');
  const folder = argv.find((a) => !a.startsWith('--'));
  if (!folder || !existsSync(folder)) {
    console.error('用法 Usage: npm run corpus -- <corpus folder> [--json]');
    return 2;
  }
  const outcomes: FileOutcome[] = [];
  for (const { input, expected } of pairs(folder)) {
    if (!expected) {
      console.error(`! ${input}: no *.expected.json, skipped`);
      continue;
    }
    outcomes.push(await measure(input, expected));
  }
  const total = outcomes.reduce((t, o) => addScores(t, o.score), emptyScore());
  const unreadable = outcomes.filter((o) => o.errors.length > 0).length;
  if (json) {
    console.log(JSON.stringify({ files: outcomes, total, unreadable }, null, 2));
    return 0;
  }
  for (const o of outcomes) {
    if (o.errors.length === 0) console.log(line(`${o.input} (${o.kind}) → ${o.expected}`, o.score));
    else console.log(`${o.input} → ${o.expected}\n    NOT PARSED: ${o.errors.join('; ')}`);
  }
  console.log(line(`TOTAL ${outcomes.length} files, ${unreadable} not parsed`, total));
  return 0;
}

exitQuietlyOnEpipe();
process.exitCode = await main(process.argv.slice(2));
