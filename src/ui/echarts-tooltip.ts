// ECharts' tooltip, registered apart from src/charts/echarts.ts: it draws nothing until a pointer
// comes, so the first page draws its charts first and loads this after (chart-tooltips.ts); the
// charts already made get it through a merged setOption. Views loaded later wait for it before
// their first chart.
import { TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';

echarts.use([TooltipComponent]);
