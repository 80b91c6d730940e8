// The trends view's headline for the overview page: the first chosen indicator over the years,
// the scope summed, with the template change marked.
import { useMemo } from 'react';
import { seriesInputs } from '../../charts/indicator-trend/model';
import { selectReports } from '../../domain/scope';
import { PanelBoundary } from '../../ui/panel-boundary';
import { datasetPanelStatus } from '../shared/dataset-status';
import type { ViewProps } from '../view-props';
import { IndicatorPanel } from './indicator-panel';
import { TL } from './labels';
import { scopeName } from './selection';
import { useYearRange } from '../shared/year-range';

export function TrendsHeadline({ dataset, state, lang }: ViewProps) {
  const { reports, years } = dataset;
  const inputs = useMemo(
    () =>
      seriesInputs(
        selectReports(reports, state.scope),
        reports,
        [],
        scopeName(state.scope, reports, lang),
      ),
    [reports, state.scope, lang],
  );
  const range = useYearRange(state, years);
  const indicator = state.indicators[0] ?? 'requestsNew';
  return (
    <PanelBoundary title={TL.headline[lang]} resetKey={`${dataset.entry?.id}`}>
      <IndicatorPanel
        idPrefix="headline-trends"
        indicator={indicator}
        inputs={inputs}
        range={range}
        layout="overlay"
        lang={lang}
        status={datasetPanelStatus(dataset)}
      />
    </PanelBoundary>
  );
}
