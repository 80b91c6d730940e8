// The one place ECharts modules are registered: only the charts and components the dashboard
// draws, from echarts/core, so the bundle carries nothing else. Option builders import from
// here, which guarantees registration before any option reaches the renderer.
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  TooltipComponent,
  type AriaComponentOption,
  type GridComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, AriaComponent, CanvasRenderer]);

/** Every option the dashboard builds type-checks against only what is registered. */
export type ChartOption = echarts.ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | AriaComponentOption
>;

/** Escapes a string for the HTML tooltip (unit names and labels are data, not markup). */
export function encodeHTML(text: string): string {
  return echarts.format.encodeHTML(text);
}
