// How every chart is drawn for this reader: decal patterns on or off (colour-blind readers,
// greyscale print), and how many pixels a chart draws per CSS pixel (more on the zoomed
// presentation stage; undefined: the screen's own). Set by the shell from the URL; the renderer
// applies it to each option on screen and the exporters to the option they draw again, so a
// PNG/SVG shows the patterns the page shows.
import type { EChartsCoreOption } from 'echarts/core';
import { createContext, useContext } from 'react';

export interface ChartPrefs {
  decal: boolean;
  pixelRatio?: number;
}

const ChartPrefsContext = createContext<ChartPrefs>({ decal: false });

export const ChartPrefsProvider = ChartPrefsContext.Provider;

export function useChartPrefs(): ChartPrefs {
  return useContext(ChartPrefsContext);
}

// ECharts' decals fill areas (bars, heatmap cells — values hatched, cells without a value
// dotted); a line has no area, so with patterns on each line series gets its own dash and
// marker shape instead, in series order.
const DASHES = ['solid', 'dashed', 'dotted', [10, 4, 2, 4], [2, 6], [12, 3]] as const;
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow'] as const;

type Series = Record<string, unknown> & { type?: unknown; lineStyle?: Record<string, unknown> };

/** Aria on for every chart (descriptions read by screen readers), decal patterns if chosen. */
export function applyChartPrefs(
  option: EChartsCoreOption | null,
  prefs: Pick<ChartPrefs, 'decal'>,
): EChartsCoreOption | null {
  if (!option) return null;
  const aria = (option as { aria?: Record<string, unknown> }).aria ?? {};
  const withAria = { ...option, aria: { ...aria, enabled: true, decal: { show: prefs.decal } } };
  const series = (option as { series?: unknown }).series;
  if (!prefs.decal || !Array.isArray(series)) return withAria;
  let line = 0;
  const patterned = series.map((s: Series) => {
    if (s.type !== 'line') return s;
    const i = line++;
    return {
      ...s,
      symbol: s.symbol ?? SYMBOLS[i % SYMBOLS.length],
      lineStyle: { ...s.lineStyle, type: s.lineStyle?.type ?? DASHES[i % DASHES.length] },
    };
  });
  return { ...withAria, series: patterned };
}
