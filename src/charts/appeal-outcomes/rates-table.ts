// Correction rates by year → the table behind the two lines: per year each rate in percent (one
// decimal, as drawn) beside the numerator and denominator the tooltip divides, so a reader can
// redo it. A year without a concluded case has no rate: null (—), never 0.
import { INDICATORS, type IndicatorValue } from '../../domain/indicators';
import { countCell, ratioCell, type ChartTable } from '../table';
import type { YearRates } from './rates-model';

type Lang = 'zh' | 'en';

const H = {
  year: { zh: '年度', en: 'Year' },
  percent: { zh: '（%）', en: ' (%)' },
  corrected: { zh: '纠正（件）', en: 'corrected (cases)' },
  concluded: { zh: '已审结（件）', en: 'concluded (cases)' },
} as const;

const SIDES = [
  ['review', 'reviewCorrectionRate', { zh: '复议', en: 'Reviews' }],
  ['litigation', 'litigationCorrectionRate', { zh: '诉讼', en: 'Lawsuits' }],
] as const;

export function ratesTable(rows: readonly YearRates[], lang: Lang): ChartTable {
  const sep = lang === 'zh' ? '' : ' ';
  return {
    columns: [
      H.year[lang],
      ...SIDES.flatMap(([, ind, short]) => [
        `${INDICATORS[ind][lang]}${H.percent[lang]}`,
        `${short[lang]}${sep}${H.corrected[lang]}`,
        `${short[lang]}${sep}${H.concluded[lang]}`,
      ]),
    ],
    rows: rows.map((r) => [String(r.year), ...SIDES.flatMap(([k]) => cells(r[k]))]),
  };
}

function cells(v: IndicatorValue): (number | null)[] {
  return [ratioCell(v.value), countCell(v.numerator), countCell(v.denominator)];
}
