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

/** Large counts the Chinese way (12.3万, 1.2亿); English keeps thousands separators. */
export function formatCompact(value: number | null | undefined, lang: 'zh' | 'en' = 'zh'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  const abs = Math.abs(value);
  if (lang === 'zh' && abs >= 1e8) return `${DECIMAL.format(value / 1e8)}亿`;
  if (lang === 'zh' && abs >= 1e4) return `${DECIMAL.format(value / 1e4)}万`;
  return formatCount(value);
}

/** A ratio (0–1) as a percentage: 0.973 → 97.3%; null → —. */
export function formatRatio(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return MISSING;
  return `${PERCENT.format(ratio * 100)}%`;
}
