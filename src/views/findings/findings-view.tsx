// The checks' verdict on the loaded reports: findings by severity and by rule.
import { useMemo } from 'react';
import { RULES } from '../../domain/checks';
import type { Severity } from '../../domain/findings';
import { formatCount } from '../../charts/format';
import type { DatasetState } from '../../queries/use-dataset';
import { L, t, type Text } from '../../ui/labels';
import { Panel } from '../../ui/panel';
import { DatasetErrors, datasetPanelStatus } from '../shared/dataset-status';
import { SEVERITIES, summarizeFindings, type FindingsSummary } from './findings-summary';

export const SEVERITY_LABELS: Record<Severity, Text> = {
  error: L.severityError,
  warning: L.severityWarning,
  info: L.severityInfo,
};

export function FindingsView({ dataset }: { dataset: DatasetState }) {
  const summary = useMemo(
    () => (dataset.check ? summarizeFindings(dataset.check) : null),
    [dataset.check],
  );
  return (
    <Panel
      id="findings"
      title={t(L.findings)}
      status={datasetPanelStatus(dataset)}
      error={<DatasetErrors dataset={dataset} />}
      empty={t(L.noReports)}
    >
      {summary && <Summary summary={summary} />}
    </Panel>
  );
}

function Summary({ summary }: { summary: FindingsSummary }) {
  return (
    <div className="findings">
      <p className="findings-total">
        {t(L.findingsTotal)}
        <strong data-findings-total={summary.total}>{formatCount(summary.total)}</strong>
      </p>
      <h3>{t(L.bySeverity)}</h3>
      <dl className="stats severity-counts">
        {SEVERITIES.map((s) => (
          <div className={`stat severity-${s}`} key={s} data-severity={s}>
            <dt>{t(SEVERITY_LABELS[s])}</dt>
            <dd>{formatCount(summary.bySeverity[s])}</dd>
          </div>
        ))}
      </dl>
      <h3>{t(L.byRule)}</h3>
      {summary.byRule.length === 0 ? (
        <p className="state state-empty">{t(L.noFindings)}</p>
      ) : (
        <RuleTable summary={summary} />
      )}
      <p className="panel-note">
        {t(L.notCheckable)}：{formatCount(summary.notCheckable)}
      </p>
    </div>
  );
}

function RuleTable({ summary }: { summary: FindingsSummary }) {
  return (
    <table className="rules">
      <thead>
        <tr>
          <th scope="col">{t(L.rule)}</th>
          <th scope="col">{t(L.severity)}</th>
          <th scope="col" className="num">
            {t(L.count)}
          </th>
        </tr>
      </thead>
      <tbody>
        {summary.byRule.map((r) => (
          <tr key={r.rule} data-rule={r.rule}>
            <th scope="row">
              <code>{r.rule}</code> {RULES[r.rule].zh}
            </th>
            <td className={`severity-${r.severity}`}>{t(SEVERITY_LABELS[r.severity])}</td>
            <td className="num">{formatCount(r.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
