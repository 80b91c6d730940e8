// Y-CLONE and U-CLONE: tables 2–4 identical to last year's report or to another unit's in the
// same year (雷同). Each report gets one 53-bit hash of its table cells; reports are bucketed by
// hash in a Map and equal hashes are confirmed cell by cell, so no pair of reports is compared
// blindly.
import type { Report } from '../report';
import type { TemplateFormat } from '../template';
import { fail, loadValues, newValues, ref, type Sink, type Values } from './context';
import { tableCells } from './scope';
import type { YearPair } from './years';

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** Hash of the table cells; `null` when every cell is 0 or blank (nothing to copy). */
export function tableHash(format: TemplateFormat, vals: Values): number | null {
  let h1 = format === '2019' ? 0x811c9dc5 : 0x050c5d1f;
  let h2 = 0x9747b28c;
  let blank = true;
  for (const i of tableCells(format)) {
    const v = vals[i]!;
    if (v !== v) {
      U32[0] = 0x7ff80001;
      U32[1] = 0x7ff80001;
    } else {
      if (v !== 0) blank = false;
      F64[0] = v + 0; // folds −0 into 0
    }
    h1 = Math.imul(Math.imul(h1 ^ U32[0]!, 0x01000193) ^ U32[1]!, 0x01000193);
    h2 = Math.imul(h2 ^ U32[1]!, 0x5bd1e995);
    h2 = Math.imul(h2 ^ (h2 >>> 15) ^ U32[0]!, 0x5bd1e995);
  }
  return blank ? null : (h1 >>> 0) * 2097152 + (h2 >>> 11);
}

function sameTables(format: TemplateFormat, a: Values, b: Values): boolean {
  for (const i of tableCells(format)) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y && (x === x || y === y)) return false;
  }
  return true;
}

function reportClone(
  sink: Sink,
  rule: 'Y-CLONE' | 'U-CLONE',
  r: Report,
  vals: Values,
  other: Report,
) {
  const cells = tableCells(r.format).filter((i) => vals[i] === vals[i] && vals[i] !== 0);
  const reported = tableCells(r.format).filter((i) => vals[i] === vals[i]).length;
  const message =
    rule === 'Y-CLONE'
      ? {
          zh: `表二至表四已填报的 ${reported} 个单元格与 ${other.year} 年报告完全相同（雷同）`,
          en: `All ${reported} reported cells of tables 2–4 are identical to the ${other.year} report`,
        }
      : {
          zh: `表二至表四已填报的 ${reported} 个单元格与同年“${other.unit}”的报告完全相同（雷同）`,
          en: `All ${reported} reported cells of tables 2–4 are identical to ${other.unit}'s report of the same year`,
        };
  fail(sink, {
    rule,
    report: r,
    cells: cells.map((i) => ref(r, i)),
    left: null,
    right: null,
    message,
    related: other,
  });
}

export function checkYearClone(
  sink: Sink,
  p: YearPair,
  hash: number | null,
  prevHash: number | null,
) {
  if (hash === null || hash !== prevHash || p.cur.format !== p.prev.format) return;
  if (sameTables(p.cur.format, p.curVals, p.prevVals))
    reportClone(sink, 'Y-CLONE', p.cur, p.curVals, p.prev);
}

export interface Hashed {
  report: Report;
  unitKey: string;
  hash: number | null;
}

/** Reports with the same table hash, per year. */
function buckets(entries: readonly Hashed[]): Hashed[][] {
  const byYear = new Map<number, Map<number, Hashed[]>>();
  const out: Hashed[][] = [];
  for (const e of entries) {
    if (e.hash === null) continue;
    let year = byYear.get(e.report.year);
    if (!year) byYear.set(e.report.year, (year = new Map()));
    const b = year.get(e.hash);
    if (b) b.push(e);
    else year.set(e.hash, [e]);
  }
  for (const year of byYear.values()) for (const b of year.values()) if (b.length > 1) out.push(b);
  return out;
}

/** One U-CLONE finding per report whose tables equal another unit's, naming the first such unit. */
export function checkUnitClones(sink: Sink, entries: readonly Hashed[]): void {
  for (const bucket of buckets(entries)) {
    if (bucket.every((e) => e.unitKey === bucket[0]!.unitKey)) continue;
    const vals = bucket.map((e) => loadValues(e.report, newValues()));
    bucket.forEach((e, n) => {
      const m = bucket.findIndex(
        (o, k) =>
          o.unitKey !== e.unitKey &&
          o.report.format === e.report.format &&
          sameTables(e.report.format, vals[n]!, vals[k]!),
      );
      if (m >= 0) reportClone(sink, 'U-CLONE', e.report, vals[n]!, bucket[m]!.report);
    });
  }
}
