// The overview's own words, Chinese and English side by side. Indicator names and formulas come
// from INDICATORS, never from here.
import type { KpiKey } from '../../charts/kpi/model';

export const OV = {
  kpiTitle: { zh: '核心指标', en: 'Key figures' },
  kpiNote: {
    zh: '各单位先求和再计算比率；空白为未报告，不按 0 计；悬停卡片可见计算公式。',
    en: 'Counts are summed over units before dividing; blanks are not reported, never 0. Hover a card for its formula.',
  },
  allUnits: { zh: '全部单位', en: 'All units' },
  region: { zh: '地区', en: 'Region' },
  yoy: { zh: '同比', en: 'YoY' },
  units: { zh: '个单位', en: 'units' },
  formula: { zh: '计算方法', en: 'Formula' },
  approxSingle: {
    zh: '正文为约数（如“2000余条”），此处按所述数字下限显示',
    en: 'The text gives an approximate figure (e.g. "over 2000"); shown as stated',
  },
  approxSum: {
    zh: '合计中含正文约数，结果为近似值',
    en: 'The sum includes approximate figures from the text',
  },
  missingUnits: { zh: '未填报', en: 'Not reported by' },
  noYear: { zh: '该数据集没有年度', en: 'The dataset has no years' },
  noPoints: { zh: '各年均无数据', en: 'No data in any year' },
  sparkline: { zh: '历年走势', en: 'Trend over the years' },
  trendTitle: { zh: '年度趋势', en: 'Trend by year' },
} as const;

type Text = { zh: string; en: string };

/** Why a card has no number, said in place of the number. */
export const REASON = {
  noReport: (year: number): Text => ({
    zh: `${year}年所选范围内没有报告`,
    en: `No report in scope for ${year}`,
  }),
  notReported: { zh: '报告均未填报此项', en: 'Not reported in any report' },
} as const;

/** What a zero denominator means for each rate, in the words a reader would use. */
export const ZERO_DENOMINATOR: Partial<Record<KpiKey, Text>> = {
  completionRate: { zh: '本年无申请', en: 'no requests this year' },
  disclosureRate: { zh: '本年无办结申请', en: 'no requests handled' },
  reviewCorrectionRate: { zh: '无已审结的行政复议', en: 'no concluded reviews' },
  litigationCorrectionRate: { zh: '无已审结的行政诉讼', en: 'no concluded lawsuits' },
  lettersCompletionRate: { zh: '本年无来信', en: 'no letters this year' },
};
export const ZERO_DENOMINATOR_FALLBACK: Text = { zh: '分母为 0', en: 'zero denominator' };

/** Why the year-on-year change is missing. */
export const YOY_WHY = {
  firstYear: { zh: '无上一年度', en: 'no earlier year' },
  prevMissing: (year: number): Text => ({ zh: `${year}年无数据`, en: `no data for ${year}` }),
  prevZero: (year: number): Text => ({ zh: `${year}年为 0`, en: `${year} was 0` }),
  otherUnits: (year: number, prev: number, now: number): Text => ({
    zh: `较${year}年；口径不同：${prev}→${now} 个单位`,
    en: `vs ${year}; different units: ${prev}→${now}`,
  }),
  versus: (year: number): Text => ({ zh: `较${year}年`, en: `vs ${year}` }),
} as const;
