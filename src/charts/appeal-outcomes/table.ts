// Appeal outcomes by year → the table behind the stacks: one row per year, one column per
// stacked series (复议·维持 … 诉讼·尚未审结) in the order the legend lists them, each the
// summed component the chart draws; a component nobody reported stays null (a gap), never 0.
import { countCell, type ChartTable } from '../table';
import { OUTCOMES, SIDES, type AppealOutcomesModel } from './model';
import { seriesName } from './option';

const H = {
  year: { zh: '年度', en: 'Year' },
  unit: { zh: '（件）', en: ' (cases)' },
} as const;

export function appealOutcomesTable(model: AppealOutcomesModel, lang: 'zh' | 'en'): ChartTable {
  const series = SIDES.flatMap((side) => OUTCOMES.map((o) => ({ side, o })));
  return {
    columns: [
      H.year[lang],
      ...series.map((s) => `${seriesName(s.side, s.o, lang)}${H.unit[lang]}`),
    ],
    rows: model.years.map((y) => [
      String(y.year),
      ...series.map((s) => countCell(y[s.side].outcomes[s.o])),
    ]),
  };
}
