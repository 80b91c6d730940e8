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
