// Appeal outcomes across units → the table behind the bars: one row per unit in the order drawn
// (largest first), its name as text (data, never markup) and the four components stacked; a
// component the unit left blank stays null. Rows beyond the first page of the slider are
// included: the table holds every bar, not only the ones in view.
import { OUTCOMES } from '../appeal-outcomes/model';
import { OUTCOME_LABELS } from '../appeal-outcomes/option';
import { countCell, type ChartTable } from '../table';
import type { AppealUnitsModel } from './model';

const H = {
  unit: { zh: '单位', en: 'Unit' },
  cases: { zh: '（件）', en: ' (cases)' },
} as const;

export function appealUnitsTable(model: AppealUnitsModel, lang: 'zh' | 'en'): ChartTable {
  return {
    columns: [H.unit[lang], ...OUTCOMES.map((o) => `${OUTCOME_LABELS[o][lang]}${H.cases[lang]}`)],
    rows: model.units.map((u) => [u.name, ...OUTCOMES.map((o) => countCell(u.counts.outcomes[o]))]),
  };
}
