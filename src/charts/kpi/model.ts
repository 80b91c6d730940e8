// KPI card model. Stages: reports in scope → the indicator series over every year of the dataset
// (sums first, then one division) → the chosen year's value, its change against the previous
// year of the data, its coverage, whether a narrative figure behind it was approximate, and why
// it cannot be computed when it cannot — so a card never shows 0 for "unknown".
import {
  computeIndicator,
  contributes,
  indicatorSeries,
  INDICATORS,
  type IndicatorKey,
} from '../../domain/indicators';
import type { Report } from '../../domain/report';
import type { NarrativeFigure } from '../../domain/template';
import { nameOrder } from '../../domain/collate';

/** The leadership cards, in reading order. */
export const KPI_KEYS = [
  'publishedItems',
  'requestsNew',
  'completionRate',
  'disclosureRate',
  'reviewCorrectionRate',
  'litigationCorrectionRate',
  'lettersReceived',
  'lettersCompletionRate',
  'normativeDocumentsValid',
] as const satisfies readonly IndicatorKey[];
export type KpiKey = (typeof KPI_KEYS)[number];

/**
 * Why a card has no value: no report in scope that year; reports but none gave every operand;
 * or the denominator summed to 0 (e.g. no requests, so no completion rate).
 */
export type KpiReason = 'noReport' | 'notReported' | 'zeroDenominator';

/** How an approximate figure is shown: one unit's 2000余 → `+`; a sum with one inside → `≈`. */
export type KpiApprox = 'none' | 'single' | 'sum';

export interface KpiPoint {
  year: number;
  /** Raw value: a count, or a fraction 0..1 for rates. */
  value: number | null;
}

export interface KpiModel {
  key: KpiKey;
  kind: 'count' | 'rate' | 'per100';
  year: number;
  value: number | null;
  reason: KpiReason | null;
  approx: KpiApprox;
  /** Relative change against `prevYear`; null when either side is missing or prev is 0. */
  yoy: number | null;
  /** The previous year of the dataset, null for its first year. */
  prevYear: number | null;
  prevValue: number | null;
  /** Reports behind the previous year's value: when it differs from `used`, the two years sum
   * different sets of units and the change says so. */
  prevUsed: number;
  /** Reports that gave every operand / reports in scope that year. */
  used: number;
  of: number;
  /** Units in scope with a report that year but without this figure. */
  missingUnits: string[];
  /** Every year of the dataset, for the sparkline; null stays a gap. */
  points: KpiPoint[];
}

/** The narrative figures an indicator reads, whose approximation marks carry over to it. */
const NARRATIVE_OPERANDS: Partial<Record<KpiKey, NarrativeFigure[]>> = {
  publishedItems: ['publishedItems'],
  lettersReceived: ['lettersReceived'],
  lettersCompletionRate: ['lettersCompletionRate', 'lettersReceived'],
};

export function toKpiModel(
  key: KpiKey,
  reports: readonly Report[],
  years: readonly number[],
  year: number,
  /** The reports of `year` (toKpiModels finds them once for all nine cards). */
  yearReports: readonly Report[] = reports.filter((r) => r.year === year),
): KpiModel {
  const series = indicatorSeries(key, reports, years);
  const index = series.findIndex((p) => p.year === year);
  const current = index >= 0 ? series[index]!.value : computeIndicator(key, yearReports);
  const prev = index > 0 ? series[index - 1] : undefined;
  const contributors = yearReports.filter((r) => contributes(key, r));
  const contributing = new Set(contributors);
  return {
    key,
    kind: INDICATORS[key].kind,
    year,
    value: current.value,
    reason: reasonOf(current),
    approx: approxOf(key, contributors),
    yoy: index >= 0 ? series[index]!.yoy : null,
    prevYear: prev?.year ?? null,
    prevValue: prev?.value.value ?? null,
    prevUsed: prev?.value.used ?? 0,
    used: current.used,
    of: current.of,
    missingUnits: yearReports
      .filter((r) => !contributing.has(r))
      .map((r) => r.unit)
      .sort(nameOrder(reports)),
    points: series.map((p) => ({ year: p.year, value: p.value.value })),
  };
}

/** Every card for one year and one set of reports (already narrowed to the scope). */
export function toKpiModels(
  reports: readonly Report[],
  years: readonly number[],
  year: number,
): KpiModel[] {
  const yearReports = reports.filter((r) => r.year === year);
  return KPI_KEYS.map((key) => toKpiModel(key, reports, years, year, yearReports));
}

/** True when some year has a value, so the sparkline has something to draw. */
export function hasKpiPoints(model: KpiModel): boolean {
  return model.points.some((p) => p.value !== null);
}

function reasonOf(v: { value: number | null; used: number; of: number }): KpiReason | null {
  if (v.value !== null) return null;
  if (v.of === 0) return 'noReport';
  if (v.used === 0) return 'notReported';
  return 'zeroDenominator';
}

function approxOf(key: KpiKey, contributors: readonly Report[]): KpiApprox {
  const figures = NARRATIVE_OPERANDS[key];
  if (!figures) return 'none';
  const marked = contributors.some((r) => figures.some((f) => r.narrative.approx.includes(f)));
  if (!marked) return 'none';
  return contributors.length === 1 ? 'single' : 'sum';
}
