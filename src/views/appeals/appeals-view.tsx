// 复议诉讼 Appeals: the scope's reports → outcomes by year (stacked, components), correction
// rates by year, outcomes across units for the chosen year, the per-unit rate table with
// numerators and denominators, and the T4-SUM findings behind any disagreement. Each panel has
// its own error boundary.
import { useMemo } from 'react';
import { selectReports } from '../../domain/scope';
import { effectiveYear } from '../../state/resolve';
import { PanelBoundary } from '../../ui/panel-boundary';
import { datasetPanelStatus } from '../shared/dataset-status';
import type { ViewProps } from '../view-props';
import { AL } from './labels';
import { OutcomesPanel } from './outcomes-panel';
import { RatesPanel, RatesTable } from './rates-panels';
import { TotalFindings, totalFindings } from './total-findings';
import { UnitsPanel } from './units-panel';
import { useYearRange } from '../shared/year-range';

export function AppealsView({ dataset, state, lang }: ViewProps) {
  const status = datasetPanelStatus(dataset);
  const { reports, years, check } = dataset;
  const scoped = useMemo(() => selectReports(reports, state.scope), [reports, state.scope]);
  const range = useYearRange(state, years);
  const year = effectiveYear(state, years) ?? 0;
  const findings = useMemo(
    () => totalFindings(check?.findings, new Set(scoped.map((r) => r.unit)), range),
    [check, scoped, range],
  );
  const flagged = useMemo(
    () => new Set(findings.filter((f) => f.year === year).map((f) => f.unit)),
    [findings, year],
  );
  const resetKey = `${dataset.entry?.id}`;
  const common = { lang, status };
  return (
    <div className="view-grid appeals">
      <div className="span-half">
        <PanelBoundary title={AL.years[lang]} resetKey={resetKey}>
          <OutcomesPanel
            id="appeals-years"
            title={AL.years[lang]}
            reports={scoped}
            range={range}
            {...common}
          />
        </PanelBoundary>
      </div>
      <div className="span-half">
        <PanelBoundary title={AL.rates[lang]} resetKey={resetKey}>
          <RatesPanel reports={scoped} range={range} {...common} />
        </PanelBoundary>
      </div>
      <PanelBoundary title={AL.units[lang]} resetKey={resetKey}>
        <UnitsPanel reports={scoped} year={year} {...common} />
      </PanelBoundary>
      <PanelBoundary title={AL.table[lang]} resetKey={resetKey}>
        <RatesTable reports={scoped} year={year} flagged={flagged} {...common} />
      </PanelBoundary>
      <PanelBoundary title={AL.findings[lang]} resetKey={resetKey}>
        <TotalFindings findings={findings} {...common} />
      </PanelBoundary>
    </div>
  );
}
