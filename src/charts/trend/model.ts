// Trend model: reports → one point per year of an indicator, combined over units (counts summed
// first, then divided). A year nobody reported stays null, so the chart shows a gap, never 0.
import {
  contributes,
  indicatorSeries,
  INDICATORS,
  type IndicatorKey,
} from '../../domain/indicators';
import type { Report } from '../../domain/report';
import { compareNames } from '../../domain/collate';

export type TrendKind = 'count' | 'rate' | 'per100';

export interface TrendPoint {
  year: number;
  /** In display units: counts as counts, rates in percent, per100 per 100 requests. */
  value: number | null;
  /** Reports that gave every operand / reports of that year. */
  used: number;
  of: number;
  yoy: number | null;
  /** Units with a report that year but without this figure. */
  missingUnits: string[];
}

export interface TrendModel {
  key: IndicatorKey;
  zh: string;
  en: string;
  kind: TrendKind;
  formulaZh: string;
  formulaEn: string;
  points: TrendPoint[];
}

export function toTrendModel(
  key: IndicatorKey,
  reports: readonly Report[],
  years: readonly number[],
): TrendModel {
  const def = INDICATORS[key];
  const scale = def.kind === 'rate' ? 100 : 1;
  const points = indicatorSeries(key, reports, years).map((p) => ({
    year: p.year,
    value: p.value.value === null ? null : p.value.value * scale,
    used: p.value.used,
    of: p.value.of,
    yoy: p.yoy,
    missingUnits: missingUnits(key, reports, p.year),
  }));
  return {
    key,
    zh: def.zh,
    en: def.en,
    kind: def.kind,
    formulaZh: def.formulaZh,
    formulaEn: def.formulaEn,
    points,
  };
}

/** True when at least one year has a value: otherwise the chart shows its empty state. */
export function hasTrendValues(model: TrendModel): boolean {
  return model.points.some((p) => p.value !== null);
}

function missingUnits(key: IndicatorKey, reports: readonly Report[], year: number): string[] {
  return reports
    .filter((r) => r.year === year && !contributes(key, r))
    .map((r) => r.unit)
    .sort((a, b) => compareNames(a, b));
}
