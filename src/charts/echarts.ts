// ECharts registration for the first page: only the chart types and components the overview
// draws (bars, lines, their grid and axes, legend, aria), from echarts/core, so the first page
// carries nothing else. The views that need more register it in echarts-analysis.ts when they
// load. Option builders import their option type from the registration module they need, which
// guarantees registration before any option reaches the renderer. The tooltip is registered by
// src/ui/echarts-tooltip.ts, loaded after the first page's charts are drawn; options still carry
// their tooltip settings. GridComponent brings the axis pointer, which the tooltip needs and which
// must be there when a chart is made (ECharts copies its processors into each instance at init).
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  type AriaComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, AriaComponent, CanvasRenderer]);

/** The series and components registered here (the tooltip by ui/echarts-tooltip.ts), for options
 * built on top of these. */
export type BaseOptionParts =
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | AriaComponentOption;

/** An option that type-checks against only what this module registers. */
export type ChartOption = echarts.ComposeOption<BaseOptionParts>;

/** Escapes a string for the HTML tooltip (unit names and labels are data, not markup). */
export function encodeHTML(text: string): string {
  return echarts.format.encodeHTML(text);
}
