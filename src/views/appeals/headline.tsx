// The appeals view's headline for the overview page: outcomes by year for the chosen scope.
import { useMemo } from 'react';
import { selectReports } from '../../domain/scope';
import { PanelBoundary } from '../../ui/panel-boundary';
import { datasetPanelStatus } from '../shared/dataset-status';
import type { ViewProps } from '../view-props';
import { AL_HEAD } from './headline-labels';
import { OutcomesPanel } from './outcomes-panel';
import { useYearRange } from '../shared/year-range';

export function AppealsHeadline({ dataset, state, lang }: ViewProps) {
  const scoped = useMemo(
    () => selectReports(dataset.reports, state.scope),
    [dataset.reports, state.scope],
  );
  const range = useYearRange(state, dataset.years);
  return (
    <PanelBoundary title={AL_HEAD.headline[lang]} resetKey={`${dataset.entry?.id}`}>
      <OutcomesPanel
        id="headline-appeals"
        title={AL_HEAD.years[lang]}
        reports={scoped}
        range={range}
        lang={lang}
        status={datasetPanelStatus(dataset)}
      />
    </PanelBoundary>
  );
}
