// The one component that owns an ECharts instance: init (once the box has a size), setOption,
// resize (ResizeObserver, 0×0 skipped) and dispose. Options arrive ready-made from
// src/charts/*/option.ts. ECharts itself, with the first page's modules registered
// (echarts-setup.ts), is import()ed before the first chart is made: evaluated with the rest
// of the page's scripts it made the page's first task run past 200 ms on a two-core machine;
// index.html modulepreloads it (vite.config.ts), so it is fetched and compiled from the start.
// The tooltip is registered later (chart-tooltips.ts): until then options are drawn without it,
// and when it arrives each chart gets its tooltip settings merged in.
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLang } from '../state/lang';
import { applyChartPrefs, useChartPrefs } from './chart-prefs';
import { registerChart } from './chart-registry';
import {
  forgetChart,
  loadTooltips,
  noteChartDrawn,
  onTooltipsReady,
  tooltipsReady,
} from './chart-tooltips';
import { L, t, type Lang } from './labels';
import type { PanelStatus } from './panel';

export type ChartState = 'loading' | 'empty' | 'error' | 'ready';

interface EChartProps {
  /** Stable id, written to `data-chart` for tests and screenshots. */
  id: string;
  /** Accessible name of the chart. */
  label: string;
  status: PanelStatus;
  /** Required when status is 'success'. */
  option: EChartsCoreOption | null;
  /** Shown in the empty / error states. */
  message?: ReactNode;
  height?: number;
}

export function EChart(props: EChartProps) {
  const { id, label, status, message, height = 260 } = props;
  const lang = useLang();
  const { decal, pixelRatio } = useChartPrefs();
  const option = useMemo(() => applyChartPrefs(props.option, { decal }), [props.option, decal]);
  const hostRef = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<EChartsType | null>(null);
  const [finished, setFinished] = useState<EChartsCoreOption | null>(null);
  // A successful query with nothing to draw is an empty chart, not a loading one.
  const effective: PanelStatus = status === 'success' && option === null ? 'empty' : status;
  const active = effective === 'success';

  // The instance is made again when the language changes: ECharts' own words (aria
  // descriptions, toolbox) follow the locale given at init; so is the pixel ratio.
  useEffect(() => {
    const host = hostRef.current;
    if (!active || !host) return;
    return mountChart(host, { id, lang, pixelRatio }, setChart);
  }, [active, id, lang, pixelRatio]);

  useEffect(() => {
    if (!chart || chart.isDisposed() || !option) return;
    const onFinished = () => {
      chart.off('finished', onFinished);
      setFinished(option);
    };
    chart.on('finished', onFinished);
    // Each chart draws in a task of its own: a view's dozen charts drawn in the one task that
    // runs React's effects kept the page busy for over half a second at province scale.
    const timer = setTimeout(() => {
      if (chart.isDisposed()) return;
      // Only an instance's first drawing animates: a change of year or scope redraws at once
      // (budget: every chart of a view drawn again within 200 ms; an animation alone took 300).
      const again = drawnBefore.has(chart);
      drawnBefore.add(chart);
      const full = again ? { ...option, animation: false } : option;
      applied.set(chart, full);
      chart.setOption(tooltipsReady() ? full : withoutTooltip(full), { notMerge: true });
    }, 0);
    return () => {
      clearTimeout(timer);
      if (!chart.isDisposed()) chart.off('finished', onFinished);
    };
  }, [chart, option]);

  const state = chartState(effective, active && chart !== null && finished === option);
  // Whether every chart on the page is drawn decides when the tooltip loads.
  const [tracker] = useState(() => ({}));
  useEffect(() => noteChartDrawn(tracker, state !== 'loading'), [tracker, state]);
  useEffect(() => () => forgetChart(tracker), [tracker]);
  // Once per option, not per render: a province's ranking stringifies to megabytes.
  const optionDigest = useMemo(() => (option ? digest(option) : null), [option]);
  return (
    <div
      className="chart"
      data-chart={id}
      data-state={state}
      data-option-digest={state === 'ready' && optionDigest ? optionDigest : undefined}
    >
      <div
        ref={hostRef}
        className="chart-canvas"
        role="img"
        aria-label={label}
        hidden={!active}
        style={{ height }}
      />
      {!active && <ChartPlaceholder state={state} message={message} height={height} lang={lang} />}
    </div>
  );
}

/** The option each instance was last given (in full, tooltip included). */
const applied = new WeakMap<EChartsType, EChartsCoreOption>();

/** Instances that have drawn an option. */
const drawnBefore = new WeakSet<EChartsType>();

let echartsModule: Promise<typeof import('./echarts-setup')> | null = null;

/** ECharts with the first page's modules registered, loaded once. */
function loadECharts(): Promise<typeof import('./echarts-setup')> {
  echartsModule ??= import('./echarts-setup').catch((error: unknown) => {
    echartsModule = null; // a failed fetch may be retried by the next chart
    throw error;
  });
  return echartsModule;
}

/** Creates the instance when the box first has a size; returns the cleanup. */
function mountChart(
  host: HTMLDivElement,
  { id, lang, pixelRatio }: { id: string; lang: Lang; pixelRatio: number | undefined },
  setChart: (c: EChartsType | null) => void,
): () => void {
  let instance: EChartsType | null = null;
  let unregister = () => {};
  let gone = false;
  let making = false;
  const sized = () => host.clientWidth > 0 && host.clientHeight > 0;
  const onSize = () => {
    if (!sized()) return; // hidden or collapsed: keep the last drawing
    if (instance) instance.resize();
    else if (!making) {
      making = true;
      void loadECharts().then(
        ({ init }) => {
          if (gone || instance) return;
          instance = init(host, null, {
            renderer: 'canvas',
            locale: lang === 'zh' ? 'ZH' : 'EN',
            devicePixelRatio: pixelRatio,
          });
          unregister = registerChart({ id, chart: instance, host });
          setChart(instance);
        },
        () => {
          making = false; // the chart stays loading; the next size change tries again
        },
      );
    }
  };
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(onSize);
  observer?.observe(host);
  if (!observer) onSize();
  const pointer = trackPointer(host);
  // The tooltip arrives: the chart's own tooltip settings merged in (nothing redrawn), and a
  // pointer already over the chart gets its tooltip at once.
  const stopWaiting = tooltipsReady()
    ? () => {}
    : onTooltipsReady(() => {
        const option = instance && applied.get(instance);
        if (!instance || !option || !('tooltip' in option)) return;
        instance.setOption({ tooltip: option.tooltip });
        const at = pointer.at();
        if (at) instance.dispatchAction({ type: 'showTip', x: at.x, y: at.y });
      });
  return () => {
    gone = true;
    observer?.disconnect();
    pointer.stop();
    stopWaiting();
    unregister();
    instance?.dispose();
    setChart(null);
  };
}

/** Where the pointer is over the host, if it is; its arrival loads the tooltip. */
function trackPointer(host: HTMLElement): {
  at: () => { x: number; y: number } | null;
  stop: () => void;
} {
  let at: { x: number; y: number } | null = null;
  const move = (e: PointerEvent) => {
    // In the host's own pixels, also when it is CSS-zoomed (the presentation stage).
    const box = host.getBoundingClientRect();
    const zoom = host.offsetWidth > 0 ? box.width / host.offsetWidth : 1;
    at = { x: (e.clientX - box.left) / zoom, y: (e.clientY - box.top) / zoom };
    if (!tooltipsReady()) void loadTooltips().catch(() => {});
  };
  const leave = () => {
    at = null;
  };
  host.addEventListener('pointermove', move);
  host.addEventListener('pointerleave', leave);
  return {
    at: () => at,
    stop: () => {
      host.removeEventListener('pointermove', move);
      host.removeEventListener('pointerleave', leave);
    },
  };
}

/** The option without its tooltip, while ECharts has none registered. */
function withoutTooltip(option: EChartsCoreOption): EChartsCoreOption {
  if (!('tooltip' in option)) return option;
  const rest = { ...option };
  delete rest.tooltip;
  return rest;
}

function chartState(status: PanelStatus, drawn: boolean): ChartState {
  if (status === 'error') return 'error';
  if (status === 'empty') return 'empty';
  return status === 'success' && drawn ? 'ready' : 'loading';
}

function ChartPlaceholder(props: {
  state: ChartState;
  message?: ReactNode;
  height: number;
  lang: Lang;
}) {
  const text =
    props.state === 'loading'
      ? t(L.loading, props.lang)
      : (props.message ?? t(L.empty, props.lang));
  return (
    <div className={`chart-placeholder state-${props.state}`} style={{ height: props.height }}>
      {text}
    </div>
  );
}

/**
 * A short fingerprint of the drawn option, so tests (and evaluators comparing two links) can
 * tell whether two charts show the same thing without reading pixels.
 */
function digest(option: EChartsCoreOption): string {
  const text = JSON.stringify(option, (_k, v: unknown) => (typeof v === 'function' ? 'fn' : v));
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
