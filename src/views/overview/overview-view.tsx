// What is on screen: the dataset's title, whether it is real or simulated, its source, and how
// many years, units, reports and files it holds.
import { useMemo } from 'react';
import { formatCount } from '../../charts/format';
import type { DatasetState } from '../../queries/use-dataset';
import { useLang, useT } from '../../state/lang';
import { L } from '../../ui/labels';
import { Panel, type PanelStatus } from '../../ui/panel';
import { DatasetErrors } from '../shared/dataset-status';

export function OverviewView({ dataset }: { dataset: DatasetState }) {
  const lang = useLang();
  const tr = useT();
  const { entry } = dataset;
  // The manifest alone is enough to describe the dataset; the counts fill in as files arrive.
  const status: PanelStatus = entry
    ? 'success'
    : dataset.status === 'pending'
      ? 'pending'
      : 'error';
  return (
    <Panel
      id="overview"
      title={tr(L.overview)}
      status={status}
      error={<DatasetErrors dataset={dataset} />}
    >
      {entry && (
        <div className="overview">
          <h3 className="dataset-title" data-dataset-title={entry.id}>
            {entry.title[lang]}
            {entry.simulated ? (
              <span className="badge badge-simulated" data-simulated-mark>
                {tr(L.simulated)}
              </span>
            ) : (
              <span className="badge badge-real">{tr(L.realData)}</span>
            )}
          </h3>
          {entry.simulated && (
            <p className="simulated-notice" role="note">
              {tr(L.simulatedNotice)}
            </p>
          )}
          {entry.description && <p className="dataset-description">{entry.description[lang]}</p>}
          <p className="dataset-source">
            {tr(L.source)}
            {lang === 'zh' ? '：' : ': '}
            {entry.source[lang]}
          </p>
          <Stats dataset={dataset} />
        </div>
      )}
    </Panel>
  );
}

function Stats({ dataset }: { dataset: DatasetState }) {
  const tr = useT();
  const { years, reports, files } = dataset;
  const pending = dataset.status === 'pending';
  // Once per reports array, not on every change of year (a province has 30,000 reports).
  const units = useMemo(() => new Set(reports.map((r) => r.unit)).size, [reports]);
  const failed = files.filter((f) => f.status === 'error').length;
  const span = years.length > 0 ? `${years[0]}–${years[years.length - 1]}` : '—';
  return (
    <>
      <dl className="stats">
        <Stat label={tr(L.years)} value={span} name="years" />
        <Stat label={tr(L.unitCount)} value={pending ? '…' : formatCount(units)} name="units" />
        <Stat
          label={tr(L.reportCount)}
          value={pending ? '…' : formatCount(reports.length)}
          name="reports"
        />
        <Stat label={tr(L.fileCount)} value={formatCount(files.length)} name="files" />
      </dl>
      {failed > 0 && (
        <p className="files-failed" role="alert">
          {failed} {tr(L.filesFailed)}
        </p>
      )}
    </>
  );
}

function Stat({ label, value, name }: { label: string; value: string; name: string }) {
  return (
    <div className="stat" data-stat={name}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
