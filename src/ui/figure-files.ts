// A figure's caption and table as they go into files: the caption's lines printed into the PNG /
// SVG, the file names, the CSV. Loaded with the first export (figure.tsx, figure-table.tsx), not
// with the page. Pure, so tests read them without a browser.
import { formatDate } from './dates';
import { figureWord, type FigureCaption, type FigureTable, type FigureValue } from './figure-model';

/** The words only files print (the page's caption shows fewer). */
const FILE_WORDS = {
  source: { zh: '来源', en: 'Source' },
  asOfNote: { zh: '（所含报告的最晚发布日期）', en: ' (latest publication date of the reports)' },
  link: { zh: '链接', en: 'Link' },
  nature: { zh: '数据性质', en: 'Data' },
  simulatedLine: {
    zh: '模拟数据：虚构单位与数字，仅供演示，不代表任何真实机关。',
    en: 'Simulated data: fictional units and figures for demonstration; no real body is described.',
  },
} as const;

/** The caption as lines of text, in reading order, for the page, the PNG and the SVG. */
export function captionLines(c: FigureCaption): string[] {
  const w = (k: Parameters<typeof figureWord>[0]) => figureWord(k, c.lang);
  const f = (k: keyof typeof FILE_WORDS) => FILE_WORDS[k][c.lang];
  const sep = w('sep');
  const dot = c.lang === 'zh' ? ' · ' : ' · ';
  const lines = [
    `${w('definition')}${sep}${c.definition}`,
    [
      `${w('dataset')}${sep}${c.dataset}`,
      `${w('units')}${sep}${c.units}`,
      `${w('years')}${sep}${c.years}`,
    ].join(dot),
    `${f('source')}${sep}${c.source}`,
    `${w('asOf')}${sep}${c.asOf === null ? w('unknown') : `${formatDate(c.asOf, c.lang)}${f('asOfNote')}`}`,
    `${f('link')}${sep}${c.link}`,
  ];
  return c.simulated ? [f('simulatedLine'), ...lines] : lines;
}

/** `平潭综合实验区_依申请办结率_2019-2025.png`: what it holds, safe on every file system. */
export function figureFileName(c: FigureCaption, ext: 'png' | 'svg' | 'csv', suffix = ''): string {
  // A title that already names the units (`平潭综合实验区 · 依申请办结率`) does not repeat them.
  const prefix = `${c.units} · `;
  const title = c.units && c.title.startsWith(prefix) ? c.title.slice(prefix.length) : c.title;
  const parts = [c.simulated ? figureWord('simulated', c.lang) : '', c.units, title, c.years];
  const name = parts
    .filter((p) => p.trim() !== '')
    .map(safePart)
    .join('_');
  return `${name || 'chart'}${suffix}.${ext}`;
}

function safePart(text: string): string {
  return text
    .replace(/[–—]/g, '-')
    .replace(/[\\/:*?"<>|\s·，,。;；]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** The table as CSV (RFC 4180, CRLF, UTF-8 BOM for Excel); blank is an empty cell, never 0. */
export function figureCsv(table: FigureTable, caption: FigureCaption): string {
  const simulated = caption.simulated ? [figureWord('simulated', caption.lang)] : [];
  const head = [...table.columns, ...(caption.simulated ? [FILE_WORDS.nature[caption.lang]] : [])];
  const lines = [head.map(quote).join(',')];
  for (const row of table.rows) lines.push([...row, ...simulated].map(csvCell).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

function csvCell(v: FigureValue): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return quote(v);
}

/** Quotes a cell that needs it; a leading = + - @ is prefixed so Excel does not run it. */
function quote(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
