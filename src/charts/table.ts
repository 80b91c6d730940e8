// The table behind a chart: exactly the values it draws, one row per category or point, in the
// precision the chart prints (rates in percent to one decimal). Blank stays null, never 0.
// Views hand it to the figure's data table and CSV download.

export type ChartCell = string | number | null;

export interface ChartTable {
  columns: string[];
  rows: ChartCell[][];
}

/** A value in percent, rounded as the chart labels round it (one decimal). */
export function percentCell(value: number | null | undefined): number | null {
  return value === null || value === undefined || !Number.isFinite(value)
    ? null
    : Math.round(value * 10) / 10;
}

/** A ratio (0–1) as percent, one decimal: 0.8175 → 81.8. */
export function ratioCell(ratio: number | null | undefined): number | null {
  return ratio === null || ratio === undefined ? null : percentCell(ratio * 100);
}

/** Counts as they are (fees may have decimals); null stays null. */
export function countCell(value: number | null | undefined): number | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : value;
}

export type ValueKind = 'count' | 'rate' | 'per100';

/**
 * A value already in display units (rates in percent, per100 per 100 requests) as the labels
 * print it: rates to one decimal, per-100 to two, counts as they are; null stays null.
 */
export function kindCell(kind: ValueKind, value: number | null | undefined): number | null {
  if (kind === 'rate') return percentCell(value);
  if (kind === 'per100') {
    return value === null || value === undefined || !Number.isFinite(value)
      ? null
      : Math.round(value * 100) / 100;
  }
  return countCell(value);
}

/** What a value column is measured in, for its header: 依申请办结率（%）. Counts need none. */
export function unitSuffix(kind: ValueKind, lang: 'zh' | 'en'): string {
  if (kind === 'rate') return lang === 'zh' ? '（%）' : ' (%)';
  if (kind === 'per100') return lang === 'zh' ? '（每百件申请）' : ' (per 100 requests)';
  return '';
}
