// Table 4 → review / litigationDirect / litigationAfterReview: one row of 15 figures in the
// template; some layouts print the three groups as three rows of 5, or wrap the row.
import { DISPUTE_COLUMNS, DISPUTE_GROUPS } from '../../domain/template';
import { fitValues, type Row } from './lines';
import { putRow, type Sink } from './sink';

export const TABLE4_KEYS = DISPUTE_GROUPS.flatMap((g) =>
  DISPUTE_COLUMNS.map((c) => `${g.key}.${c.key}`),
);
const KEYS = TABLE4_KEYS;
const GROUP = DISPUTE_COLUMNS.length;

export function readTable4(sink: Sink, rows: readonly Row[]): boolean {
  const figures = rows.filter((r) => r.values.some((v) => v !== ''));
  if (figures.length === 0) return false;
  const whole = figures.find((r) => fitValues(r.values, KEYS.length) !== null);
  if (whole) {
    putRow(sink, KEYS, fitValues(whole.values, KEYS.length), whole);
    return true;
  }
  const groups = figures.filter((r) => fitValues(r.values, GROUP) !== null);
  if (groups.length === DISPUTE_GROUPS.length) {
    groups.forEach((r, i) =>
      putRow(sink, KEYS.slice(i * GROUP, (i + 1) * GROUP), fitValues(r.values, GROUP), r),
    );
    return true;
  }
  const all = figures.flatMap((r) => r.values.filter((v) => v !== ''));
  const joined: Row = { ...figures[0]!, values: all };
  putRow(sink, KEYS, all.length === KEYS.length ? all : null, joined);
  return true;
}
