// Why a unit has no value for a year, in words: under the ranking, in its table and in the
// heatmap's tooltip.
import type { MissingReason } from './model';

export const REASON_TEXT: Record<MissingReason, { zh: string; en: string }> = {
  noReport: { zh: '该年无报告', en: 'no report that year' },
  notReported: { zh: '未报告该项', en: 'figure not reported' },
  zeroDenominator: { zh: '分母为 0，无法计算', en: 'denominator is 0' },
};
