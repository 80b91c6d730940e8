// ECharts' axis pointer and tooltip pieces by their files: src/ui/echarts-setup.ts registers the
// half of the axis pointer every chart instance needs from its start, src/ui/echarts-tooltip.ts
// the rest with the tooltip (see there why). ECharts ships no declarations beside these files.
declare module 'echarts/lib/component/axisPointer/AxisPointerModel.js' {
  import type { ComponentModel } from 'echarts/core';
  const AxisPointerModel: typeof ComponentModel;
  export default AxisPointerModel;
}
declare module 'echarts/lib/component/axisPointer/AxisPointerView.js' {
  import type { ComponentView } from 'echarts/core';
  const AxisPointerView: typeof ComponentView;
  export default AxisPointerView;
}
declare module 'echarts/lib/component/axisPointer/modelHelper.js' {
  /** The axes each axis pointer follows, kept on the global axisPointer model. */
  export function collect(ecModel: object, api: object): unknown;
}
declare module 'echarts/lib/component/axisPointer/CartesianAxisPointer.js' {
  const CartesianAxisPointer: new () => object;
  export default CartesianAxisPointer;
}
declare module 'echarts/lib/component/axisPointer/axisTrigger.js' {
  import type { Payload } from 'echarts/core';
  const axisTrigger: (payload: Payload, ecModel: object, api: object) => void;
  export default axisTrigger;
}
declare module 'echarts/lib/component/axis/AxisView.js' {
  const AxisView: { registerAxisPointerClass(type: string, clazz: new () => object): void };
  export default AxisView;
}
declare module 'echarts/lib/component/tooltip/TooltipModel.js' {
  import type { ComponentModel } from 'echarts/core';
  const TooltipModel: typeof ComponentModel;
  export default TooltipModel;
}
declare module 'echarts/lib/component/tooltip/TooltipView.js' {
  import type { ComponentView } from 'echarts/core';
  const TooltipView: typeof ComponentView;
  export default TooltipView;
}
