// Field-level comparison of a parsed report with its hand-checked expected report. A cell the
// expected report leaves null must stay null: a figure there is "invented", the worst error.
// A blank cell of a run the parser left for the user to split counts as "left for the user",
// not "missed" — but only when typing the expected figures into the preview's split box would
// be accepted and give exactly them, so the count cannot hide a parser mistake.
import { COMPARABLE_2019, getCell } from '../../src/domain/cells';
import { fieldsForFormat, isTableField, type FieldDef } from '../../src/domain/fields';
import type { Report } from '../../src/domain/report';
import { trySplitRun } from '../../src/io/report/flat-fill';
import { isAmountKey } from '../../src/io/report/sink';
import type { FlatRun } from '../../src/io/report/types';

export interface Tally {
  /** Non-null expected figures. */
  expected: number;
  right: number;
  wrong: number;
  missed: number;
  /** Blank, in a run of run-together figures that the preview asks the user to split. */
  left: number;
  invented: number;
}

export interface Score {
  table: Tally;
  narrative: Tally;
  /** unit, year, format (and region, level where expected): how many of how many right. */
  meta: Record<string, { right: number; of: number }>;
}

const zero = (): Tally => ({ expected: 0, right: 0, wrong: 0, missed: 0, left: 0, invented: 0 });
export const emptyScore = (): Score => ({ table: zero(), narrative: zero(), meta: {} });

function addTally(a: Tally, b: Tally): Tally {
  return {
    expected: a.expected + b.expected,
    right: a.right + b.right,
    wrong: a.wrong + b.wrong,
    missed: a.missed + b.missed,
    left: a.left + b.left,
    invented: a.invented + b.invented,
  };
}

export function addScores(a: Score, b: Score): Score {
  const meta = { ...a.meta };
  for (const [name, m] of Object.entries(b.meta)) {
    const prev = meta[name] ?? { right: 0, of: 0 };
    meta[name] = { right: prev.right + m.right, of: prev.of + m.of };
  }
  return { table: addTally(a.table, b.table), narrative: addTally(a.narrative, b.narrative), meta };
}

function tallyOne(
  t: Tally,
  expected: number | null | undefined,
  got: number | null | undefined,
  leftForUser = false,
) {
  const e = expected ?? null;
  const g = got ?? null;
  if (e === null) {
    if (g !== null) t.invented++;
    return;
  }
  t.expected++;
  if (g === null) t[leftForUser ? 'left' : 'missed']++;
  else if (Math.abs(g - e) < 1e-9) t.right++;
  else t.wrong++;
}

const same = (a: number, b: number | null): boolean => b !== null && Math.abs(a - b) < 1e-9;

/** The keys of runs whose expected figures the user can type into the split box as printed. */
export function userSplittable(expected: Report, runs: readonly FlatRun[]): Set<string> {
  const out = new Set<string>();
  for (const run of runs) {
    const want = run.keys.map((k) => getCell(expected, k));
    if (want.length === 0 || want.some((v) => v === null)) continue;
    // As printed: an amount the parser converts from 元 is typed in 元.
    const typed = run.keys.map((k, i) => {
      const v = want[i]!;
      return run.unit === '元' && isAmountKey(k) ? String(Math.round(v * 1e6) / 100) : String(v);
    });
    const split = trySplitRun(run, typed.join(' '));
    if (!split.ok || !split.cells.every((c, i) => same(c.value, want[i]!))) continue;
    // A 2019 decision count the user fills is carried into its comparable cell too (drafts.ts).
    for (const k of run.keys) {
      out.add(k);
      const comparable = expected.format === '2019' ? COMPARABLE_2019[k] : undefined;
      if (comparable) out.add(comparable);
    }
  }
  return out;
}

export function scoreReport(
  expected: Report,
  got: Report | null,
  runs: readonly FlatRun[] = [],
): Score {
  const table = zero();
  const narrative = zero();
  const left = userSplittable(expected, runs);
  const cell = (r: Report | null, f: FieldDef) => (r ? getCell(r, f) : null);
  for (const f of fieldsForFormat(expected.format)) {
    tallyOne(isTableField(f) ? table : narrative, cell(expected, f), cell(got, f), left.has(f.key));
  }
  const eb = expected.narrative.publishedBreakdown;
  const gb = got?.narrative.publishedBreakdown ?? {};
  for (const k of new Set([...Object.keys(eb), ...Object.keys(gb)]))
    tallyOne(narrative, eb[k], gb[k]);
  const meta: Score['meta'] = {};
  const check = (name: string, right: boolean) => (meta[name] = { right: right ? 1 : 0, of: 1 });
  check('unit', got?.unit === expected.unit);
  check('year', got?.year === expected.year);
  check('format', got?.format === expected.format);
  if (expected.region) check('region', got?.region === expected.region);
  if (expected.level) check('level', got?.level === expected.level);
  return { table, narrative, meta };
}
