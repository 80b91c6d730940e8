// Field-level comparison of a parsed report with its hand-checked expected report. A cell the
// expected report leaves null must stay null: a figure there is "invented", the worst error.
import { getCell } from '../../src/domain/cells';
import { fieldsForFormat, isTableField, type FieldDef } from '../../src/domain/fields';
import type { Report } from '../../src/domain/report';

export interface Tally {
  /** Non-null expected figures. */
  expected: number;
  right: number;
  wrong: number;
  missed: number;
  invented: number;
}

export interface Score {
  table: Tally;
  narrative: Tally;
  /** unit, year, format (and region, level where expected): how many of how many right. */
  meta: Record<string, { right: number; of: number }>;
}

const zero = (): Tally => ({ expected: 0, right: 0, wrong: 0, missed: 0, invented: 0 });
export const emptyScore = (): Score => ({ table: zero(), narrative: zero(), meta: {} });

function addTally(a: Tally, b: Tally): Tally {
  return {
    expected: a.expected + b.expected,
    right: a.right + b.right,
    wrong: a.wrong + b.wrong,
    missed: a.missed + b.missed,
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

function tallyOne(t: Tally, expected: number | null | undefined, got: number | null | undefined) {
  const e = expected ?? null;
  const g = got ?? null;
  if (e === null) {
    if (g !== null) t.invented++;
    return;
  }
  t.expected++;
  if (g === null) t.missed++;
  else if (Math.abs(g - e) < 1e-9) t.right++;
  else t.wrong++;
}

export function scoreReport(expected: Report, got: Report | null): Score {
  const table = zero();
  const narrative = zero();
  const cell = (r: Report | null, f: FieldDef) => (r ? getCell(r, f) : null);
  for (const f of fieldsForFormat(expected.format)) {
    tallyOne(isTableField(f) ? table : narrative, cell(expected, f), cell(got, f));
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
