// What a chart needs to be cited: its caption (title, one-line definition, dataset, units,
// years, source, 数据截至, the simulated mark, the link that reproduces it) and the table of
// exactly what it draws. Pure: the Figure component renders these, the exporters print them
// into PNG / SVG / CSV (figure-files.ts), and the tests read them without a browser.
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
  asOf: { zh: '数据截至', en: 'Data as of' },
  unknown: { zh: '未注明', en: 'not stated' },
  simulated: { zh: '模拟数据', en: 'Simulated data' },
  sep: { zh: '：', en: ': ' },
} as const;

export function figureWord(key: keyof typeof WORDS, lang: Lang): string {
  return WORDS[key][lang];
}
