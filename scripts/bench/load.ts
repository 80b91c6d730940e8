// npm run bench [-- --runs 7] [-- --units 500,5000]
// The load budgets of issue 6 in Node. Stages: generate each province dataset (generate.ts: one
// wide CSV per year 2020–2025, deterministic) into tmp/bench/ → per size, a fresh child process
// (node --expose-gc) that reads the files, warms up once, then times N rounds of: the raw parse
// (PapaParse into arrays, header:false — the floor any PapaParse loader stands on), the full load
// (tryLoadReports: decode, parse, normalise, schema rules — the dashboard's own path), all checks
// (checkReports) and all indicators (every unit × year, and the whole set year by year) → a
// second child that loads, checks and computes once, for peak memory → a table of medians, the
// ratios and a verdict. Exit 1 when a ratio is over budget; BENCH_LOAD_BUDGET and
// BENCH_CHECK_BUDGET lower (or raise) the budgets, e.g. to see the script fail.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { checkReports } from '../../src/domain/checks';
import {
  applicantShares,
  computeIndicator,
  INDICATORS,
  indicatorSeries,
  outcomeShares,
  type IndicatorKey,
} from '../../src/domain/indicators';
import type { Report } from '../../src/domain/report';
import { tryLoadReports } from '../../src/io/load';
import { generateProvince, PROVINCE_YEARS } from './generate';

const ROOT = resolve(import.meta.dirname, '../../tmp/bench');
const SELF = fileURLToPath(import.meta.url);

/** full load ÷ raw parse, on every dataset. */
const LOAD_BUDGET = budget('BENCH_LOAD_BUDGET', 2.0);
/** all checks ÷ raw parse, on the 30,000-report dataset (5,000 units). */
const CHECK_BUDGET = budget('BENCH_CHECK_BUDGET', 1.0);
const CHECK_BUDGET_UNITS = 5000;

function budget(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

interface Files {
  paths: string[];
  bytes: number;
}

function datasetFiles(units: number): Files {
  const dir = join(ROOT, `province-${units}`);
  const paths = PROVINCE_YEARS.map((y) => join(dir, `${y}.csv`));
  return { paths, bytes: paths.reduce((s, p) => s + statSync(p).size, 0) };
}

function generate(units: number): void {
  const dir = join(ROOT, `province-${units}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const file of generateProvince(units)) {
    writeFileSync(join(dir, `${file.year}.csv`), file.text, 'utf8');
  }
}

// ---- the children: one dataset, one path, timed ----------------------------------------------

interface RawTimes {
  raw: number[];
}

interface AppTimes {
  load: number[];
  checks: number[];
  perReport: number[];
  wholeSet: number[];
  reports: number;
  findings: number;
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/** One stage from a collected heap, so no stage pays for the garbage of the one before. */
function timed<T>(run: () => T): [T, number] {
  gc();
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

function loadAll(paths: readonly string[], bytes: readonly Uint8Array[]): Report[] {
  const reports: Report[] = [];
  bytes.forEach((b, i) => {
    const result = tryLoadReports(b, paths[i]!);
    if (!result.ok) throw new Error(`${paths[i]}: ${result.errors.map((e) => e.en).join('; ')}`);
    for (const r of result.reports) reports.push(r);
  });
  return reports;
}

const KEYS = Object.keys(INDICATORS) as IndicatorKey[];

/** Every indicator of every report on its own (a unit's figure for a year). */
function indicatorsPerReport(reports: readonly Report[]): number {
  let n = 0;
  for (const r of reports) {
    const one = [r];
    for (const key of KEYS) if (computeIndicator(key, one).value !== null) n++;
  }
  return n;
}

/** Every indicator over the whole set, year by year, with the outcome and applicant shares. */
function indicatorsWholeSet(reports: readonly Report[]): number {
  const years = [...PROVINCE_YEARS];
  let n = 0;
  for (const key of KEYS) n += indicatorSeries(key, reports, years).length;
  for (const year of years) {
    const ofYear = reports.filter((r) => r.year === year);
    n += Object.keys(outcomeShares(ofYear)).length + Object.keys(applicantShares(ofYear)).length;
  }
  return n;
}

function readBytes(units: number): { paths: string[]; bytes: Uint8Array[] } {
  const { paths } = datasetFiles(units);
  return { paths, bytes: paths.map((p) => new Uint8Array(readFileSync(p))) };
}

/** PapaParse into arrays, from text: decoding is part of our load, not of PapaParse's floor. */
function timeRaw(units: number, runs: number): RawTimes {
  const texts = readBytes(units).bytes.map((b) => new TextDecoder().decode(b));
  const parse = () =>
    texts.reduce((n, s) => n + Papa.parse<string[]>(s, { header: false }).data.length, 0);
  const t: RawTimes = { raw: [] };
  for (let run = 0; run <= runs; run++) {
    const [, ms] = timed(parse);
    if (run > 0) t.raw.push(ms); // run 0 warms up the JIT
  }
  return t;
}

/** The dashboard's path: load every file, then the checks and the indicators over the set. */
function timeApp(units: number, runs: number): AppTimes {
  const { paths, bytes } = readBytes(units);
  const t: AppTimes = {
    load: [],
    checks: [],
    perReport: [],
    wholeSet: [],
    reports: 0,
    findings: 0,
  };
  // One round per call, so nothing of a round is still held when the next one starts.
  const round = () => {
    const [reports, load] = timed(() => loadAll(paths, bytes));
    const [check, checks] = timed(() => checkReports(reports));
    const [, perReport] = timed(() => indicatorsPerReport(reports));
    const [, wholeSet] = timed(() => indicatorsWholeSet(reports));
    return {
      load,
      checks,
      perReport,
      wholeSet,
      reports: reports.length,
      findings: check.findings.length,
    };
  };
  for (let run = 0; run <= runs; run++) {
    const r = round();
    if (run === 0) continue; // warms up the JIT
    t.load.push(r.load);
    t.checks.push(r.checks);
    t.perReport.push(r.perReport);
    t.wholeSet.push(r.wholeSet);
    t.reports = r.reports;
    t.findings = r.findings;
  }
  return t;
}

interface Memory {
  /** The process's resident-set high-water mark (the kernel's, not sampled), MB. */
  peakRss: number;
  /** Heap held by the loaded reports and their findings after a full GC, MB. */
  heldHeap: number;
}

/** The dashboard's work once, in a process of its own, for its peak memory. */
function measureMemory(units: number): Memory {
  const { paths } = datasetFiles(units);
  gc();
  const before = process.memoryUsage().heapUsed;
  const bytes = paths.map((p) => new Uint8Array(readFileSync(p)));
  const reports = loadAll(paths, bytes);
  bytes.length = 0;
  const check = checkReports(reports);
  indicatorsPerReport(reports);
  indicatorsWholeSet(reports);
  gc();
  const held = process.memoryUsage().heapUsed - before;
  if (reports.length === 0 || !check) throw new Error('nothing loaded');
  return { peakRss: process.resourceUsage().maxRSS / 1024, heldHeap: held / 2 ** 20 };
}

// ---- the parent: generate, run the children, print, judge -------------------------------------

function child<T>(args: string[]): T {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', SELF, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out) as T;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

interface Row {
  units: number;
  mb: number;
  raw: number[];
  app: AppTimes;
  mem: Memory;
}

const ms = (v: number) => `${Math.round(v).toLocaleString('en')} ms`;
const fmt = (v: number) => v.toLocaleString('en');

function printTable(rows: readonly Row[], label: string): string[] {
  const failures: string[] = [];
  const med = (pick: (r: Row) => number[]) => rows.map((r) => ms(median(pick(r))));
  const lines: [string, ...string[]][] = [
    ['', ...rows.map((r) => `${fmt(r.units)} units × 6`)],
    ['file size (6 CSV files)', ...rows.map((r) => `${r.mb.toFixed(1)} MB`)],
    ['rows (reports)', ...rows.map((r) => fmt(r.app.reports))],
    ['raw parse (PapaParse arrays)', ...med((r) => r.raw)],
    ['full load (tryLoadReports)', ...med((r) => r.app.load)],
    [`  ÷ raw parse (budget ≤ ${LOAD_BUDGET})`],
    ['all checks (checkReports)', ...med((r) => r.app.checks)],
    [`  ÷ raw parse (budget ≤ ${CHECK_BUDGET} at ${fmt(CHECK_BUDGET_UNITS)} units)`],
    ['findings', ...rows.map((r) => fmt(r.app.findings))],
    ['indicators, every unit × year', ...med((r) => r.app.perReport)],
    ['indicators, whole set by year', ...med((r) => r.app.wholeSet)],
    ['peak RSS (load+checks+indicators)', ...rows.map((r) => `${Math.round(r.mem.peakRss)} MB`)],
    ['heap held by reports + findings', ...rows.map((r) => `${Math.round(r.mem.heldHeap)} MB`)],
  ];
  for (const r of rows) {
    const raw = median(r.raw);
    const load = median(r.app.load) / raw;
    const check = median(r.app.checks) / raw;
    const judged = r.units === CHECK_BUDGET_UNITS;
    const loadOver = load > LOAD_BUDGET;
    const checkOver = judged && check > CHECK_BUDGET;
    lines[5]!.push(`${load.toFixed(2)} ${loadOver ? 'OVER' : 'ok'}`);
    lines[7]!.push(`${check.toFixed(2)}${judged ? (checkOver ? ' OVER' : ' ok') : ''}`);
    const of = `${fmt(r.units)} units`;
    if (loadOver)
      failures.push(`${of}: full load = ${load.toFixed(2)} × raw parse > ${LOAD_BUDGET}`);
    if (checkOver)
      failures.push(`${of}: checks = ${check.toFixed(2)} × raw parse > ${CHECK_BUDGET}`);
  }
  const widths = lines[0]!.map((_, c) => Math.max(...lines.map((l) => (l[c] ?? '').length)));
  console.log(`\n${label}`);
  for (const l of lines) {
    const cells = l.map((cell, c) =>
      c === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[c]! + 2),
    );
    console.log(cells.join(''));
  }
  return failures;
}

/** Alternating raw and app processes round by round, so a busy neighbour slows both alike. */
function measure(units: number, rounds: number): Row {
  const raw: number[] = [];
  let app: AppTimes | null = null;
  for (let round = 0; round < rounds; round++) {
    raw.push(...child<RawTimes>(['--raw', String(units), String(RUNS_PER_CHILD)]).raw);
    const a = child<AppTimes>(['--app', String(units), String(RUNS_PER_CHILD)]);
    if (!app) app = a;
    else {
      app.load.push(...a.load);
      app.checks.push(...a.checks);
      app.perReport.push(...a.perReport);
      app.wholeSet.push(...a.wholeSet);
    }
  }
  const mem = child<Memory>(['--memory', String(units)]);
  return { units, mb: datasetFiles(units).bytes / 1e6, raw, app: app!, mem };
}

/** Timed runs per child process (after its warm-up run). */
const RUNS_PER_CHILD = 2;

function main(argv: readonly string[]): number {
  const flag = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const [mode, units, runs] = [argv[0], Number(argv[1]), Number(argv[2])];
  if (mode === '--raw') return reply(timeRaw(units, runs));
  if (mode === '--app') return reply(timeApp(units, runs));
  if (mode === '--memory') return reply(measureMemory(units));
  const rounds = Math.max(1, Number(flag('--rounds') ?? 3) || 3);
  const sizes = (flag('--units') ?? '500,5000').split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    console.error('usage: npm run bench -- [--rounds N] [--units 500,5000]');
    return 2;
  }
  const rows: Row[] = [];
  for (const n of sizes) {
    const start = performance.now();
    generate(n);
    console.log(
      `生成 generated ${fmt(n)} units × 6 years in ${ms(performance.now() - start)} → tmp/bench/province-${n}/`,
    );
    rows.push(measure(n, rounds));
  }
  const runsEach = rounds * RUNS_PER_CHILD;
  const label = `medians of ${runsEach} runs (${rounds} processes × ${RUNS_PER_CHILD}, each after a warm-up run), Node ${process.version}`;
  const failures = printTable(rows, label);
  if (!sizes.includes(CHECK_BUDGET_UNITS)) {
    console.log(
      `(the checks budget applies at ${fmt(CHECK_BUDGET_UNITS)} units, not measured here)`,
    );
  }
  for (const f of failures) console.error(`超出预算 OVER BUDGET: ${f}`);
  console.log(
    failures.length === 0 ? '预算内 within budget' : `${failures.length} budget(s) exceeded`,
  );
  return failures.length === 0 ? 0 : 1;
}

function reply(value: unknown): number {
  process.stdout.write(JSON.stringify(value));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
