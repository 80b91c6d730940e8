// ECharts' tooltip (with the axis pointer it draws for axis-triggered tooltips), registered apart
// from src/charts/echarts.ts: it is a sixth of the ECharts code on the first page and draws
// nothing until a pointer comes, so the first page draws its charts first and loads this after
// (chart-tooltips.ts). Views loaded later wait for it before their first chart.
import { TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';

echarts.use([TooltipComponent]);
