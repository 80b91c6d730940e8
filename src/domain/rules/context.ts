// Shared machinery of the rules. Rules read a report's cells from a flat Float64Array (null →
// NaN, see load.ts) so sums propagate "not reported" for free; results go into a sink, and
// arrays are allocated only for failures and not-checkable cell sets.
import { FIELDS, type FieldDef } from '../fields';
import type { CellRef, CheckResult, Finding, RuleId } from '../findings';
import type { Report } from '../report';
import { RULES } from './catalogue';
import type { Values } from './load';

export { idx, loadValues, newValues, type Values } from './load';

export type Sink = CheckResult;
export interface Message {
  zh: string;
  en: string;
}

export function fieldAt(i: number): FieldDef {
  return FIELDS[i]!;
}

export function isNull(v: number | undefined): boolean {
  return v === undefined || v !== v;
}

export function anyNull(vals: Values, indices: readonly number[]): boolean {
  for (const i of indices) if (isNull(vals[i])) return true;
  return false;
}

export function sumAt(vals: Values, indices: readonly number[]): number {
  let s = 0;
  for (const i of indices) s += vals[i]!;
  return s;
}

export function ref(report: Report, i: number): CellRef {
  return { unit: report.unit, year: report.year, key: FIELDS[i]!.key };
}

export function nullRefs(report: Report, vals: Values, indices: readonly number[]): CellRef[] {
  return indices.filter((i) => isNull(vals[i])).map((i) => ref(report, i));
}

/** Unequal beyond floating-point noise. */
export function differs(a: number, b: number): boolean {
  return Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(6)));
}

/** How a cell is named in messages: `(七) 总计-自然人` for tables 3 and 4. */
export function cellZh(f: FieldDef): string {
  return f.table === 't3' || f.table === 't4' ? `${f.row}-${f.column}` : f.zh;
}

export interface FailInput {
  rule: RuleId;
  report: Report;
  cells: CellRef[];
  left: number | null;
  right: number | null;
  message: Message;
  related?: Report;
}

export function fail(sink: Sink, input: FailInput): void {
  const { rule, report, cells, left, right, message, related } = input;
  const finding: Finding = {
    rule,
    severity: RULES[rule].severity,
    unit: report.unit,
    year: report.year,
    cells,
    left,
    right,
    difference: left !== null && right !== null ? roundNoise(left - right) : null,
    message,
  };
  if (related) finding.related = { unit: related.unit, year: related.year };
  sink.findings.push(finding);
}

export function notCheckable(
  sink: Sink,
  rule: RuleId,
  report: Report,
  cells: CellRef[],
  missing: CellRef[],
): void {
  sink.notCheckable.push({ rule, unit: report.unit, year: report.year, cells, missing });
}

function roundNoise(n: number): number {
  return Number(n.toFixed(9));
}
