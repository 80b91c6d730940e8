// A chart as a citable image: the option drawn again off screen at a fixed width (so the same
// link gives the same image on any screen) → the title, the 模拟数据 badge and the caption laid
// out around it (figure-layout.ts) → PNG at 2× / 3× with the text drawn into the pixels once
// the page's fonts are ready, or SVG with the caption as <text>. The SVG renderer is loaded
// only when someone exports an SVG.
import { init, use, type EChartsCoreOption, type EChartsType } from 'echarts/core';
import { unrollLegend } from './export-legend';
import type { FigureCaption } from './figure-model';
import {
  EXPORT_WIDTH,
  layoutFigure,
  type FigureLayout,
  type Measure,
  type TextRun,
} from './figure-layout';

/** The page's chart font (src/charts/theme.ts FONT_FAMILY), for the caption around a chart. */
export const EXPORT_FONT =
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

const fontSpec = (size: number, bold: boolean) => `${bold ? '700 ' : ''}${size}px ${EXPORT_FONT}`;

/** Text drawn before the CJK font has loaded falls back to boxes or another face: wait. */
async function fontsReady(): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  await Promise.allSettled([
    document.fonts.load(fontSpec(13, false), '数据年报'),
    document.fonts.load(fontSpec(20, true), '数据年报'),
  ]);
  await document.fonts.ready;
}

function canvasMeasure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  return (text, size, bold) => {
    if (!ctx) return text.length * size;
    ctx.font = fontSpec(size, bold);
    return ctx.measureText(text).width;
  };
}

/**
 * No animation (the first frame is the last), sliders hidden (a picture cannot be dragged).
 * `full`: the image is drawn tall enough for every row, so zoom windows are lifted too.
 */
function exportOption(option: EChartsCoreOption, full: boolean): EChartsCoreOption {
  const zoom = (option as { dataZoom?: unknown }).dataZoom;
  const hidden = Array.isArray(zoom)
    ? zoom.map((z: Record<string, unknown>) => {
        const shown = z.type === 'slider' ? { ...z, show: false } : z;
        if (!full) return shown;
        return { ...shown, startValue: undefined, endValue: undefined, start: 0, end: 100 };
      })
    : zoom;
  return { ...option, animation: false, backgroundColor: '#fff', dataZoom: hidden };
}

function withChart<T>(
  box: FigureLayout['chart'],
  opts: { renderer: 'canvas' | 'svg'; ratio?: number; locale: string; full: boolean },
  draw: (chart: EChartsType) => T,
  option: EChartsCoreOption,
): T {
  const host = opts.renderer === 'svg' ? null : document.createElement('div');
  const chart = init(host as HTMLDivElement, null, {
    renderer: opts.renderer,
    ssr: opts.renderer === 'svg',
    devicePixelRatio: opts.ratio,
    width: box.width,
    height: box.height,
    locale: opts.locale,
  });
  try {
    chart.setOption(exportOption(option, opts.full));
    return draw(chart);
  } finally {
    chart.dispose();
  }
}

const locale = (c: FigureCaption) => (c.lang === 'zh' ? 'ZH' : 'EN');

export async function figurePng(
  option: EChartsCoreOption,
  chartHeight: number,
  caption: FigureCaption,
  ratio: number,
  full = false,
): Promise<Blob> {
  await fontsReady();
  const measure = canvasMeasure();
  const unrolled = unrollLegend(option, EXPORT_WIDTH, measure);
  const layout = layoutFigure(caption, chartHeight + unrolled.extra, measure);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(layout.width * ratio);
  canvas.height = Math.round(layout.height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas 2d context unavailable');
  ctx.scale(ratio, ratio);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  withChart(
    layout.chart,
    { renderer: 'canvas', ratio, locale: locale(caption), full },
    (chart) => {
      const drawn = chart.renderToCanvas({ pixelRatio: ratio, backgroundColor: '#fff' });
      const { x, y, width, height } = layout.chart;
      ctx.drawImage(drawn, x, y, width, height);
    },
    unrolled.option,
  );
  if (layout.badge) {
    const b = layout.badge;
    ctx.strokeStyle = '#dd6b20';
    ctx.fillStyle = '#fffaf0';
    ctx.lineWidth = 1.5;
    ctx.fillRect(b.x, b.y, b.width, b.height);
    ctx.strokeRect(b.x, b.y, b.width, b.height);
  }
  for (const t of layout.texts) drawText(ctx, t);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))),
      'image/png',
    ),
  );
}

function drawText(ctx: CanvasRenderingContext2D, t: TextRun): void {
  ctx.font = fontSpec(t.size, t.bold);
  ctx.fillStyle = t.color;
  ctx.textAlign = t.anchor === 'end' ? 'right' : 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(t.text, t.x, t.y);
}

let svgReady: Promise<void> | null = null;
function loadSvgRenderer(): Promise<void> {
  svgReady ??= import('echarts/lib/renderer/installSVGRenderer.js').then(({ install }) =>
    use(install),
  );
  return svgReady;
}

export async function figureSvg(
  option: EChartsCoreOption,
  chartHeight: number,
  caption: FigureCaption,
  full = false,
): Promise<string> {
  await Promise.all([fontsReady(), loadSvgRenderer()]);
  const measure = canvasMeasure();
  const unrolled = unrollLegend(option, EXPORT_WIDTH, measure);
  const layout = layoutFigure(caption, chartHeight + unrolled.extra, measure);
  const inner = withChart(
    layout.chart,
    { renderer: 'svg', locale: locale(caption), full },
    (chart) => chart.renderToSVGString(),
    unrolled.option,
  );
  const { x, y } = layout.chart;
  const badge = layout.badge
    ? `<rect x="${layout.badge.x}" y="${layout.badge.y}" width="${layout.badge.width}" height="${layout.badge.height}" fill="#fffaf0" stroke="#dd6b20" stroke-width="1.5"/>`
    : '';
  const texts = layout.texts.map(svgText).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" ` +
    `viewBox="0 0 ${layout.width} ${layout.height}" font-family="${xml(EXPORT_FONT)}">` +
    `<title>${xml(caption.title)}</title>` +
    `<rect width="100%" height="100%" fill="#fff"/>${badge}` +
    `<g transform="translate(${x} ${y})">${inner}</g>${texts}</svg>\n`
  );
}

function svgText(t: TextRun): string {
  const weight = t.bold ? ' font-weight="700"' : '';
  const anchor = t.anchor === 'end' ? ' text-anchor="end"' : '';
  return `<text x="${t.x}" y="${t.y}" font-size="${t.size}" fill="${t.color}"${weight}${anchor}>${xml(t.text)}</text>`;
}

/** Unit names and titles are data: escaped, never markup. */
export function xml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}
