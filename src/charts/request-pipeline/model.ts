// Pipeline model: the reports of a selection → 上年结转, 本年新收, the six outcome groups,
// (七)总计 and 结转下年度 (总计 column, summed over reports that printed each figure), plus
// every report whose printed figures break T3-HANDLED or T3-BALANCE, so the chart can say so.
import { getCell } from '../../domain/cells';
import { FIELD_BY_KEY } from '../../domain/fields';
import type { Report } from '../../domain/report';
import { OUTCOME_GROUPS, type OutcomeGroup } from '../../domain/template';
import { groupPart, sumPart, type YearValue } from '../year-compare/model';

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

export function toPipelineModel(reports: readonly Report[]): PipelineModel {
  const outcomes = {} as Record<OutcomeGroup, YearValue>;
  for (const g of OUTCOME_GROUPS) outcomes[g.key] = sumPart(groupPart(g.key), reports);
  return {
    carriedOver: sumPart(total('carriedOver'), reports),
    new: sumPart(total('new'), reports),
    outcomes,
    totalHandled: sumPart(total('totalHandled'), reports),
    carriedForward: sumPart(total('carriedForward'), reports),
    imbalances: reports.flatMap(imbalancesOf),
    reports: reports.length,
  };
}

function imbalancesOf(r: Report): Imbalance[] {
  const out: Imbalance[] = [];
  const handled = total('totalHandled')(r);
  const parts = OUTCOME_GROUPS.map((g) => groupPart(g.key)(r));
  if (handled !== null && parts.every((p) => p !== null)) {
    const sum = parts.reduce<number>((s, p) => s + (p ?? 0), 0);
    if (sum !== handled)
      out.push({ unit: r.unit, year: r.year, rule: 'T3-HANDLED', left: sum, right: handled });
  }
  const [fresh, over, fwd] = [total('new')(r), total('carriedOver')(r), total('carriedForward')(r)];
  if (
    handled !== null &&
    fresh !== null &&
    over !== null &&
    fwd !== null &&
    fresh + over !== handled + fwd
  ) {
    out.push({
      unit: r.unit,
      year: r.year,
      rule: 'T3-BALANCE',
      left: fresh + over,
      right: handled + fwd,
    });
  }
  return out;
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
