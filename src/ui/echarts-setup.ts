// ECharts for the first page, registered: only the chart types and components the overview
// draws (bars, lines, their grid and axes, legend, aria), from echarts/core, so the first page
// carries nothing else; the views that need more register it in src/charts/echarts-analysis.ts
// (their option builders import it). EChart (echart.tsx) loads this module with import() before
// it makes its first chart, so the browser evaluates ECharts in a task of its own, apart from the
// page's start (together they ran past 200 ms on a two-core machine); index.html modulepreloads
// it (vite.config.ts), so it is fetched and compiled from the start. The tooltip is registered
// by echarts-tooltip.ts, loaded after the first page's charts are drawn; options still carry
// their tooltip settings. The grid comes without its axis pointer (GridSimpleComponent); of the
// axis pointer only what must be there when a chart is made is registered here
// (installAxisPointer below), its drawing and pointer tracking come with the tooltip.
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridSimpleComponent, LegendComponent } from 'echarts/components';
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

/** Makes a chart: echarts' init, once the modules above are registered. */
export const init: typeof echarts.init = echarts.init;
