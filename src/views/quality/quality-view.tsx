// 数据质量 Quality: every finding of the checks for the chosen scope and years, filterable by
// rule, severity, unit and year; findings by rule; a per-unit summary; the "not checkable"
// counts; and the per-file load status and unit coverage. Each panel has its own boundary.
import { useMemo } from 'react';
import { formatCount, inParens } from '../../charts/format';
import { RULES } from '../../domain/rules/catalogue';
import { serializeUrlState } from '../../state/url-state';
import { useLang, useT } from '../../state/lang';
import { L } from '../../ui/labels';
import { Panel } from '../../ui/panel';
import { PanelBoundary } from '../../ui/panel-boundary';
import { FilesView } from '../files/files-view';
import { FindingsList } from '../findings/findings-list';
import { F } from '../findings/labels';
import { UnitSummaryTable } from '../findings/unit-summary';
import { DatasetErrors, datasetPanelStatus } from '../shared/dataset-status';
import { UnitsView } from '../units/units-view';
import type { ViewProps } from '../view-props';
import { ByRuleChart } from './by-rule-chart';
import { QualityFilters } from './quality-filters';
import { useQualityData, type QualityData } from './use-quality';

export function QualityView(props: ViewProps) {
  const { dataset, state } = props;
  const tr = useT();
  const lang = useLang();
  const data = useQualityData(props);
  const reset = dataset.entry?.id ?? '';
  // A new filter starts the list at page 1.
  const listKey = serializeUrlState({ ...state, lang: 'zh' });
  const findings = useMemo(() => data.shown.map((l) => l.finding), [data.shown]);
  const status = datasetPanelStatus(dataset);
  return (
    <div className="view-grid" data-quality>
      <PanelBoundary title={tr(F.filters)} resetKey={reset}>
        <Panel
          id="quality-filters"
          title={tr(F.filters)}
          status={status}
          error={<DatasetErrors dataset={dataset} />}
        >
          <QualityFilters {...props} />
        </Panel>
      </PanelBoundary>
      <div className="span-half">
        <PanelBoundary title={tr(F.byRuleTitle)} resetKey={reset}>
          <Panel
            id="quality-by-rule"
            title={`${tr(F.byRuleTitle)}${inParens(formatCount(findings.length, lang), lang)}`}
            status={status}
          >
            <ByRuleChart
              findings={findings}
              status={status}
              reports={data.reportsShown}
              years={data.years}
              unitNames={data.unitNames}
            />
          </Panel>
        </PanelBoundary>
      </div>
      <div className="span-half">
        <PanelBoundary title={tr(F.notCheckableTitle)} resetKey={reset}>
          <NotCheckablePanel data={data} status={status} />
        </PanelBoundary>
      </div>
      <PanelBoundary title={tr(F.listTitle)} resetKey={reset}>
        <Panel
          id="findings"
          title={tr(F.listTitle)}
          note={tr(F.listNote)}
          status={status}
          error={<DatasetErrors dataset={dataset} />}
        >
          <FindingsList key={listKey} located={data.shown} state={state} update={props.update} />
        </Panel>
      </PanelBoundary>
      <div className="span-half">
        <PanelBoundary title={tr(F.summaryTitle)} resetKey={reset}>
          <Panel
            id="unit-summary"
            title={tr(F.summaryTitle)}
            note={tr(F.summaryNote)}
            status={status}
          >
            <UnitSummaryTable located={data.shown} state={state} update={props.update} />
          </Panel>
        </PanelBoundary>
      </div>
      <div className="span-half">
        <PanelBoundary title={tr(L.units)} resetKey={reset}>
          <UnitsView dataset={dataset} />
        </PanelBoundary>
      </div>
      <PanelBoundary title={tr(L.files)} resetKey={reset}>
        <FilesView dataset={dataset} />
      </PanelBoundary>
    </div>
  );
}

function NotCheckablePanel({
  data,
  status,
}: {
  data: QualityData;
  status: ReturnType<typeof datasetPanelStatus>;
}) {
  const tr = useT();
  const lang = useLang();
  return (
    <Panel
      id="not-checkable"
      title={tr(F.notCheckableTitle)}
      note={tr(F.notCheckableNote)}
      status={status}
    >
      {data.notCheckable.length === 0 ? (
        <p className="state state-empty">{tr(F.none)}</p>
      ) : (
        <table className="not-checkable">
          <thead>
            <tr>
              <th scope="col">{tr(F.rule)}</th>
              <th scope="col" className="num">
                {tr(F.sets)}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.notCheckable.map((n) => (
              <tr key={n.rule} data-not-checkable={n.rule}>
                <th scope="row">
                  <code>{n.rule}</code>{' '}
                  <span className="rule-explanation">{RULES[n.rule][lang]}</span>
                </th>
                <td className="num">{formatCount(n.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
