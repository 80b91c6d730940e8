// The Quality headline for the overview page: findings in the chosen scope and year range, by
// severity and by rule, with a link to the full list.
import { useMemo } from 'react';
import { formatCount } from '../../charts/format';
import type { Severity } from '../../domain/findings';
import { useT } from '../../state/lang';
import { serializeUrlState } from '../../state/url-state';
import { Panel } from '../../ui/panel';
import { PanelBoundary } from '../../ui/panel-boundary';
import { F_HEAD, SEVERITY_TEXT } from '../findings/headline-labels';
import { DatasetErrors, datasetPanelStatus } from '../shared/dataset-status';
import type { ViewProps } from '../view-props';
import { ByRuleChart } from './by-rule-chart';
import { useQualityData } from './use-quality';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export function QualityHeadline(props: ViewProps) {
  const tr = useT();
  return (
    <PanelBoundary title={tr(F_HEAD.headlineTitle)} resetKey={props.dataset.entry?.id ?? ''}>
      <HeadlinePanel {...props} />
    </PanelBoundary>
  );
}

function HeadlinePanel({ dataset, state, update }: ViewProps) {
  const tr = useT();
  const data = useQualityData({ dataset, state });
  const findings = useMemo(() => data.inScope.map((l) => l.finding), [data.inScope]);
  const counts = useMemo(() => {
    const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of findings) c[f.severity] += 1;
    return c;
  }, [findings]);
  const status = datasetPanelStatus(dataset);
  const patch = { view: 'quality' as const, rule: null, severity: null };
  return (
    <Panel
      id="quality-headline"
      title={tr(F_HEAD.headlineTitle)}
      status={status}
      error={<DatasetErrors dataset={dataset} />}
    >
      <dl className="stats severity-counts">
        <div className="stat" data-severity="total">
          <dt>{tr(F_HEAD.total)}</dt>
          <dd>{formatCount(findings.length)}</dd>
        </div>
        {SEVERITIES.map((s) => (
          <div className={`stat severity-${s}`} key={s} data-severity={s}>
            <dt>{tr(SEVERITY_TEXT[s])}</dt>
            <dd>{formatCount(counts[s])}</dd>
          </div>
        ))}
      </dl>
      <ByRuleChart
        findings={findings}
        status={status}
        reports={data.reportsInScope}
        years={data.years}
        height={200}
      />
      <p className="panel-note">
        <a
          href={serializeUrlState({ ...state, ...patch })}
          onClick={(e) => {
            e.preventDefault();
            update(patch);
          }}
        >
          {tr(F_HEAD.openQuality)}
        </a>
      </p>
    </Panel>
  );
}
