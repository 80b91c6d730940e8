// Heatmap panel: scope reports → unit × year model of the chosen indicator → heatmap. Every
// unit in scope is a row, so a missing year shows as a grey cell instead of disappearing.
import { useMemo } from 'react';
import { INDICATORS } from '../../domain/indicators';
import { hasHeatValues, toHeatmapModel } from '../../charts/heatmap/model';
import { buildHeatmapOption, HEATMAP_PAGE } from '../../charts/heatmap/option';
import { selectReports } from '../../domain/scope';
import { useT } from '../../state/lang';
import { effectiveRange } from '../../state/resolve';
import { EChart } from '../../ui/echart';
import { Panel } from '../../ui/panel';
import { DatasetErrors, datasetPanelStatus } from '../shared/dataset-status';
import type { ViewProps } from '../view-props';
import { C } from './labels';

export function HeatmapPanel({ dataset, state, lang }: ViewProps) {
  const tr = useT();
  const years = effectiveRange(state, dataset.years);
  const yearsKey = years.join(',');
  const model = useMemo(
    () =>
      toHeatmapModel(
        state.indicator,
        selectReports(dataset.reports, state.scope),
        yearsKey ? yearsKey.split(',').map(Number) : [],
      ),
    [dataset.reports, state.scope, state.indicator, yearsKey],
  );
  const option = useMemo(
    () => (hasHeatValues(model) ? buildHeatmapOption(model, lang) : null),
    [model, lang],
  );
  const rows = Math.min(Math.max(model.units.length, 2), HEATMAP_PAGE);
  return (
    <Panel
      id="compare-heatmap"
      title={`${tr(C.heatmap)} · ${tr(INDICATORS[state.indicator])}`}
      note={tr(C.heatmapNote)}
      status={datasetPanelStatus(dataset)}
      error={<DatasetErrors dataset={dataset} />}
    >
      <EChart
        id="compare-heatmap"
        label={`${tr(C.heatmap)} ${tr(INDICATORS[state.indicator])}`}
        status="success"
        option={option}
        height={rows * 26 + 110}
        message={tr(C.noRanking)}
      />
    </Panel>
  );
}
