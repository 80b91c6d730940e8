// The charts on the page right now, so page-wide actions (print, presentation) can reach each
// instance without threading refs through every view.
import type { EChartsType } from 'echarts/core';

export interface LiveChart {
  id: string;
  chart: EChartsType;
  host: HTMLElement;
}

const live = new Set<LiveChart>();

export function registerChart(entry: LiveChart): () => void {
  live.add(entry);
  return () => {
    live.delete(entry);
  };
}

export function liveCharts(): LiveChart[] {
  return [...live].filter((c) => !c.chart.isDisposed());
}
