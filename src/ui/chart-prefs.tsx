// How every chart is drawn for this reader: decal patterns on or off (colour-blind readers,
// greyscale print). Set once by the shell from the URL; the renderer applies it to each option.
import { createContext, useContext } from 'react';

export interface ChartPrefs {
  decal: boolean;
}

const ChartPrefsContext = createContext<ChartPrefs>({ decal: false });

export const ChartPrefsProvider = ChartPrefsContext.Provider;

export function useChartPrefs(): ChartPrefs {
  return useContext(ChartPrefsContext);
}
