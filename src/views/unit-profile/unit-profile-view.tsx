// 单位档案 Unit profile. Stages: which unit (URL unit, else the scope's unit, else a picker) and
// year (URL year when the unit has it, else its latest) → its reports and findings → panels:
// header and source, tables 2–4 as printed (cells with findings marked), narrative figures,
// indicators with trends, findings of every year. Each panel has its own error boundary.
import { useMemo, type ReactNode } from 'react';
import { colon, inParens, joinList } from '../../charts/format';
import { unitsOf } from '../../domain/scope';
import { useLang, useT } from '../../state/lang';
import { Panel, type PanelStatus } from '../../ui/panel';
import { YearSelect } from '../../ui/year-select';
import { PanelBoundary } from '../../ui/panel-boundary';
import { FindingsList } from '../findings/findings-list';
import { locateFindings } from '../findings/findings-model';
import { findingsOfUnit, flagsForReport } from '../findings/findings-detail';
import { DatasetErrors, datasetPanelStatus } from '../shared/dataset-status';
import type { ViewProps } from '../view-props';
import { UnitIndicators } from './indicators-panel';
import { U } from './labels';
import { NarrativeFigures } from './narrative-panel';
import { OnePagerFindings, OnePagerHead } from './one-pager';
import { PrintButton } from '../nav/print-button';
import { profileUnitKey, profileYear, reportsOfUnit } from './profile-model';
import { SourceDetails } from './source-panel';
import { Table2, Table3, Table4 } from './template-tables';
import { UnitPicker } from './unit-picker';
import './unit-profile.css';
import './one-pager.css';

export function UnitProfileView(props: ViewProps) {
  const { dataset, state } = props;
  const tr = useT();
  const key = profileUnitKey(state);
  const status = datasetPanelStatus(dataset);
  const reset = `${dataset.entry?.id ?? ''}/${key ?? ''}`;
  if (status !== 'success' || key === null) {
    return (
      <div className="view-grid">
        <PanelBoundary title={tr(U.pick)} resetKey={reset}>
          <Panel
            id="unit-picker"
            title={tr(U.pick)}
            note={tr(U.pickNote)}
            status={status}
            error={<DatasetErrors dataset={dataset} />}
          >
            <UnitPicker reports={dataset.reports} state={state} update={props.update} />
          </Panel>
        </PanelBoundary>
      </div>
    );
  }
  return <Profile {...props} unitKey={key} reset={reset} />;
}

function Profile({
  dataset,
  state,
  update,
  unitKey,
  reset,
}: ViewProps & { unitKey: string; reset: string }) {
  const tr = useT();
  const lang = useLang();
  const reports = useMemo(
    () => reportsOfUnit(dataset.reports, unitKey),
    [dataset.reports, unitKey],
  );
  const located = useMemo(
    () => findingsOfUnit(locateFindings(dataset.check?.findings ?? [], dataset.reports), unitKey),
    [dataset.check, dataset.reports, unitKey],
  );
  const year = profileYear(reports, state.year);
  const report = reports.find((r) => r.year === year) ?? null;
  const flags = useMemo(
    () =>
      report
        ? flagsForReport(
            located.map((l) => l.finding),
            report.unit,
            report.year,
            lang,
          )
        : new Map(),
    [located, report, lang],
  );
  const status: PanelStatus = report ? 'success' : 'empty';
  const panel = (id: string, title: string, body: ReactNode, cls = '', note?: string) => (
    <div className={cls || undefined} key={id} data-profile-block={id}>
      <PanelBoundary title={title} resetKey={reset}>
        <Panel id={id} title={title} status={status} empty={tr(U.noReportYear)} note={note}>
          {body}
        </Panel>
      </PanelBoundary>
    </div>
  );
  const name = report?.unit ?? unitKey;
  return (
    <div className="view-grid unit-profile" data-unit-profile={unitKey} data-year={year ?? ''}>
      {report && <OnePagerHead report={report} dataset={dataset} />}
      {panel(
        'unit-header',
        `${tr(U.title)} · ${name}`,
        report && (
          <ProfileHeader
            dataset={dataset}
            update={update}
            unitKey={unitKey}
            years={reports.map((r) => r.year)}
            year={report.year}
          />
        ),
      )}
      {panel(
        'table-2',
        tr(U.table2),
        report && <Table2 report={report} flags={flags} />,
        'span-half',
        report?.format === '2019' ? tr(U.table2Format2019) : undefined,
      )}
      {panel(
        'narrative',
        tr(U.narrative),
        report && (
          <>
            <NarrativeFigures report={report} />
            <SourceDetails report={report} />
          </>
        ),
        'span-half',
      )}
      {panel(
        'table-3',
        tr(U.table3),
        report && <Table3 report={report} flags={flags} />,
        '',
        tr(U.flagged),
      )}
      {panel('table-4', tr(U.table4), report && <Table4 report={report} flags={flags} />)}
      {panel(
        'unit-indicators',
        tr(U.indicators),
        <UnitIndicators reports={reports} unitName={name} state={state} update={update} />,
        '',
        tr(U.indicatorsNote),
      )}
      {panel(
        'unit-findings',
        `${tr(U.findings)}${inParens(located.length, lang)}`,
        <FindingsList key={unitKey} located={located} state={state} update={update} hideUnit />,
      )}
      {report && <OnePagerFindings located={located} year={report.year} />}
    </div>
  );
}

function ProfileHeader({
  dataset,
  update,
  unitKey,
  years,
  year,
}: Pick<ViewProps, 'dataset' | 'update'> & {
  unitKey: string;
  years: number[];
  year: number;
}) {
  const tr = useT();
  const lang = useLang();
  const units = useMemo(() => unitsOf(dataset.reports), [dataset.reports]);
  return (
    <div className="profile-controls">
      <label>
        {tr(U.unit)}{' '}
        <select
          data-filter="profile-unit"
          value={unitKey}
          onChange={(e) => update({ unit: e.target.value })}
        >
          {units.map((u) => (
            <option key={u.key} value={u.key}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {tr(U.year)}{' '}
        <YearSelect
          filter="profile-year"
          value={year}
          years={years}
          onChange={(y) => update({ year: y })}
        />
      </label>
      <span className="muted">
        {tr(U.years)}
        {colon(lang)}
        {joinList(years, lang)}
      </span>
      <PrintButton lang={lang} mode="onepage" />
    </div>
  );
}
