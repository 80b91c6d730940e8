// The headline trend for the overview: the trend panel over the chosen scope and year range.
import { useMemo } from 'react';
import { selectReports } from '../../domain/scope';
import { TrendView } from '../trend/trend-view';
import type { ViewProps } from '../view-props';
import { scopeName } from '../shared/scope-name';
import { useYearRange } from '../shared/year-range';

export function OverviewTrend({ dataset, state, lang }: ViewProps) {
  const reports = useMemo(
    () => selectReports(dataset.reports, state.scope),
    [dataset.reports, state.scope],
  );
  const years = useYearRange(state, dataset.years);
  return (
    <TrendView
      dataset={dataset}
      reports={reports}
      years={years}
      scopeLabel={scopeName(state.scope, dataset.reports, lang)}
    />
  );
}
