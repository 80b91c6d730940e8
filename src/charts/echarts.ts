// ECharts registration for the first page: only the chart types and components the overview
// draws (bars, lines, their grid and axes, legend, aria), from echarts/core, so the first page
// carries nothing else. The views that need more register it in echarts-analysis.ts when they
// load. Option builders import their option type from the registration module they need, which
// guarantees registration before any option reaches the renderer. The tooltip is registered by
// src/ui/echarts-tooltip.ts, loaded after the first page's charts are drawn; options still carry
// their tooltip settings. The grid comes without its axis pointer (GridSimpleComponent); of the
// axis pointer only what must be there when a chart is made is registered here (installAxisPointer
// below), its drawing and pointer tracking come with the tooltip.
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import {
  AriaComponent,
  GridSimpleComponent,
  LegendComponent,
  type AriaComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import AxisPointerModel from 'echarts/lib/component/axisPointer/AxisPointerModel.js';
import AxisPointerView from 'echarts/lib/component/axisPointer/AxisPointerView.js';
import { collect } from 'echarts/lib/component/axisPointer/modelHelper.js';

/**
 * The first half of ECharts' axis pointer install (echarts/lib/component/axisPointer/install.js;
 * ui/echarts-tooltip.ts registers the second half). ECharts copies the registered processors
 * into each instance when it is made, so the processor that gathers the axes each pointer follows
 * must be registered before the first chart, or the charts of the first view would never get
 * an axis tooltip. The model and its view (which listens for the pointer) come with it: the
 * view dispatches 'updateAxisPointer', which does nothing until the tooltip module registers it.
 */
const installAxisPointer: Parameters<typeof echarts.use>[0] = (registers) => {
  registers.registerComponentModel(AxisPointerModel);
  registers.registerComponentView(AxisPointerView);
  registers.registerPreprocessor((option) => {
    // Always a global axisPointer model for the defaults; a single link made a list.
    if (!option) return;
    const given = option.axisPointer as { link?: unknown } | { link?: unknown }[] | undefined;
    if (!given || (Array.isArray(given) && given.length === 0)) option.axisPointer = {};
    const pointer = option.axisPointer as { link?: unknown };
    if (pointer.link && !Array.isArray(pointer.link)) pointer.link = [pointer.link];
  });
  registers.registerProcessor(registers.PRIORITY.PROCESSOR.STATISTIC, {
    overallReset(ecModel, api) {
      Object.assign(ecModel.getComponent('axisPointer') ?? {}, {
        coordSysAxesInfo: collect(ecModel, api),
      });
    },
  });
};

echarts.use([
  BarChart,
  LineChart,
  GridSimpleComponent,
  installAxisPointer,
  LegendComponent,
  AriaComponent,
  CanvasRenderer,
]);

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
