// Appeal units option: AppealUnitsModel → horizontal stacked bars, one row per unit, largest on
// top. Beyond TOP_N units a dataZoom pages the rows; beyond CHART_MAX the chart holds the
// CHART_MAX units with the most cases (province scale: a chart of 5,000 rows took ECharts ~40 ms
// per change of year to build, for rows of zeros no one pages down to), and the data table
// under it every unit. Unit names are data: the tooltip escapes them, axis labels are canvas
// text.
import type { AnalysisChartOption } from '../echarts-analysis';
import '../echarts-analysis';
import { encodeHTML } from '../escape';
import { formatCompact } from '../format';
import { AXIS_COLOR, FONT_FAMILY, OUTCOME_COLORS, TEXT_COLOR } from '../theme';
import { OUTCOMES } from '../appeal-outcomes/model';
import { OUTCOME_LABELS, SIDE_LABELS, sideTooltipLines } from '../appeal-outcomes/option';
import type { AppealUnitsModel } from './model';

type Lang = 'zh' | 'en';
export const TOP_N = 15;
/** The most units a chart holds; the table holds them all. */
export const CHART_MAX = 100;

/** The units the chart draws: the first CHART_MAX, largest sums first. */
export function chartedUnits(model: AppealUnitsModel): AppealUnitsModel['units'] {
  return model.units.length > CHART_MAX ? model.units.slice(0, CHART_MAX) : model.units;
}

/** Pixel height that fits the rows shown at once. */
export function appealUnitsHeight(model: AppealUnitsModel): number {
  return 80 + 26 * Math.min(model.units.length, TOP_N);
}

export function buildAppealUnitsOption(model: AppealUnitsModel, lang: Lang): AnalysisChartOption {
  const units = chartedUnits(model);
  const paged = units.length > TOP_N;
  return {
    animationDuration: 300,
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    aria: {
      enabled: true,
      label: {
        description: `${model.year} ${SIDE_LABELS[model.side][lang]}: ${units
          .map((u) => `${u.name} ${u.counts.componentTotal}`)
          .join(', ')}`,
      },
    },
    legend: { top: 0 },
    grid: {
      left: 8,
      right: paged ? 40 : 16,
      top: 28,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { formatter: (v: number) => formatCompact(v, lang) },
      splitLine: { lineStyle: { color: '#edf2f7' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: units.map((u) => u.name),
      axisLine: { lineStyle: { color: AXIS_COLOR } },
      axisLabel: { width: 160, overflow: 'truncate' },
    },
    dataZoom: paged
      ? [
          {
            type: 'slider',
            yAxisIndex: 0,
            startValue: 0,
            endValue: TOP_N - 1,
            width: 14,
            right: 8,
          },
          {
            type: 'inside',
            yAxisIndex: 0,
            startValue: 0,
            endValue: TOP_N - 1,
            zoomOnMouseWheel: false,
            moveOnMouseWheel: true,
          },
        ]
      : undefined,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params: unknown) => unitTooltipHtml(model, params, lang),
    },
    series: OUTCOMES.map((o) => ({
      type: 'bar' as const,
      name: OUTCOME_LABELS[o][lang],
      stack: 'outcomes',
      barMaxWidth: 18,
      itemStyle: { color: OUTCOME_COLORS[o] },
      data: units.map((u) => u.counts.outcomes[o]),
    })),
  };
}

export function unitTooltipHtml(model: AppealUnitsModel, params: unknown, lang: Lang): string {
  const first: unknown = Array.isArray(params) ? params[0] : params;
  const index =
    first && typeof first === 'object' && 'dataIndex' in first
      ? (first as { dataIndex: unknown }).dataIndex
      : null;
  const unit = typeof index === 'number' ? model.units[index] : undefined;
  if (!unit) return '';
  const head = `<div class="tt-title">${encodeHTML(unit.name)} · ${model.year}</div>`;
  return `<div class="tt">${head}${sideTooltipLines(model.side, unit.counts, lang).join('')}</div>`;
}
