// Ranking model: reports of one year → one row per unit with its indicator value (rates in
// percent), sorted descending with competition ranks (ties share a rank: 1, 2, 2, 4). Units
// whose value cannot be computed are listed apart with the reason, never ranked as 0.
import { computeIndicator, INDICATORS, type IndicatorKey } from '../../domain/indicators';
import type { Report } from '../../domain/report';
import { unitKey } from '../../domain/scope';
import { nameOrder } from '../../domain/collate';

export type MissingReason = 'noReport' | 'notReported' | 'zeroDenominator';

export interface RankedRow {
  key: string;
  unit: string;
  /** Display units: counts, percent for rates, per 100 for per100. */
  value: number;
  rank: number;
  /** Another unit has the same value (and rank). */
  tied: boolean;
  highlighted: boolean;
}

export interface UnrankedRow {
  key: string;
  unit: string;
  reason: MissingReason;
  highlighted: boolean;
}

export interface RankingModel {
  indicator: IndicatorKey;
  kind: 'count' | 'rate' | 'per100';
  year: number;
  ranked: RankedRow[];
  unranked: UnrankedRow[];
}

/** Indicator value in display units (rates 0..1 → percent). */
export function displayValue(key: IndicatorKey, value: number | null): number | null {
  if (value === null) return null;
  return INDICATORS[key].kind === 'rate' ? value * 100 : value;
}

/** `reports` may span years and units; every unit present in it is listed once. */
export function toRankingModel(
  indicator: IndicatorKey,
  reports: readonly Report[],
  year: number,
  highlight: ReadonlySet<string>,
): RankingModel {
  const names = new Map<string, string>();
  const ofYear = new Map<string, Report[]>();
  for (const r of reports) {
    const key = unitKey(r);
    if (!names.has(key)) names.set(key, r.unit);
    if (r.year !== year) continue;
    ofYear.set(key, [...(ofYear.get(key) ?? []), r]);
  }
  const byName = nameOrder(reports);
  const values: Omit<RankedRow, 'rank' | 'tied'>[] = [];
  const unranked: UnrankedRow[] = [];
  for (const [key, unit] of names) {
    const highlighted = highlight.has(key);
    const own = ofYear.get(key);
    const v = own ? computeIndicator(indicator, own) : null;
    const value = v ? displayValue(indicator, v.value) : null;
    if (value !== null) values.push({ key, unit, value, highlighted });
    else unranked.push({ key, unit, highlighted, reason: reasonOf(v) });
  }
  return {
    indicator,
    kind: INDICATORS[indicator].kind,
    year,
    ranked: rank(values, byName),
    unranked: unranked.sort((a, b) => byName(a.unit, b.unit)),
  };
}

function reasonOf(v: { used: number } | null): MissingReason {
  if (v === null) return 'noReport';
  return v.used === 0 ? 'notReported' : 'zeroDenominator';
}

function rank(
  rows: Omit<RankedRow, 'rank' | 'tied'>[],
  byName: (a: string, b: string) => number,
): RankedRow[] {
  const sorted = [...rows].sort((a, b) => b.value - a.value || byName(a.unit, b.unit));
  const count = new Map<number, number>();
  for (const r of sorted) count.set(r.value, (count.get(r.value) ?? 0) + 1);
  let rankNo = 0;
  let prev: number | null = null;
  return sorted.map((r, i) => {
    if (r.value !== prev) rankNo = i + 1;
    prev = r.value;
    return { ...r, rank: rankNo, tied: (count.get(r.value) ?? 0) > 1 };
  });
}

export type RankWindow = 'top' | 'bottom' | 'all';

/** A ranking longer than this opens on its top N rather than on every unit. */
export const ALL_UP_TO = 50;

/** The window a ranking opens on: every unit for a city, the top N for a province. */
export function defaultWindow(rankedCount: number): RankWindow {
  return rankedCount > ALL_UP_TO ? 'top' : 'all';
}

/**
 * The rows the chart draws: the first or last `n`, or all; a search term keeps only units whose
 * name contains it (any case), each with its own rank, so one unit can be found among thousands
 * without drawing them all.
 */
export function rankingWindow(
  rows: readonly RankedRow[],
  window: RankWindow,
  n: number,
  search: string,
): RankedRow[] {
  const term = search.trim().toLowerCase();
  if (term) return rows.filter((r) => r.unit.toLowerCase().includes(term));
  if (window === 'top') return rows.slice(0, n);
  if (window === 'bottom') return rows.slice(Math.max(0, rows.length - n));
  return [...rows];
}
