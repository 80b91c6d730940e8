// Correction-rate option: YearRates[] → two lines (复议, 诉讼) in percent; a year without a
// concluded case is a gap. The tooltip shows numerator ÷ denominator and coverage, escaped.
import { INDICATORS } from '../../domain/indicators';
import type { ChartOption } from '../echarts';
import { encodeHTML } from '../escape';
import { formatCount, formatRatio, inParens } from '../format';
import { AXIS_COLOR, FONT_FAMILY, OUTCOME_COLORS, PALETTE, TEXT_COLOR } from '../theme';
import { dataIndex } from '../params';
import { ratioCell } from '../table';
import type { YearRates } from './rates-model';
import type { IndicatorValue } from '../../domain/indicators';

type Lang = 'zh' | 'en';
const KEYS = [
  ['review', 'reviewCorrectionRate', 'tt-c5'],
  ['litigation', 'litigationCorrectionRate', 'tt-c0'],
] as const;
const NO_CASE = { zh: '无已审结案件', en: 'no concluded case' };

export function ratioText(v: IndicatorValue, lang: Lang): string {
  if (v.value === null) return `${formatRatio(null)}${inParens(NO_CASE[lang], lang)}`;
  return `${formatRatio(v.value, lang)} = ${formatCount(v.numerator, lang)} ÷ ${formatCount(v.denominator, lang)}`;
}

export function buildRatesOption(rows: readonly YearRates[], lang: Lang): ChartOption {
  // The same rounding as the table behind the chart (percent, one decimal).
  const pct = (v: IndicatorValue) => ratioCell(v.value);
  return {
    animationDuration: 300,
    color: [OUTCOME_COLORS.corrected, PALETTE[0]],
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    aria: {
      enabled: true,
      label: {
        description: rows
          .map((r) => `${r.year}: ${KEYS.map(([k]) => formatRatio(r[k].value)).join(' / ')}`)
          .join('; '),
      },
    },
    legend: { top: 0 },
    grid: {
      left: 8,
      right: 16,
      top: 32,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: rows.map((r) => String(r.year)),
      axisLine: { lineStyle: { color: AXIS_COLOR } },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 100,
      axisLabel: { formatter: (v: number) => `${v}%` },
      splitLine: { lineStyle: { color: '#edf2f7' } },
    },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params: unknown) => ratesTooltipHtml(rows, dataIndex(params), lang),
    },
    series: KEYS.map(([k, ind], i) => ({
      type: 'line' as const,
      name: INDICATORS[ind][lang === 'zh' ? 'zh' : 'en'],
      data: rows.map((r) => pct(r[k])),
      connectNulls: false,
      symbol: i === 0 ? 'circle' : 'triangle',
      symbolSize: 8,
      lineStyle: { type: i === 0 ? 'solid' : 'dashed' },
    })),
  };
}

export function ratesTooltipHtml(
  rows: readonly YearRates[],
  index: number | null,
  lang: Lang,
): string {
  const row = index === null ? undefined : rows[index];
  if (!row) return '';
  const e = (s: string) => encodeHTML(s);
  const lines = KEYS.map(([k, ind, cls]) => {
    const v = row[k];
    return (
      `<div><span class="tt-marker ${cls}"></span>${e(INDICATORS[ind][lang])}` +
      `<span class="tt-value">${e(ratioText(v, lang))}</span></div>` +
      `<div class="tt-sub">${e(lang === 'zh' ? '报告单位' : 'units reporting')} ${v.used}/${v.of}</div>`
    );
  });
  return `<div class="tt"><div class="tt-title">${row.year}</div>${lines.join('')}</div>`;
}
