// ECharts registration for the analysis views (compare, trends, appeals), loaded with them:
// data zoom for long lists (ranking, appeal units, heatmap rows), the heatmap with its
// visualMap colour scale, and the mark area of the template change on trend lines (the first
// page's set is registered by ui/echarts-setup.ts, which every chart loads before it is made).
// Option builders that use any of these import this module, so registration precedes their
// options.
import { HeatmapChart, type HeatmapSeriesOption } from 'echarts/charts';
import {
  DataZoomComponent,
  MarkAreaComponent,
  VisualMapComponent,
  type DataZoomComponentOption,
  type MarkAreaComponentOption,
  type VisualMapComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
// The first page's set, which these options draw on too.
import type { BaseOptionParts } from './echarts';

echarts.use([HeatmapChart, DataZoomComponent, VisualMapComponent, MarkAreaComponent]);

/** An option that type-checks against the first page's set plus what this module registers. */
export type AnalysisChartOption = echarts.ComposeOption<
  | BaseOptionParts
  | HeatmapSeriesOption
  | DataZoomComponentOption
  | VisualMapComponentOption
  | MarkAreaComponentOption
>;
