// The Quality view's data: dataset.check → findings located in their reports → restricted to the
// shell's scope and year range, then to the rule, severity and unit filters.
import { useMemo } from 'react';
import type { ViewProps } from '../view-props';
import { effectiveRange } from '../../state/resolve';
import {
  filterFindings,
  locateFindings,
  notCheckableByRule,
  type LocatedFinding,
} from '../findings/findings-model';

export interface QualityData {
  /** In scope and year range, before the rule / severity / unit filters. */
  inScope: LocatedFinding[];
  /** After every filter. */
  shown: LocatedFinding[];
  notCheckable: { rule: import('../../domain/findings').RuleId; count: number }[];
  years: number[];
}

export function useQualityData({
  dataset,
  state,
}: Pick<ViewProps, 'dataset' | 'state'>): QualityData {
  const { check, reports } = dataset;
  const located = useMemo(
    () => (check ? locateFindings(check.findings, reports) : []),
    [check, reports],
  );
  const years = useMemo(() => effectiveRange(state, dataset.years), [state, dataset.years]);
  const { scope, rule, severity, units } = state;
  return useMemo(() => {
    const place = { scope, years, units: [] as string[] };
    const inScope = filterFindings(located, { ...place, rule: null, severity: null });
    const shown = filterFindings(inScope, { ...place, units, rule, severity });
    const notCheckable = check ? notCheckableByRule(check, reports, { ...place, units }) : [];
    return { inScope, shown, notCheckable, years };
  }, [located, scope, years, units, rule, severity, check, reports]);
}
