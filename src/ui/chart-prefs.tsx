// How every chart is drawn for this reader: decal patterns on or off (colour-blind readers,
// greyscale print), and how many pixels a chart draws per CSS pixel (more on the zoomed
// presentation stage; undefined: the screen's own). Set by the shell; the renderer applies it.
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
