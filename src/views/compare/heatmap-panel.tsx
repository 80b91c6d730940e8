// Heatmap panel: scope reports → unit × year model of the chosen indicator → heatmap figure. Every
// unit in scope is a row, so a missing year shows as a grey cell instead of disappearing.
import { useMemo } from 'react';
import { INDICATORS } from '../../domain/indicators';
import { hasHeatValues, toHeatmapModel } from '../../charts/heatmap/model';
import { buildHeatmapOption, HEATMAP_PAGE } from '../../charts/heatmap/option';
import { heatmapTable } from '../../charts/heatmap/table';
import { selectReports } from '../../domain/scope';
import { useT } from '../../state/lang';
import { effectiveRange } from '../../state/resolve';
import { Figure } from '../../ui/figure';
import { Panel } from '../../ui/panel';
import { DatasetErrors, datasetPanelStatus } from '../shared/dataset-status';
import { useFigureCaption } from '../shared/figure-caption';
import type { ViewProps } from '../view-props';
import { C } from './labels';

/** Unit rows an exported image draws at most (26 px each); the CSV always has every unit. */
const EXPORT_ROWS = 150;
const gridHeight = (rows: number) => Math.max(rows, 2) * 26 + 110;

export function HeatmapPanel({ dataset, state, lang }: ViewProps) {
  const tr = useT();
  const yearsKey = effectiveRange(state, dataset.years).join(',');
  const years = useMemo(() => (yearsKey ? yearsKey.split(',').map(Number) : []), [yearsKey]);
  const scoped = useMemo(
    () => selectReports(dataset.reports, state.scope),
    [dataset.reports, state.scope],
  );
  const model = useMemo(
    () => toHeatmapModel(state.indicator, scoped, years),
    [scoped, state.indicator, years],
  );
  const option = useMemo(
    () => (hasHeatValues(model) ? buildHeatmapOption(model, lang) : null),
    [model, lang],
  );
  const table = useMemo(() => (option ? heatmapTable(model, lang) : null), [option, model, lang]);
  const def = INDICATORS[state.indicator];
  const title = `${tr(C.heatmap)} · ${tr(def)}`;
  const caption = useFigureCaption({
    title,
    definition: lang === 'zh' ? def.formulaZh : def.formulaEn,
    years,
    reports: scoped,
  });
  const units = model.units.length;
  return (
    <Panel
      id="compare-heatmap"
      title={title}
      note={tr(C.heatmapNote)}
      status={datasetPanelStatus(dataset)}
      error={<DatasetErrors dataset={dataset} />}
    >
      <Figure
        id="compare-heatmap"
        caption={caption}
        table={table}
        status="success"
        option={option}
        height={gridHeight(Math.min(units, HEATMAP_PAGE))}
        exportHeight={units > HEATMAP_PAGE ? gridHeight(Math.min(units, EXPORT_ROWS)) : undefined}
        message={tr(C.noRanking)}
      />
    </Panel>
  );
}
