// Printing: the browser paginates what is on the page at print time, and a canvas prints at
// whatever resolution and size it had on screen — or blank if it was never drawn. So before
// printing, the page is laid out at the printed width (data-print-prep on the root, print.css),
// every chart is waited for, resized to that width and drawn into an image at 3× (≈ 300 dpi),
// shown only in print in place of its canvas. Ctrl+P gets the same synchronously (beforeprint,
// 2× copies of the canvases). Everything is undone on afterprint. Loaded after the first view is
// drawn (views/nav/print-button.tsx); the layout itself is in print-layout.ts, on the first page.
import { liveCharts, type LiveChart } from './chart-registry';
import {
  clearPrintLayout,
  FIT_TARGET,
  IMAGE_CLASS,
  lastOrientation,
  READY_ATTR,
  setPrintLayout,
  type Orientation,
  type PrintRequest,
} from './print-layout';

export type { Orientation, PrintMode, PrintRequest } from './print-layout';

export type PrintOutcome =
  { ok: true; charts: number; fits: boolean } | { ok: false; loading: string[] };

/** A4 with 12 mm margins (print.css @page), in CSS pixels (96 per inch). */
const MM = 96 / 25.4;
const MARGIN_MM = 12;
export function printArea(orientation: Orientation): { width: number; height: number } {
  const [w, h] = orientation === 'portrait' ? [210, 297] : [297, 210];
  return { width: (w - 2 * MARGIN_MM) * MM, height: (h - 2 * MARGIN_MM) * MM };
}

/**
 * Prepares the page for printing and resolves when every chart has its print image; charts
 * still loading after `timeoutMs` are named instead (the page is put back for the screen).
 */
export async function preparePrint(req: PrintRequest, timeoutMs = 20000): Promise<PrintOutcome> {
  clearPrintLayout();
  setPrintLayout(req);
  await document.fonts?.ready;
  await frames(2);
  const loading = await chartsSettled(timeoutMs);
  if (loading.length > 0) {
    clearPrintLayout();
    return { ok: false, loading };
  }
  const fits = req.mode === 'onepage' ? fitOnePage(req.orientation) : true;
  await frames(1);
  const images = liveCharts()
    .map((c) => attachImage(c, imageOf(c, 3)))
    .filter((img): img is HTMLImageElement => img !== null);
  await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
  document.documentElement.setAttribute(READY_ATTR, '');
  return { ok: true, charts: images.length, fits };
}

/** The 打印 button's path: prepare, then open the browser's print dialog. */
export async function printPage(req: PrintRequest): Promise<PrintOutcome> {
  const outcome = await preparePrint(req);
  if (outcome.ok) window.print();
  return outcome;
}

/**
 * Ctrl+P and the browser's menu: beforeprint cannot wait, so the charts are resized and copied
 * synchronously (canvas copies need no decoding); afterprint restores the screen.
 */
export function installPrintHooks(): () => void {
  const before = () => {
    const root = document.documentElement;
    if (root.hasAttribute(READY_ATTR)) return; // the 打印 button prepared everything
    setPrintLayout({ orientation: lastOrientation(), mode: 'page' });
    for (const c of liveCharts()) {
      const canvas = canvasOf(c, 2);
      if (canvas) insertPrintImage(c.host, canvas);
    }
    root.setAttribute(READY_ATTR, '');
  };
  const after = () => clearPrintLayout();
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}

/** Ids of charts still loading once every chart is drawn, empty, failed — or time ran out. */
async function chartsSettled(timeoutMs: number): Promise<string[]> {
  const started = Date.now();
  for (;;) {
    const loading = [...document.querySelectorAll('[data-chart][data-state="loading"]')].map(
      (el) => el.getAttribute('data-chart') ?? '',
    );
    if (loading.length === 0 || Date.now() - started > timeoutMs) return loading;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A chart at its printed size: resized without animation, so the image is the final state. */
function sized(c: LiveChart): boolean {
  if (c.chart.isDisposed() || c.host.clientWidth === 0 || c.host.clientHeight === 0) return false;
  c.chart.resize({ animation: { duration: 0 } });
  return true;
}

function imageOf(c: LiveChart, pixelRatio: number): HTMLImageElement | null {
  if (!sized(c)) return null;
  const img = new Image();
  img.src = c.chart.getDataURL({ type: 'png', pixelRatio, backgroundColor: '#fff' });
  return img;
}

function canvasOf(c: LiveChart, pixelRatio: number): HTMLCanvasElement | null {
  if (!sized(c)) return null;
  const drawn = c.chart.getRenderedCanvas({ pixelRatio, backgroundColor: '#fff' });
  // A plain copy: the rendered canvas comes with ECharts' positioning styles.
  const copy = document.createElement('canvas');
  copy.width = drawn.width;
  copy.height = drawn.height;
  copy.getContext('2d')?.drawImage(drawn, 0, 0);
  return copy;
}

function attachImage(c: LiveChart, img: HTMLImageElement | null): HTMLImageElement | null {
  if (!img) return null;
  img.alt = c.host.getAttribute('aria-label') ?? '';
  insertPrintImage(c.host, img);
  return img;
}

function insertPrintImage(host: HTMLElement, el: HTMLImageElement | HTMLCanvasElement) {
  el.classList.add(IMAGE_CLASS);
  el.setAttribute(
    'data-print-image',
    host.closest('[data-chart]')?.getAttribute('data-chart') ?? '',
  );
  host.after(el);
}

/**
 * The one-pager: scales the marked content (CSS zoom, set through the CSSOM) to the largest
 * scale at which it is no taller than one sheet. Zooming out widens the layout, so the text
 * reflows and the height is not proportional: the scale is found by bisection. False when even
 * the smallest allowed scale does not fit.
 */
function fitOnePage(orientation: Orientation): boolean {
  const target = document.querySelector<HTMLElement>(FIT_TARGET);
  if (!target) return true;
  const room = printArea(orientation).height * 0.98;
  const fitsAt = (zoom: number) => {
    target.style.setProperty('zoom', String(zoom));
    return target.getBoundingClientRect().height <= room;
  };
  target.style.removeProperty('zoom');
  if (target.getBoundingClientRect().height <= room) return true;
  let [low, high] = [MIN_ZOOM, 1];
  if (!fitsAt(low)) return false;
  for (let round = 0; round < 8; round++) {
    const mid = (low + high) / 2;
    if (fitsAt(mid)) low = mid;
    else high = mid;
  }
  fitsAt(low);
  return true;
}

/** Below this the type of a one-pager is too small to read on paper. */
const MIN_ZOOM = 0.4;

function frames(n: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) =>
      left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1));
    step(n);
  });
}
