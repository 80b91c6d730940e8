// ECharts' tooltip, registered apart from echarts-setup.ts: it draws nothing until a pointer
// comes, so the first page draws its charts first and loads this after (chart-tooltips.ts); the
// charts already made get it through a merged setOption. Views loaded later wait for it before
// their first chart.
//
// This is ECharts' own tooltip install (echarts/lib/component/tooltip/install.js) with the second
// half of its axis pointer (the first half is in echarts-setup.ts, registered before any
// chart is made): the pointer drawn on cartesian axes and the action that moves it and shows the
// axis tooltip. TooltipComponent itself would install the whole axis pointer again.
import AxisView from 'echarts/lib/component/axis/AxisView.js';
import CartesianAxisPointer from 'echarts/lib/component/axisPointer/CartesianAxisPointer.js';
import axisTrigger from 'echarts/lib/component/axisPointer/axisTrigger.js';
import TooltipModel from 'echarts/lib/component/tooltip/TooltipModel.js';
import TooltipView from 'echarts/lib/component/tooltip/TooltipView.js';
import * as echarts from 'echarts/core';

const noop = () => {};

echarts.use((registers) => {
  AxisView.registerAxisPointerClass('CartesianAxisPointer', CartesianAxisPointer);
  registers.registerAction(
    { type: 'updateAxisPointer', event: 'updateAxisPointer', update: ':updateAxisPointer' },
    axisTrigger,
  );
  registers.registerComponentModel(TooltipModel);
  registers.registerComponentView(TooltipView);
  registers.registerAction(
    { type: 'showTip', event: 'showTip', update: 'tooltip:manuallyShowTip' },
    noop,
  );
  registers.registerAction(
    { type: 'hideTip', event: 'hideTip', update: 'tooltip:manuallyHideTip' },
    noop,
  );
});
