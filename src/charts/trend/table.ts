// Trend model → the table behind the chart: one row per year with the value drawn, the change on
// the year before and how many reports gave the figure.
import { countCell, percentCell, ratioCell, type ChartTable } from '../table';
import type { TrendModel } from './model';

const H = {
  year: { zh: '年度', en: 'Year' },
  yoy: { zh: '同比（%）', en: 'YoY (%)' },
  used: { zh: '计入报告数', en: 'Reports counted' },
  of: { zh: '当年报告数', en: 'Reports that year' },
  percent: { zh: '（%）', en: ' (%)' },
  per100: { zh: '（每百件申请）', en: ' (per 100 requests)' },
} as const;

export function trendTable(model: TrendModel, lang: 'zh' | 'en'): ChartTable {
  const unit =
    model.kind === 'rate' ? H.percent[lang] : model.kind === 'per100' ? H.per100[lang] : '';
  // As the labels print: counts as they are, rates to one decimal, per-100 to two.
  const value = (v: number | null) =>
    model.kind === 'count'
      ? countCell(v)
      : model.kind === 'per100'
        ? v === null
          ? null
          : Math.round(v * 100) / 100
        : percentCell(v);
  return {
    columns: [H.year[lang], `${model[lang]}${unit}`, H.yoy[lang], H.used[lang], H.of[lang]],
    rows: model.points.map((p) => [String(p.year), value(p.value), ratioCell(p.yoy), p.used, p.of]),
  };
}
