// A picture cannot page through a legend. On the page a long legend scrolls (‹ 1/2 ›); in an
// exported figure that would leave some series unnamed — in English, whose labels are longer,
// the appeal outcomes lost two of eight. So the export shows every entry, wrapped onto as many
// rows as it takes, moves the plot down by the rows added and makes the image that much taller.
// Pure: text width comes from the exporter's measure function.
import type { EChartsCoreOption } from 'echarts/core';
import type { Measure } from './figure-layout';

// ECharts' legend defaults: 25px icon, 5px to its text, 10px between items, 5px padding, 12px
// text; a row is about 15px high plus the 10px gap to the next.
const ICON = 25;
const ICON_GAP = 5;
const ITEM_GAP = 10;
const PADDING = 5;
const FONT_SIZE = 12;
export const LEGEND_ROW = 25;
const DEFAULT_GRID_TOP = 60;

type Legend = Record<string, unknown> & { show?: unknown; data?: unknown; type?: unknown };

/** How many rows the entries take in a box `width` wide, filled left to right. */
export function legendRows(names: readonly string[], width: number, measure: Measure): number {
  const room = width - 2 * PADDING;
  let rows = names.length > 0 ? 1 : 0;
  let used = 0;
  for (const name of names) {
    const item = ICON + ICON_GAP + measure(name, FONT_SIZE, false);
    const next = used === 0 ? item : used + ITEM_GAP + item;
    if (next > room && used > 0) {
      rows += 1;
      used = item;
    } else used = next;
  }
  return rows;
}

/** The entries a legend lists: its own data, or else every named series once. */
function legendNames(legend: Legend, option: EChartsCoreOption): string[] {
  if (Array.isArray(legend.data)) {
    return legend.data
      .map((d: unknown) => (typeof d === 'string' ? d : (d as { name?: unknown })?.name))
      .filter((n): n is string => typeof n === 'string' && n !== '');
  }
  const series = (option as { series?: unknown }).series;
  const names = Array.isArray(series)
    ? series
        .map((s: { name?: unknown }) => s.name)
        .filter((n): n is string => typeof n === 'string')
    : [];
  return [...new Set(names.filter((n) => n !== ''))];
}

/** The option with a scrolling legend laid out in full, and the height added for it. */
export function unrollLegend(
  option: EChartsCoreOption,
  width: number,
  measure: Measure,
): { option: EChartsCoreOption; extra: number } {
  const legend = (option as { legend?: unknown }).legend;
  if (!legend || Array.isArray(legend) || typeof legend !== 'object') return { option, extra: 0 };
  const l = legend as Legend;
  if (l.show === false || l.type !== 'scroll') return { option, extra: 0 };
  const rows = legendRows(legendNames(l, option), width, measure);
  const extra = Math.max(0, rows - 1) * LEGEND_ROW;
  const grid = (option as { grid?: unknown }).grid;
  const moved =
    grid && !Array.isArray(grid) && typeof grid === 'object'
      ? (() => {
          const top = (grid as { top?: unknown }).top;
          return { ...grid, top: (typeof top === 'number' ? top : DEFAULT_GRID_TOP) + extra };
        })()
      : grid;
  return { option: { ...option, legend: { ...l, type: 'plain' }, grid: moved }, extra };
}
