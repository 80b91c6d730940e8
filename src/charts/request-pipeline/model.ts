// Pipeline model: the reports of a selection → 上年结转, 本年新收, the six outcome groups,
// (七)总计 and 结转下年度 (总计 column, summed over reports that printed each figure), plus
// every report whose printed figures break T3-HANDLED or T3-BALANCE, so the chart can say so.
import { getCell } from '../../domain/cells';
import { FIELD_BY_KEY } from '../../domain/fields';
import type { Report } from '../../domain/report';
import { OUTCOME_GROUPS, type OutcomeGroup } from '../../domain/template';
import { groupPart, type YearValue } from '../year-compare/model';

export interface Imbalance {
  unit: string;
  year: number;
  rule: 'T3-HANDLED' | 'T3-BALANCE';
  /** T3-HANDLED: Σ outcome groups; T3-BALANCE: 本年新收 + 上年结转. */
  left: number;
  /** T3-HANDLED: (七)总计; T3-BALANCE: (七)总计 + 结转下年度. */
  right: number;
}

export interface PipelineModel {
  carriedOver: YearValue;
  new: YearValue;
  outcomes: Record<OutcomeGroup, YearValue>;
  totalHandled: YearValue;
  carriedForward: YearValue;
  imbalances: Imbalance[];
  reports: number;
}

const TOTALS = new Map<string, (r: Report) => number | null>();

/** A row's 总计 cell, its field looked up once (this runs per report, per change of year). */
function total(row: string): (r: Report) => number | null {
  let part = TOTALS.get(row);
  if (!part) {
    const field = FIELD_BY_KEY.get(`requests.${row}.total`)!;
    TOTALS.set(row, (part = (r) => getCell(r, field)));
  }
  return part;
}

/** A running sum over the reports that printed a figure. */
class Tally {
  private sum = 0;
  private used = 0;
  add(v: number | null): void {
    if (v === null) return;
    this.sum += v;
    this.used++;
  }
  value(of: number): YearValue {
    return { value: this.used > 0 ? this.sum : null, used: this.used, of };
  }
}

/**
 * One pass over the reports: each report's figures are read once for the sums and for its
 * balance (this runs over a province's 5,000 reports on every change of year).
 */
export function toPipelineModel(reports: readonly Report[]): PipelineModel {
  const groups = OUTCOME_GROUPS.map((g) => ({
    key: g.key,
    part: groupPart(g.key),
    tally: new Tally(),
  }));
  const [over, fresh, handled, forward] = [
    'carriedOver',
    'new',
    'totalHandled',
    'carriedForward',
  ].map((row) => ({ read: total(row), tally: new Tally() })) as [Column, Column, Column, Column];
  const imbalances: Imbalance[] = [];
  for (const r of reports) {
    const o = over.read(r);
    const n = fresh.read(r);
    const h = handled.read(r);
    const f = forward.read(r);
    over.tally.add(o);
    fresh.tally.add(n);
    handled.tally.add(h);
    forward.tally.add(f);
    let sum: number | null = 0;
    for (const g of groups) {
      const v = g.part(r);
      g.tally.add(v);
      sum = sum === null || v === null ? null : sum + v;
    }
    if (h === null) continue;
    if (sum !== null && sum !== h)
      imbalances.push({ unit: r.unit, year: r.year, rule: 'T3-HANDLED', left: sum, right: h });
    if (n !== null && o !== null && f !== null && n + o !== h + f)
      imbalances.push({
        unit: r.unit,
        year: r.year,
        rule: 'T3-BALANCE',
        left: n + o,
        right: h + f,
      });
  }
  const of = reports.length;
  const outcomes = {} as Record<OutcomeGroup, YearValue>;
  for (const g of groups) outcomes[g.key] = g.tally.value(of);
  return {
    carriedOver: over.tally.value(of),
    new: fresh.tally.value(of),
    outcomes,
    totalHandled: handled.tally.value(of),
    carriedForward: forward.tally.value(of),
    imbalances,
    reports: of,
  };
}

interface Column {
  read: (r: Report) => number | null;
  tally: Tally;
}

/** True when anything at all was reported. */
export function hasPipelineValues(m: PipelineModel): boolean {
  return [
    m.carriedOver,
    m.new,
    m.totalHandled,
    m.carriedForward,
    ...Object.values(m.outcomes),
  ].some((v) => v.value !== null);
}
