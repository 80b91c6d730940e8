// Heatmap model → the table behind the grid, laid out as drawn: one row per unit, one column per
// year, each cell as its label prints it; a grey "—" cell is null, never 0.
import { kindCell, unitSuffix, type ChartTable } from '../table';
import type { HeatmapModel } from './model';

const UNIT = { zh: '单位', en: 'Unit' } as const;

export function heatmapTable(model: HeatmapModel, lang: 'zh' | 'en'): ChartTable {
  const suffix = unitSuffix(model.kind, lang);
  const width = model.years.length;
  return {
    columns: [UNIT[lang], ...model.years.map((y) => `${y}${suffix}`)],
    rows: model.units.map((u, y) => [
      u.name,
      ...model.years.map((_, x) => kindCell(model.kind, model.cells[y * width + x]?.value)),
    ]),
  };
}
