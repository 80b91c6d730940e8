// What is on screen: the dataset's title, whether it is real or simulated, its source, and how
// many years, units, reports and files it holds.
import { formatCount } from '../../charts/format';
import type { DatasetState } from '../../queries/use-dataset';
import { L, t } from '../../ui/labels';
import { Panel, type PanelStatus } from '../../ui/panel';
import { DatasetErrors } from '../shared/dataset-status';

export function OverviewView({ dataset }: { dataset: DatasetState }) {
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
      title={t(L.overview)}
      status={status}
      error={<DatasetErrors dataset={dataset} />}
    >
      {entry && (
        <div className="overview">
          <h3 className="dataset-title" data-dataset-title={entry.id}>
            {entry.title.zh}
            {entry.simulated ? (
              <span className="badge badge-simulated" data-simulated-mark>
                {t(L.simulated)}
              </span>
            ) : (
              <span className="badge badge-real">{t(L.realData)}</span>
            )}
          </h3>
          {entry.simulated && (
            <p className="simulated-notice" role="note">
              {t(L.simulatedNotice)}
            </p>
          )}
          {entry.description && <p className="dataset-description">{entry.description.zh}</p>}
          <p className="dataset-source">
            {t(L.source)}：{entry.source.zh}
          </p>
          <Stats dataset={dataset} />
        </div>
      )}
    </Panel>
  );
}

function Stats({ dataset }: { dataset: DatasetState }) {
  const { years, reports, files } = dataset;
  const pending = dataset.status === 'pending';
  const units = new Set(reports.map((r) => r.unit)).size;
  const failed = files.filter((f) => f.status === 'error').length;
  const span = years.length > 0 ? `${years[0]}–${years[years.length - 1]}` : '—';
  return (
    <>
      <dl className="stats">
        <Stat label={t(L.years)} value={span} name="years" />
        <Stat label={t(L.unitCount)} value={pending ? '…' : formatCount(units)} name="units" />
        <Stat
          label={t(L.reportCount)}
          value={pending ? '…' : formatCount(reports.length)}
          name="reports"
        />
        <Stat label={t(L.fileCount)} value={formatCount(files.length)} name="files" />
      </dl>
      {failed > 0 && (
        <p className="files-failed" role="alert">
          {failed} {t(L.filesFailed)}
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
