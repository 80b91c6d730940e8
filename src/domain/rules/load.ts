// Loads a report's cells into a flat Float64Array (null → NaN) in `FIELDS` order. Property names
// are written out per row shape so the engine sees monomorphic loads: reading 230 cells by
// generic path walking was the main cost of checking 30,000 reports.
import { getPath } from '../cells';
import { FIELDS } from '../fields';
import type { ApplicantRow, DisputeRow, Report, StockCells } from '../report';
import { DISPUTE_GROUPS, NARRATIVE_FIGURES, REQUEST_ROWS } from '../template';

export type Values = Float64Array;

const INDEX = new Map(FIELDS.map((f, i) => [f.key, i]));

/** Index of a flat key in `FIELDS` (and in a `Values` array). */
export function idx(key: string): number {
  const i = INDEX.get(key);
  if (i === undefined) throw new Error(`Unknown field key: ${key}`);
  return i;
}

export function newValues(): Values {
  return new Float64Array(FIELDS.length);
}

type Cells = { readonly [k: string]: unknown } | null | undefined;
const num = (v: unknown): number => (typeof v === 'number' ? v : NaN);

/** Index of a row's first cell; the row's cells must follow in the order the readers write. */
function base(prefix: string, cols: readonly string[]): number {
  const first = idx(`${prefix}.${cols[0]}`);
  cols.forEach((c, k) => {
    if (idx(`${prefix}.${c}`) !== first + k) throw new Error(`${prefix}: fields out of order`);
  });
  return first;
}

const APPLICANT = ['natural', 'commercial', 'research', 'social', 'legal', 'other', 'total'];
const T3_ROWS = REQUEST_ROWS.map((r) => ({
  path: r.key.split('.'),
  at: base(`requests.${r.key}`, APPLICANT),
}));
const T4_ROWS = DISPUTE_GROUPS.map((g) => ({
  key: g.key,
  at: base(g.key, ['maintained', 'corrected', 'other', 'pending', 'total']),
}));
const NARRATIVE_AT = base(
  'narrative',
  NARRATIVE_FIGURES.map((f) => f.key),
);
const STOCK_AT = ['regulations', 'normativeDocuments'].map((k) =>
  base(`proactive.${k}`, ['issued', 'repealed', 'valid']),
);
const DECISIONS_AT = base('proactive', ['licensing', 'punishment', 'coercion', 'fees']);

function applicant(out: Values, at: number, r: ApplicantRow | undefined): void {
  out[at] = num(r?.natural);
  out[at + 1] = num(r?.commercial);
  out[at + 2] = num(r?.research);
  out[at + 3] = num(r?.social);
  out[at + 4] = num(r?.legal);
  out[at + 5] = num(r?.other);
  out[at + 6] = num(r?.total);
}

function dispute(out: Values, at: number, r: DisputeRow | undefined): void {
  out[at] = num(r?.maintained);
  out[at + 1] = num(r?.corrected);
  out[at + 2] = num(r?.other);
  out[at + 3] = num(r?.pending);
  out[at + 4] = num(r?.total);
}

function stock(out: Values, at: number, s: StockCells | undefined): void {
  out[at] = num(s?.issued);
  out[at + 1] = num(s?.repealed);
  out[at + 2] = num(s?.valid);
}

function table2(out: Values, report: Report): void {
  const p = report.proactive as Report['proactive'] | undefined;
  stock(out, STOCK_AT[0]!, p?.regulations);
  stock(out, STOCK_AT[1]!, p?.normativeDocuments);
  out[DECISIONS_AT] = num(p?.licensing);
  out[DECISIONS_AT + 1] = num(p?.punishment);
  out[DECISIONS_AT + 2] = num(p?.coercion);
  out[DECISIONS_AT + 3] = num(p?.fees);
}

const T2019_FIELDS = FIELDS.map((f, i) => ({ f, i })).filter((x) => x.f.table === 't2-2019');

// Only 2019-template reports have these 22 cells, so the generic path walk costs little.
function table2019(out: Values, report: Report): void {
  const has = report.proactive2019 !== null && report.proactive2019 !== undefined;
  for (const { f, i } of T2019_FIELDS) out[i] = has ? num(getPath(report, f.path)) : NaN;
}

export function loadValues(report: Report, out: Values): Values {
  table2(out, report);
  table2019(out, report);
  const req = report.requests as unknown as Record<string, Cells>;
  for (const row of T3_ROWS) {
    const [a, b] = row.path as [string, string | undefined];
    const r = b === undefined ? req[a] : (req[a] as Record<string, Cells> | undefined)?.[b];
    applicant(out, row.at, r as ApplicantRow | undefined);
  }
  for (const g of T4_ROWS) dispute(out, g.at, report[g.key] as DisputeRow | undefined);
  const n = report.narrative as Report['narrative'] | undefined;
  out[NARRATIVE_AT] = num(n?.publishedItems);
  out[NARRATIVE_AT + 1] = num(n?.newMediaAccounts);
  out[NARRATIVE_AT + 2] = num(n?.lettersReceived);
  out[NARRATIVE_AT + 3] = num(n?.lettersCompletionRate);
  return out;
}
