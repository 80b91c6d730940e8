// The one place ECharts modules are registered: only the charts and components the dashboard
// draws, from echarts/core, so the bundle carries nothing else. Option builders import from
// here, which guarantees registration before any option reaches the renderer.
import {
  BarChart,
  HeatmapChart,
  LineChart,
  type BarSeriesOption,
  type HeatmapSeriesOption,
  type LineSeriesOption,
} from 'echarts/charts';
import {
  AriaComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  type AriaComponentOption,
  type DataZoomComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkAreaComponentOption,
  type MarkLineComponentOption,
  type TitleComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  HeatmapChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  AriaComponent,
  DataZoomComponent,
  VisualMapComponent,
  MarkLineComponent,
  MarkAreaComponent,
  CanvasRenderer,
]);

/** Every option the dashboard builds type-checks against only what is registered. */
export type ChartOption = echarts.ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | HeatmapSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | TitleComponentOption
  | AriaComponentOption
  | DataZoomComponentOption
  | VisualMapComponentOption
  | MarkLineComponentOption
  | MarkAreaComponentOption
>;

/** Escapes a string for the HTML tooltip (unit names and labels are data, not markup). */
export function encodeHTML(text: string): string {
  return echarts.format.encodeHTML(text);
}
