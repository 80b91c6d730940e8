// Where the title, the chart and the caption lines of an exported figure go. Pure: text width
// comes from a measure function (a canvas context in the browser, a stub in tests), so the PNG
// and the SVG share one layout and their sizes are known before anything is drawn.
import { captionLines } from './figure-files';
import { figureWord, type FigureCaption } from './figure-model';

export const EXPORT_WIDTH = 960;
const PAD = 24;
const TITLE_SIZE = 20;
const TEXT_SIZE = 13;
const LINE_HEIGHT = 20;
const GAP = 14;

export interface TextRun {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  bold: boolean;
  color: string;
  anchor: 'start' | 'end';
}

export interface FigureLayout {
  width: number;
  height: number;
  chart: { x: number; y: number; width: number; height: number };
  texts: TextRun[];
  /** The 模拟数据 badge's box, drawn around its text run. */
  badge: { x: number; y: number; width: number; height: number } | null;
}

export type Measure = (text: string, size: number, bold: boolean) => number;

export function layoutFigure(
  caption: FigureCaption,
  chartHeight: number,
  measure: Measure,
): FigureLayout {
  const width = EXPORT_WIDTH + 2 * PAD;
  const texts: TextRun[] = [];
  const run = (text: string, x: number, y: number, extra: Partial<TextRun> = {}): TextRun => ({
    text,
    x,
    y,
    size: TEXT_SIZE,
    bold: false,
    color: '#4a5568',
    anchor: 'start',
    ...extra,
  });
  const titleY = PAD + TITLE_SIZE;
  texts.push(run(caption.title, PAD, titleY, { size: TITLE_SIZE, bold: true, color: '#1a202c' }));
  let badge: FigureLayout['badge'] = null;
  if (caption.simulated) {
    const label = figureWord('simulated', caption.lang);
    const w = measure(label, TEXT_SIZE, true) + 16;
    badge = { x: width - PAD - w, y: titleY - TEXT_SIZE - 6, width: w, height: TEXT_SIZE + 12 };
    texts.push(
      run(label, width - PAD - 8, titleY - 3, { bold: true, color: '#9c4221', anchor: 'end' }),
    );
  }
  const chart = { x: PAD, y: titleY + GAP, width: EXPORT_WIDTH, height: chartHeight };
  let y = chart.y + chart.height + GAP;
  captionLines(caption).forEach((line, i) => {
    const first = caption.simulated && i === 0;
    for (const part of wrap(line, EXPORT_WIDTH, (t) => measure(t, TEXT_SIZE, first))) {
      y += LINE_HEIGHT;
      texts.push(run(part, PAD, y, first ? { bold: true, color: '#9c4221' } : {}));
    }
  });
  return { width, height: y + PAD, chart, texts, badge };
}

/** Greedy line breaking: Chinese breaks between any two characters, Latin between words. */
export function wrap(text: string, width: number, measure: (t: string) => number): string[] {
  const tokens = text.match(/[A-Za-z0-9_.,:;!?%/()'"@#&=+\-–]+\s*|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line !== '' && measure((line + token).trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
    // A single token wider than the line (a long link) is cut by characters.
    while (line.length > 1 && measure(line.trimEnd()) > width) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut)) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
