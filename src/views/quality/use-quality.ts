// The Quality view's data: dataset.check → findings located in their reports → restricted to the
// shell's scope and year range, then to the rule, severity and unit filters. The reports checked
// in that place go beside them, for the chart's caption (数据截至, the units named).
import { useMemo } from 'react';
import type { RuleId } from '../../domain/findings';
import type { Report } from '../../domain/report';
import { selectReports, unitKey } from '../../domain/scope';
import type { ViewProps } from '../view-props';
import {
  filterFindings,
  locateFindings,
  notCheckableByRule,
  type LocatedFinding,
} from '../findings/findings-model';
import { useYearRange } from '../shared/year-range';

export interface QualityData {
  /** In scope and year range, before the rule / severity / unit filters. */
  inScope: LocatedFinding[];
  /** After every filter. */
  shown: LocatedFinding[];
  notCheckable: { rule: RuleId; count: number }[];
  years: number[];
  /** The reports checked in scope and year range, before / after the unit filter. */
  reportsInScope: Report[];
  reportsShown: Report[];
  /** The units the unit filter keeps, by name (empty: no unit filter). */
  unitNames: string[];
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
  const years = useYearRange(state, dataset.years);
  const { scope, rule, severity, units } = state;
  return useMemo(() => {
    const place = { scope, years, units: [] as string[] };
    const inScope = filterFindings(located, { ...place, rule: null, severity: null });
    const shown = filterFindings(inScope, { ...place, units, rule, severity });
    const notCheckable = check ? notCheckableByRule(check, reports, { ...place, units }) : [];
    const reportsInScope = selectReports(reports, scope).filter(
      (r) => years.length === 0 || years.includes(r.year),
    );
    const kept = new Set(units);
    const reportsShown =
      kept.size === 0 ? reportsInScope : reportsInScope.filter((r) => kept.has(unitKey(r)));
    const unitNames = [...new Set(reportsShown.map((r) => r.unit))];
    return {
      inScope,
      shown,
      notCheckable,
      years,
      reportsInScope,
      reportsShown,
      unitNames: kept.size === 0 ? [] : unitNames,
    };
  }, [located, scope, years, units, rule, severity, check, reports]);
}
