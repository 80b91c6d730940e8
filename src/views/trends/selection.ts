// What the trends view looks at: the scope's reports, the year range and the series the unit
// selection stands for (each picked unit, or the scope summed as one series).
import { useMemo } from 'react';
import { seriesInputs, type SeriesInput } from '../../charts/indicator-trend/model';
import type { Report } from '../../domain/report';
import { selectReports, type Scope } from '../../domain/scope';
import { effectiveRange } from '../../state/resolve';
import type { Lang } from '../../state/url-state';
import type { ViewProps } from '../view-props';
import { TL } from './labels';

export interface TrendSelection {
  range: number[];
  inputs: SeriesInput[];
  /** The reports behind the summed appeal chart: the picked units', else the scope's. */
  summed: Report[];
}

export function scopeName(scope: Scope, reports: readonly Report[], lang: Lang): string {
  if (scope.kind === 'all') return TL.allUnitsSum[lang];
  if (scope.kind === 'region') return `${scope.path} ${TL.sumSuffix[lang]}`;
  const r = reports.find((x) => (x.unitId ?? x.unit) === scope.unit);
  return r?.unit ?? scope.unit;
}

export function useTrendSelection({ dataset, state, lang }: ViewProps): TrendSelection {
  const { reports, years } = dataset;
  return useMemo(() => {
    const scoped = selectReports(reports, state.scope);
    const range = effectiveRange(state, years);
    const inputs = seriesInputs(
      scoped,
      reports,
      state.units,
      scopeName(state.scope, reports, lang),
    );
    const summed = inputs.flatMap((i) => i.reports);
    return { range, inputs, summed };
  }, [reports, years, state, lang]);
}
