// What a chart needs to be cited: its caption (title, one-line definition, dataset, units,
// years, source, 数据截至, the simulated mark, the link that reproduces it) and the table of
// exactly what it draws. Pure: the Figure component renders these, the exporters print them
// into PNG / SVG / CSV, and the tests read them without a browser.
import { formatDate } from './dates';
import type { Lang } from './labels';

export interface FigureCaption {
  lang: Lang;
  /** The chart's title as the page shows it. */
  title: string;
  /** The indicator or chart definition in one line (formula or what is counted). */
  definition: string;
  /** The dataset's title. */
  dataset: string;
  simulated: boolean;
  /** The units drawn: 全部单位 / a region / one unit's name. */
  units: string;
  /** "2019–2025" or "2024". */
  years: string;
  /** Where the figures come from (the dataset's source statement). */
  source: string;
  /** The newest publication date among the reports drawn (YYYY-MM-DD), or null; shown as
   * 2026年3月10日 / 10 Mar 2026. */
  asOf: string | null;
  /** The link that reproduces the view. */
  link: string;
}

export type FigureValue = string | number | null;

/** Exactly what the chart draws: one header row, then one row per category or point. */
export interface FigureTable {
  columns: string[];
  rows: FigureValue[][];
}

const WORDS = {
  definition: { zh: '定义', en: 'Definition' },
  dataset: { zh: '数据集', en: 'Dataset' },
  units: { zh: '单位', en: 'Units' },
  years: { zh: '年度', en: 'Years' },
  source: { zh: '来源', en: 'Source' },
  asOf: { zh: '数据截至', en: 'Data as of' },
  asOfNote: { zh: '（所含报告的最晚发布日期）', en: ' (latest publication date of the reports)' },
  unknown: { zh: '未注明', en: 'not stated' },
  link: { zh: '链接', en: 'Link' },
  simulated: { zh: '模拟数据', en: 'Simulated data' },
  nature: { zh: '数据性质', en: 'Data' },
  simulatedLine: {
    zh: '模拟数据：虚构单位与数字，仅供演示，不代表任何真实机关。',
    en: 'Simulated data: fictional units and figures for demonstration; no real body is described.',
  },
  sep: { zh: '：', en: ': ' },
} as const;

export function figureWord(key: keyof typeof WORDS, lang: Lang): string {
  return WORDS[key][lang];
}

/** The caption as lines of text, in reading order, for the page, the PNG and the SVG. */
export function captionLines(c: FigureCaption): string[] {
  const w = (k: keyof typeof WORDS) => WORDS[k][c.lang];
  const sep = w('sep');
  const dot = c.lang === 'zh' ? ' · ' : ' · ';
  const lines = [
    `${w('definition')}${sep}${c.definition}`,
    [
      `${w('dataset')}${sep}${c.dataset}`,
      `${w('units')}${sep}${c.units}`,
      `${w('years')}${sep}${c.years}`,
    ].join(dot),
    `${w('source')}${sep}${c.source}`,
    `${w('asOf')}${sep}${c.asOf === null ? w('unknown') : `${formatDate(c.asOf, c.lang)}${w('asOfNote')}`}`,
    `${w('link')}${sep}${c.link}`,
  ];
  return c.simulated ? [w('simulatedLine'), ...lines] : lines;
}

/** `平潭综合实验区_依申请办结率_2019-2025.png`: what it holds, safe on every file system. */
export function figureFileName(c: FigureCaption, ext: 'png' | 'svg' | 'csv', suffix = ''): string {
  // A title that already names the units (`平潭综合实验区 · 依申请办结率`) does not repeat them.
  const prefix = `${c.units} · `;
  const title = c.units && c.title.startsWith(prefix) ? c.title.slice(prefix.length) : c.title;
  const parts = [c.simulated ? WORDS.simulated[c.lang] : '', c.units, title, c.years];
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
  const simulated = caption.simulated ? [WORDS.simulated[caption.lang]] : [];
  const head = [...table.columns, ...(caption.simulated ? [WORDS.nature[caption.lang]] : [])];
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
