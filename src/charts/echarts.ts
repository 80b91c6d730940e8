// The option types of the first page's charts: what src/ui/echarts-setup.ts registers (bars,
// lines, their grid and axes, legend, aria; the tooltip by ui/echarts-tooltip.ts). Option
// builders type their options with ChartOption, so an option that needs more than is registered
// fails to compile; those of the analysis views use echarts-analysis.ts, which registers the rest.
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type * as echarts from 'echarts/core';

/** The series and components ui/echarts-setup.ts registers (the tooltip: ui/echarts-tooltip.ts),
 * for options built on top of these. */
export type BaseOptionParts =
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | AriaComponentOption;

/** An option that type-checks against only what is registered for the first page. */
export type ChartOption = echarts.ComposeOption<BaseOptionParts>;
