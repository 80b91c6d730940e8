// Why a KPI has no number and when it is approximate, in the words a reader would use — said on
// the card and in the KPI table's note column, so both read the same.
import type { KpiKey, KpiModel } from './model';

type Text = { zh: string; en: string };

export const REASON = {
  noReport: (year: number): Text => ({
    zh: `${year}年所选范围内没有报告`,
    en: `No report in scope for ${year}`,
  }),
  notReported: { zh: '报告均未填报此项', en: 'Not reported in any report' },
} as const;

/** What a zero denominator means for each rate. */
export const ZERO_DENOMINATOR: Partial<Record<KpiKey, Text>> = {
  completionRate: { zh: '本年无申请', en: 'no requests this year' },
  disclosureRate: { zh: '本年无办结申请', en: 'no requests handled' },
  reviewCorrectionRate: { zh: '无已审结的行政复议', en: 'no concluded reviews' },
  litigationCorrectionRate: { zh: '无已审结的行政诉讼', en: 'no concluded lawsuits' },
  lettersCompletionRate: { zh: '本年无来信', en: 'no letters this year' },
};
export const ZERO_DENOMINATOR_FALLBACK: Text = { zh: '分母为 0', en: 'zero denominator' };

/** Said wherever an approximate narrative figure (2000余) is behind the number. */
export const APPROX_NOTE: Record<'single' | 'sum', Text> = {
  single: {
    zh: '正文为约数（如“2000余条”），此处按所述数字下限显示',
    en: 'The text gives an approximate figure (e.g. "over 2000"); shown as stated',
  },
  sum: {
    zh: '合计中含正文约数，结果为近似值',
    en: 'The sum includes approximate figures from the text',
  },
};

/** For a rate, the change in percentage points (one decimal): 45.9% → 48.0% is +2.1. */
export function kpiPointChange(model: KpiModel): number | null {
  if (model.kind !== 'rate' || model.value === null || model.prevValue === null) return null;
  return Math.round((model.value - model.prevValue) * 1000) / 10;
}

/** The reason a card cannot be computed, or null when it has a value. */
export function kpiReason(model: KpiModel): Text | null {
  if (model.reason === null) return null;
  if (model.reason === 'noReport') return REASON.noReport(model.year);
  if (model.reason === 'notReported') return REASON.notReported;
  return ZERO_DENOMINATOR[model.key] ?? ZERO_DENOMINATOR_FALLBACK;
}
