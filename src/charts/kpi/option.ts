// KPI sparkline option and value text: KpiModel → a tiny ECharts line over every year (no axes,
// gaps for unreported years, the chosen year marked) and the card's headline number. The
// tooltip escapes every string and styles itself through classes (the CSP forbids inline styles).
import type { ChartOption } from '../echarts';
import { encodeHTML } from '../escape';
import { formatCompact, formatCount, formatRatio, MISSING } from '../format';
import { PALETTE } from '../theme';
import type { KpiModel } from './model';

type Lang = 'zh' | 'en';

/** A value of the card's indicator as text: counts compact (万/亿), rates as %. */
export function formatKpiNumber(model: KpiModel, value: number | null, lang: Lang = 'zh'): string {
  if (value === null) return MISSING;
  if (model.kind === 'rate') return formatRatio(value);
  if (model.kind === 'per100') return formatCount(Math.round(value * 100) / 100);
  return formatCompact(value, lang);
}

/** The headline number, with the approximation mark: `2,000+` for one unit's 2000余, `≈` for a sum. */
export function formatKpiValue(model: KpiModel, lang: Lang = 'zh'): string {
  const text = formatKpiNumber(model, model.value, lang);
  if (model.value === null || model.approx === 'none') return text;
  return model.approx === 'single' ? `${text}+` : `≈${text}`;
}

const SELECTED_SIZE = 8;
const POINT_SIZE = 4;

export function buildKpiSparklineOption(model: KpiModel, lang: Lang = 'zh'): ChartOption {
  const color = model.kind === 'rate' ? PALETTE[2] : PALETTE[0];
  return {
    animation: false,
    aria: { enabled: true, label: { description: sparklineDescription(model, lang) } },
    grid: { left: 6, right: 6, top: 8, bottom: 6 },
    xAxis: { type: 'category', show: false, data: model.points.map((p) => String(p.year)) },
    // Scaled to the series' own range: a sparkline shows the shape of the trend, the card
    // prints the number.
    yAxis: { type: 'value', show: false, scale: true },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params: unknown) => {
        const point = model.points[firstDataIndex(params) ?? -1];
        return point ? sparklineTooltipHtml(model, point.year, point.value, lang) : '';
      },
    },
    series: [
      {
        type: 'line',
        data: model.points.map((p) => ({
          value: p.value,
          symbolSize: p.year === model.year ? SELECTED_SIZE : POINT_SIZE,
        })),
        connectNulls: false,
        showSymbol: true,
        symbol: 'circle',
        lineStyle: { width: 2, color },
        itemStyle: { color },
        areaStyle: { opacity: 0.08, color },
      },
    ],
  };
}

/** One year of the sparkline; the year and value are escaped like any data string. */
export function sparklineTooltipHtml(
  model: KpiModel,
  year: number,
  value: number | null,
  lang: Lang = 'zh',
): string {
  const e = (s: string | number) => encodeHTML(String(s));
  const shown =
    value === null
      ? lang === 'zh'
        ? `${MISSING}（无数据）`
        : `${MISSING} (no data)`
      : formatKpiNumber(model, value, lang);
  return `<div class="tt"><span class="tt-title">${e(year)}</span> <span class="tt-value">${e(shown)}</span></div>`;
}

function sparklineDescription(model: KpiModel, lang: Lang): string {
  const parts = model.points.map((p) => `${p.year}: ${formatKpiNumber(model, p.value, lang)}`);
  return parts.join(lang === 'zh' ? '，' : ', ');
}

function firstDataIndex(params: unknown): number | null {
  const first: unknown = Array.isArray(params) ? params[0] : params;
  if (first && typeof first === 'object' && 'dataIndex' in first) {
    const index = (first as { dataIndex: unknown }).dataIndex;
    return typeof index === 'number' ? index : null;
  }
  return null;
}
