// Heatmap model: reports → a unit × year grid of one indicator (rates in percent). A cell whose
// value cannot be computed keeps null and the reason, so the chart leaves it visibly empty.
import { computeIndicator, INDICATORS, type IndicatorKey } from '../../domain/indicators';
import type { Report } from '../../domain/report';
import { unitKey, unitsOf } from '../../domain/scope';
import { displayValue, type MissingReason } from '../ranking/model';

export interface HeatCell {
  /** Index into years. */
  x: number;
  /** Index into units. */
  y: number;
  value: number | null;
  reason: MissingReason | null;
}

export interface HeatmapModel {
  indicator: IndicatorKey;
  kind: 'count' | 'rate' | 'per100';
  years: number[];
  units: { key: string; name: string }[];
  cells: HeatCell[];
  /** Largest value, for the colour scale of counts. */
  max: number;
}

export function toHeatmapModel(
  indicator: IndicatorKey,
  reports: readonly Report[],
  years: readonly number[],
): HeatmapModel {
  const units = unitsOf(reports).map((u) => ({ key: u.key, name: u.name }));
  const byCell = new Map<string, Report[]>();
  for (const r of reports) {
    const id = `${unitKey(r)}|${r.year}`;
    byCell.set(id, [...(byCell.get(id) ?? []), r]);
  }
  const cells: HeatCell[] = [];
  let max = 0;
  units.forEach((u, y) => {
    years.forEach((year, x) => {
      const own = byCell.get(`${u.key}|${year}`);
      const v = own ? computeIndicator(indicator, own) : null;
      const value = v ? displayValue(indicator, v.value) : null;
      if (value !== null) max = Math.max(max, value);
      const reason =
        value !== null ? null : !v ? 'noReport' : v.used === 0 ? 'notReported' : 'zeroDenominator';
      cells.push({ x, y, value, reason });
    });
  });
  return { indicator, kind: INDICATORS[indicator].kind, years: [...years], units, cells, max };
}

export function hasHeatValues(model: HeatmapModel): boolean {
  return model.cells.some((c) => c.value !== null);
}
