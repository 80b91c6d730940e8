// Correction rates. Stages: reports → per year (or per unit) 行政复议纠错率 and 行政诉讼纠错率 via
// computeIndicator (纠正 summed ÷ (总计 − 尚未审结) summed, null without a concluded case) → the
// numerator and denominator kept beside the rate so a reader can check it.
import { computeIndicator, type IndicatorValue } from '../../domain/indicators';
import type { Report } from '../../domain/report';
import { unitKey } from '../../domain/scope';
import { nameOrder } from '../../domain/collate';

export interface RatePair {
  review: IndicatorValue;
  litigation: IndicatorValue;
}

export interface YearRates extends RatePair {
  year: number;
}

export interface UnitRates extends RatePair {
  key: string;
  name: string;
}

function pair(reports: readonly Report[]): RatePair {
  return {
    review: computeIndicator('reviewCorrectionRate', reports),
    litigation: computeIndicator('litigationCorrectionRate', reports),
  };
}

export function ratesByYear(reports: readonly Report[], years: readonly number[]): YearRates[] {
  return years.map((year) => ({ year, ...pair(reports.filter((r) => r.year === year)) }));
}

/** Per unit for one year, sorted by name. */
export function ratesByUnit(reports: readonly Report[], year: number): UnitRates[] {
  const byUnit = new Map<string, Report[]>();
  for (const r of reports) {
    if (r.year !== year) continue;
    byUnit.set(unitKey(r), [...(byUnit.get(unitKey(r)) ?? []), r]);
  }
  const byName = nameOrder(reports);
  return [...byUnit]
    .map(([key, rs]) => ({ key, name: rs[0]!.unit, ...pair(rs) }))
    .sort((a, b) => byName(a.name, b.name));
}

export function hasRates(rows: readonly RatePair[]): boolean {
  return rows.some((r) => r.review.value !== null || r.litigation.value !== null);
}
