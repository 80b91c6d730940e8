// KPI models → the table behind the KPI row: one row per card with the number it prints (rates
// in percent to one decimal, counts in full — the card's 万/亿 is only a shorter way to print
// them), the unit, the change on the previous year, the coverage, and in words why a card has
// no number or why its number is approximate. A card without a number is null, never 0.
import { INDICATORS } from '../../domain/indicators';
import { countCell, kindCell, ratioCell, type ChartTable } from '../table';
import type { KpiKey, KpiModel } from './model';
import { APPROX_NOTE, kpiPointChange, kpiReason } from './reason';

type Lang = 'zh' | 'en';

const H = {
  indicator: { zh: '指标', en: 'Indicator' },
  value: { zh: '数值', en: 'Value' },
  unit: { zh: '单位', en: 'Unit' },
  yoy: { zh: '同比（%）', en: 'YoY (%)' },
  points: { zh: '同比（百分点）', en: 'YoY (pp)' },
  used: { zh: '计入报告数', en: 'Reports counted' },
  of: { zh: '当年报告数', en: 'Reports that year' },
  note: { zh: '说明', en: 'Note' },
} as const;

/** What each count counts; rates are in percent. */
const COUNT_UNIT: Partial<Record<KpiKey, { zh: string; en: string }>> = {
  publishedItems: { zh: '条', en: 'items' },
  requestsNew: { zh: '件', en: 'requests' },
  lettersReceived: { zh: '件', en: 'letters' },
  normativeDocumentsValid: { zh: '件', en: 'documents' },
};

export function kpiUnit(model: KpiModel, lang: Lang): string {
  if (model.kind === 'rate') return '%';
  if (model.kind === 'per100') return lang === 'zh' ? '每百件申请' : 'per 100 requests';
  return COUNT_UNIT[model.key]?.[lang] ?? '';
}

/** The card's number in the table: a rate's fraction 0..1 becomes percent. */
export function kpiCell(model: KpiModel): number | null {
  if (model.kind === 'rate') return ratioCell(model.value);
  return model.kind === 'per100' ? kindCell('per100', model.value) : countCell(model.value);
}

export function kpiTable(models: readonly KpiModel[], lang: Lang): ChartTable {
  return {
    columns: [H.indicator, H.value, H.unit, H.yoy, H.points, H.used, H.of, H.note].map(
      (h) => h[lang],
    ),
    rows: models.map((m) => [
      INDICATORS[m.key][lang],
      kpiCell(m),
      kpiUnit(m, lang),
      ratioCell(m.yoy),
      kpiPointChange(m),
      m.used,
      m.of,
      noteText(m, lang),
    ]),
  };
}

function noteText(model: KpiModel, lang: Lang): string {
  const reason = kpiReason(model);
  if (reason) return reason[lang];
  return model.approx === 'none' ? '' : APPROX_NOTE[model.approx][lang];
}
