// When ECharts' tooltip is registered (echarts-tooltip.ts). The first page draws its
// charts without it and loads it once they are all drawn (when the browser is next idle), or at
// once when a pointer reaches a chart; lazily loaded views wait for it before drawing. EChart
// gives the charts already drawn their tooltip settings when it arrives.
type Stage = 'absent' | 'loading' | 'ready';

let stage: Stage = 'absent';
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** Registers the tooltip (once); resolves when it is registered. A failed load may be retried. */
export function loadTooltips(): Promise<void> {
  loading ??= import('./echarts-tooltip').then(
    () => {
      stage = 'ready';
      inTurn([...listeners]);
    },
    (error: unknown) => {
      loading = null;
      stage = 'absent';
      throw error;
    },
  );
  if (stage === 'absent') stage = 'loading';
  return loading;
}

/**
 * Each chart's merge in a task of its own: a province-scale page has a dozen charts, and all of
 * them in one go held the page for 150 ms. A chart gone meanwhile is skipped.
 */
function inTurn(waiting: (() => void)[]): void {
  const next = waiting.shift();
  if (!next) return;
  if (listeners.has(next)) next();
  if (waiting.length > 0) setTimeout(() => inTurn(waiting), 0);
}

export function tooltipsReady(): boolean {
  return stage === 'ready';
}

/** Calls `listener` once the tooltip is registered; returns the unsubscribe. */
export function onTooltipsReady(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Charts mounted and not yet drawn (or empty, or failed). */
const undrawn = new Set<object>();
let idleScheduled = false;

/**
 * EChart says whether a chart is still to be drawn. When none is, the tooltip loads at the next
 * idle moment, unless by then another chart is waiting to draw (a view still loading data).
 */
export function noteChartDrawn(chart: object, drawn: boolean): void {
  if (drawn) undrawn.delete(chart);
  else undrawn.add(chart);
  if (stage !== 'absent' || undrawn.size > 0 || idleScheduled) return;
  idleScheduled = true;
  whenIdle(() => {
    idleScheduled = false;
    if (undrawn.size === 0 && stage === 'absent') void loadTooltips().catch(() => {});
  });
}

export function forgetChart(chart: object): void {
  undrawn.delete(chart);
}

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}
