// Heatmap option: HeatmapModel → two heatmap series over the same grid. The first carries the
// values and the visualMap colour; the second draws the cells without a value in a pale grey with
// "—", outside the colour scale, so a missing figure is never read as a low one.
import { INDICATORS } from '../../domain/indicators';
import type { AnalysisChartOption } from '../echarts-analysis';
import '../echarts-analysis';
import { encodeHTML } from '../escape';
import { inParens, MISSING } from '../format';
import { formatRankValue } from '../ranking/bars';
import { REASON_TEXT } from '../ranking/reasons';
import { FONT_FAMILY, TEXT_COLOR } from '../theme';
import type { HeatmapModel } from './model';

type Lang = 'zh' | 'en';
/** Unit rows visible at once before the grid scrolls. */
export const HEATMAP_PAGE = 20;

// Okabe–Ito sky blue to blue: monotone in lightness, so greyscale keeps the order.
const MISSING_FILL = '#eceef1';
const RAMP = ['#e8f4fb', '#56B4E9', '#0072B2', '#003f63'];

export function buildHeatmapOption(model: HeatmapModel, lang: Lang): AnalysisChartOption {
  const long = model.units.length > HEATMAP_PAGE;
  const max = model.kind === 'rate' ? 100 : Math.max(model.max, 1);
  const present = model.cells.filter((c) => c.value !== null).map((c) => [c.x, c.y, c.value]);
  const absent = model.cells.filter((c) => c.value === null).map((c) => [c.x, c.y, 0]);
  const lookup = (x: number, y: number) => model.cells[y * model.years.length + x];
  return {
    animation: false,
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    aria: {
      enabled: true,
      label: {
        description: `${INDICATORS[model.indicator][lang]}: ${model.units.length} × ${model.years.length}`,
      },
    },
    grid: {
      left: 8,
      right: long ? 40 : 16,
      top: 8,
      bottom: 56,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: { type: 'category', data: model.years.map(String), splitArea: { show: true } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: model.units.map((u) => u.name),
      axisLabel: { width: 160, overflow: 'truncate' },
    },
    dataZoom: long
      ? [
          {
            type: 'slider',
            yAxisIndex: 0,
            startValue: 0,
            endValue: HEATMAP_PAGE - 1,
            width: 14,
            right: 8,
            showDetail: false,
          },
          { type: 'inside', yAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: true },
        ]
      : [],
    visualMap: [
      {
        type: 'continuous',
        seriesIndex: 0,
        min: 0,
        max,
        calculable: true,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        itemHeight: 160,
        inRange: { color: RAMP },
        formatter: (v: unknown) => formatRankValue(model.kind, typeof v === 'number' ? v : null),
      },
      // The value-less cells need a visualMap of their own: one fixed grey, no legend.
      {
        type: 'continuous',
        seriesIndex: 1,
        show: false,
        min: 0,
        max: 1,
        inRange: { color: [MISSING_FILL] },
      },
    ],
    tooltip: {
      confine: true,
      formatter: (p: unknown) => {
        const xy = pointOf(p);
        const cell = xy ? lookup(xy[0], xy[1]) : undefined;
        return cell ? heatTooltipHtml(model, cell.x, cell.y, lang) : '';
      },
    },
    series: [
      {
        type: 'heatmap',
        name: INDICATORS[model.indicator][lang],
        data: present,
        label: {
          show: model.units.length <= 30,
          formatter: (p: { value: unknown }) => labelOf(model, p.value),
        },
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
      },
      {
        type: 'heatmap',
        name: lang === 'zh' ? '无法计算' : 'not available',
        data: absent,
        label: { show: true, formatter: MISSING, color: '#718096' },
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
      },
    ],
  };
}

export function heatTooltipHtml(model: HeatmapModel, x: number, y: number, lang: Lang): string {
  const cell = model.cells[y * model.years.length + x];
  const unit = model.units[y];
  if (!cell || !unit) return '';
  const e = encodeHTML;
  const text =
    cell.value === null
      ? `${MISSING}${inParens(REASON_TEXT[cell.reason ?? 'notReported'][lang], lang)}`
      : formatRankValue(model.kind, cell.value);
  return [
    '<div class="tt">',
    `<div class="tt-title">${e(unit.name)} · ${e(String(model.years[x]))}</div>`,
    `<div>${e(INDICATORS[model.indicator][lang])}<span class="tt-value">${e(text)}</span></div>`,
    '</div>',
  ].join('');
}

function labelOf(model: HeatmapModel, value: unknown): string {
  const v = Array.isArray(value) ? (value[2] as unknown) : null;
  return typeof v === 'number' ? formatRankValue(model.kind, v) : '';
}

function pointOf(p: unknown): [number, number] | null {
  if (!p || typeof p !== 'object' || !('value' in p)) return null;
  const v = (p as { value: unknown }).value;
  return Array.isArray(v) && typeof v[0] === 'number' && typeof v[1] === 'number'
    ? [v[0], v[1]]
    : null;
}
