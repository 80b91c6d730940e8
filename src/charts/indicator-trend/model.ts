// Multi-unit indicator trend. Stages: reports → one series per selected unit (or one for the
// whole scope, summed) → per year the indicator from summed counts, its coverage and yoy → where
// the series crosses the 2019→2021 template change on a figure the change affects, a mark.
import { indicatorSeries, INDICATORS, type IndicatorKey } from '../../domain/indicators';
import type { Report } from '../../domain/report';
import { unitKey } from '../../domain/scope';

export interface UnitTrendPoint {
  year: number;
  /** Display units: counts as counts, rates in percent, per100 per 100 requests. */
  value: number | null;
  used: number;
  of: number;
  yoy: number | null;
}

/** The years either side of the template change, as they appear on the axis. */
export interface TemplateMark {
  lastOld: number;
  firstNew: number;
}

export interface UnitTrendSeries {
  /** Unit key, or null for the whole scope summed. */
  key: string | null;
  name: string;
  points: UnitTrendPoint[];
  mark: TemplateMark | null;
}

export interface IndicatorTrendModel {
  key: IndicatorKey;
  kind: 'count' | 'rate' | 'per100';
  zh: string;
  en: string;
  years: number[];
  series: UnitTrendSeries[];
}

/**
 * Indicators whose figure the template change touches: table 3 (same rows, but (六) differs) and
 * 现行有效规范性文件 (absent in the 2019 table 2). Table 4 and the narrative are unchanged.
 */
export const TEMPLATE_AFFECTED: ReadonlySet<IndicatorKey> = new Set<IndicatorKey>([
  'requestsNew',
  'requestsToHandle',
  'completionRate',
  'disclosureRate',
  'disputeRate',
  'normativeDocumentsValid',
]);

export interface SeriesInput {
  key: string | null;
  name: string;
  reports: readonly Report[];
}

/** The series a selection stands for: each selected unit, or the scope as one summed series. */
export function seriesInputs(
  scoped: readonly Report[],
  all: readonly Report[],
  units: readonly string[],
  scopeName: string,
): SeriesInput[] {
  if (units.length === 0) return [{ key: null, name: scopeName, reports: scoped }];
  return units.map((key) => {
    const reports = all.filter((r) => unitKey(r) === key);
    return { key, name: reports[0]?.unit ?? key, reports };
  });
}

export function toIndicatorTrendModel(
  key: IndicatorKey,
  inputs: readonly SeriesInput[],
  years: readonly number[],
): IndicatorTrendModel {
  const def = INDICATORS[key];
  const scale = def.kind === 'rate' ? 100 : 1;
  const series = inputs.map((input) => ({
    key: input.key,
    name: input.name,
    points: indicatorSeries(key, input.reports, years).map((p) => ({
      year: p.year,
      value: p.value.value === null ? null : p.value.value * scale,
      used: p.value.used,
      of: p.value.of,
      yoy: p.yoy,
    })),
    mark: TEMPLATE_AFFECTED.has(key) ? templateMark(input.reports, years) : null,
  }));
  return { key, kind: def.kind, zh: def.zh, en: def.en, years: [...years], series };
}

/** Between the last year with a 2019-format report and the first later 2021-format year. */
export function templateMark(
  reports: readonly Report[],
  years: readonly number[],
): TemplateMark | null {
  const shown = reports.filter((r) => years.includes(r.year));
  const old = shown.filter((r) => r.format === '2019').map((r) => r.year);
  if (old.length === 0) return null;
  const lastOld = Math.max(...old);
  const later = shown.filter((r) => r.format === '2021' && r.year > lastOld).map((r) => r.year);
  return later.length === 0 ? null : { lastOld, firstNew: Math.min(...later) };
}

export function hasIndicatorValues(model: IndicatorTrendModel): boolean {
  return model.series.some((s) => s.points.some((p) => p.value !== null));
}

/** The shared y maximum of small multiples, so their heights compare (null: let ECharts pick). */
export function sharedMax(model: IndicatorTrendModel): number | null {
  if (model.kind === 'rate') return 100;
  const values = model.series.flatMap((s) => s.points.map((p) => p.value ?? 0));
  const max = Math.max(0, ...values);
  return max > 0 ? niceCeil(max) : null;
}

function niceCeil(v: number): number {
  const step = 10 ** Math.floor(Math.log10(v));
  return Math.ceil(v / step) * step;
}
