// Indicator trend model → the table behind the lines: one row per year on the axis, one column
// per line (a unit, or the scope summed), each value as the tooltip prints it; an unreported
// year — a gap in the line — is null, never 0.
import { kindCell, unitSuffix, type ChartTable } from '../table';
import type { IndicatorTrendModel } from './model';

const YEAR = { zh: '年度', en: 'Year' } as const;

export function indicatorTrendTable(model: IndicatorTrendModel, lang: 'zh' | 'en'): ChartTable {
  const label = `${model[lang]}${unitSuffix(model.kind, lang)}`;
  return {
    columns: [YEAR[lang], ...model.series.map((s) => `${s.name} · ${label}`)],
    rows: model.years.map((year, i) => [
      String(year),
      ...model.series.map((s) => kindCell(model.kind, s.points[i]?.value)),
    ]),
  };
}
