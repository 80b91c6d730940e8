// Trend option: TrendModel → ECharts option. Counts are bars, rates a line; null stays null in
// the series data so a missing year is a gap. The HTML tooltip escapes every string it shows
// and styles itself through classes only (the page's CSP forbids inline styles).
import type { ChartOption } from '../echarts';
import { encodeHTML } from '../escape';
import { formatChange, formatCount, formatPercent, MISSING } from '../format';
import { AXIS_COLOR, FONT_FAMILY, PALETTE, TEXT_COLOR } from '../theme';
import type { TrendModel, TrendPoint } from './model';

const MAX_LISTED_UNITS = 8;

type Lang = 'zh' | 'en';

export function formatTrendValue(model: TrendModel, value: number | null): string {
  if (model.kind === 'rate') return formatPercent(value);
  if (model.kind === 'per100') return value === null ? MISSING : `${formatCount(round2(value))}`;
  return formatCount(value);
}

export function buildTrendOption(model: TrendModel, lang: Lang): ChartOption {
  const isRate = model.kind !== 'count';
  const values = model.points.map((p) => (p.value === null ? null : round2(p.value)));
  return {
    animationDuration: 300,
    color: [...PALETTE],
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    aria: { enabled: true, label: { description: ariaDescription(model, lang) } },
    grid: {
      left: 8,
      right: 16,
      top: 28,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'category',
      data: model.points.map((p) => String(p.year)),
      axisLine: { lineStyle: { color: AXIS_COLOR } },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: model.kind === 'rate' ? 100 : undefined,
      minInterval: model.kind === 'count' ? 1 : undefined,
      axisLabel: { formatter: (v: number) => (model.kind === 'rate' ? `${v}%` : formatCount(v)) },
      splitLine: { lineStyle: { color: '#edf2f7' } },
    },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params: unknown) => {
        const index = firstDataIndex(params);
        const point = index === null ? undefined : model.points[index];
        return point ? trendTooltipHtml(model, point, lang) : '';
      },
    },
    series: [
      {
        type: isRate ? 'line' : 'bar',
        name: model[lang],
        data: values,
        connectNulls: false,
        symbolSize: 8,
        barMaxWidth: 40,
        label: {
          show: true,
          position: 'top',
          // From the unrounded value: the drawn data is rounded to two decimals, and rounding
          // that again to one would print 81.746% as 81.8% while the data table says 81.7.
          formatter: (p: { dataIndex?: number }) =>
            formatTrendValue(model, model.points[p.dataIndex ?? -1]?.value ?? null),
        },
      },
    ],
  };
}

/** The tooltip body for one year; every data-derived string goes through encodeHTML. */
export function trendTooltipHtml(model: TrendModel, point: TrendPoint, lang: Lang): string {
  const e = (s: string | number) => encodeHTML(String(s));
  const zh = lang === 'zh';
  const value =
    point.value === null
      ? `${MISSING}${zh ? '（未报告）' : ' (not reported)'}`
      : formatTrendValue(model, point.value);
  const lines = [
    `<div class="tt-title">${e(point.year)}</div>`,
    `<div><span class="tt-marker tt-c0"></span>${e(model[lang])}<span class="tt-value">${e(value)}</span></div>`,
    `<div class="tt-sub">${zh ? '报告单位' : 'Units reporting'} ${e(point.used)}/${e(point.of)} · ${
      zh ? '同比' : 'YoY'
    } ${e(formatChange(point.yoy))}</div>`,
  ];
  if (point.missingUnits.length > 0) {
    const shown = point.missingUnits
      .slice(0, MAX_LISTED_UNITS)
      .map(e)
      .join(zh ? '、' : ', ');
    const more = point.missingUnits.length - MAX_LISTED_UNITS;
    const total = more + MAX_LISTED_UNITS;
    const tail = more > 0 ? (zh ? ` 等 ${total} 个` : ` and others (${total})`) : '';
    lines.push(`<div class="tt-sub">${zh ? '未报告：' : 'Not reported: '}${shown}${tail}</div>`);
  }
  return `<div class="tt">${lines.join('')}</div>`;
}

function ariaDescription(model: TrendModel, lang: Lang): string {
  const parts = model.points.map((p) =>
    lang === 'zh'
      ? `${p.year}年 ${formatTrendValue(model, p.value)}`
      : `${p.year} ${formatTrendValue(model, p.value)}`,
  );
  return lang === 'zh'
    ? `${model.zh}按年度：${parts.join('，')}`
    : `${model.en} by year: ${parts.join(', ')}`;
}

function firstDataIndex(params: unknown): number | null {
  const first: unknown = Array.isArray(params) ? params[0] : params;
  if (first && typeof first === 'object' && 'dataIndex' in first) {
    const index = (first as { dataIndex: unknown }).dataIndex;
    return typeof index === 'number' ? index : null;
  }
  return null;
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
