// Single-cell rules: NONNEG (counts are non-negative integers, amounts non-negative with at
// most `maxDecimals` decimals) and RATE (a percentage lies in [0, 100]). A blank cell has
// nothing to check here; MISSING reports it.
import type { FieldDef } from '../fields';
import type { Report } from '../report';
import { cellZh, fail, fieldAt, fmt, ref, type Message, type Sink, type Values } from './context';
import { ownFields } from './scope';

function hasMoreDecimals(v: number, max: number): boolean {
  const scaled = v * 10 ** max;
  // Tolerance for the binary representation of decimal fractions (7730.28 × 10⁴ ≠ 77302800).
  return Math.abs(scaled - Math.round(scaled)) > Math.max(1e-6, Math.abs(scaled) * 1e-13);
}

type Problem = 'negative' | 'fraction' | 'decimals';

function problemOf(f: FieldDef, v: number): Problem | null {
  if (v < 0 && !f.signed) return 'negative';
  if (f.kind === 'count' && !Number.isInteger(v)) return 'fraction';
  if (f.kind === 'amount' && hasMoreDecimals(v, f.maxDecimals)) return 'decimals';
  return null;
}

function problemMessage(f: FieldDef, v: number, problem: Problem): Message {
  const [zh, en] = [`${cellZh(f)} 为 ${fmt(v)}`, `${f.en} is ${fmt(v)}`];
  if (problem === 'negative') return { zh: `${zh}，不能为负数`, en: `${en}: must not be negative` };
  if (problem === 'fraction')
    return { zh: `${zh}，件数应为整数`, en: `${en}: a count must be a whole number` };
  const n = f.maxDecimals;
  return { zh: `${zh}，最多保留 ${n} 位小数`, en: `${en}: at most ${n} decimals` };
}

function checkRate(sink: Sink, report: Report, i: number, v: number): void {
  if (v >= 0 && v <= 100) return;
  const f = fieldAt(i);
  const bound = v < 0 ? 0 : 100;
  const message = {
    zh: `${cellZh(f)} 为 ${fmt(v)}%，超出 0–100% 的范围`,
    en: `${f.en} is ${fmt(v)}%, outside 0–100%`,
  };
  fail(sink, { rule: 'RATE', report, cells: [ref(report, i)], left: v, right: bound, message });
}

export function checkValues(sink: Sink, report: Report, vals: Values): void {
  for (const i of ownFields(report.format)) {
    const v = vals[i]!;
    if (v !== v) continue;
    const f = fieldAt(i);
    if (f.kind === 'rate') {
      checkRate(sink, report, i, v);
      continue;
    }
    const problem = problemOf(f, v);
    if (!problem) continue;
    fail(sink, {
      rule: 'NONNEG',
      report,
      cells: [ref(report, i)],
      left: v,
      right: problem === 'negative' ? 0 : null,
      message: problemMessage(f, v, problem),
    });
  }
}
