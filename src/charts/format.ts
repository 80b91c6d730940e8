// Number formatting shared by charts and views: thousands separators, null shown as —.
const INTEGER = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const DECIMAL = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const PERCENT = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });

export const MISSING = '—';

export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  return Number.isInteger(value) ? INTEGER.format(value) : DECIMAL.format(value);
}

/** A value already in percent (0–100). */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  return `${PERCENT.format(value)}%`;
}

/** A year-on-year ratio (0.25 → +25%). */
export function formatChange(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return MISSING;
  const sign = ratio > 0 ? '+' : '';
  return `${sign}${PERCENT.format(ratio * 100)}%`;
}
