// 数据集管理 / My datasets: export the dataset on screen (shipped or the user's) as CSV or JSON,
// and list the user's datasets with rename (inline), delete (a second 确认删除 click) and export.
// Every storage failure is shown with its message; nothing here throws.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Report } from '../../domain/report';
import { invalidateUserDatasets, userDatasetsQueryOptions } from '../../queries/user-datasets';
import type { DatasetState } from '../../queries/use-dataset';
import { colon } from '../../charts/format';
import { useLang, useT } from '../../state/lang';
import { exportCsv, exportFileName, exportJson } from '../../storage/export';
import { downloadText } from '../../ui/download';
import { StoreFailure } from '../../storage/idb';
import {
  currentReports,
  deleteUserDataset,
  getUserDataset,
  renameUserDataset,
  type StoreError,
  type StoreResult,
  type UserDatasetSummary,
} from '../../storage/user-datasets';
import './manage-panel.css';

const T = {
  title: { zh: '数据集管理', en: 'My datasets' },
  exportShown: { zh: '导出当前数据集', en: 'Export the dataset on screen' },
  csvZh: { zh: 'CSV（中文表头）', en: 'CSV (Chinese headers)' },
  csvKey: { zh: 'CSV（键名表头）', en: 'CSV (key headers)' },
  json: { zh: 'JSON', en: 'JSON' },
  none: {
    zh: '还没有自己的数据集。导入报告后会出现在这里。',
    en: 'No datasets of your own yet. Imported reports appear here.',
  },
  reports: { zh: '份报告', en: 'reports' },
  open: { zh: '查看', en: 'Open' },
  rename: { zh: '重命名', en: 'Rename' },
  save: { zh: '保存', en: 'Save' },
  cancel: { zh: '取消', en: 'Cancel' },
  remove: { zh: '删除', en: 'Delete' },
  confirm: { zh: '确认删除', en: 'Confirm delete' },
  newTitle: { zh: '新名称', en: 'New name' },
  nothing: { zh: '没有可导出的报告', en: 'No reports to export' },
};

interface Props {
  dataset: DatasetState;
  onOpen?: (id: string) => void;
}

type Format = 'csv-zh' | 'csv-key' | 'json';

export function ManagePanel({ dataset, onOpen }: Props) {
  const tr = useT();
  const lang = useLang();
  const list = useQuery(userDatasetsQueryOptions());
  const [error, setError] = useState<StoreError | null>(null);
  const title = dataset.entry ? tr(dataset.entry.title) : '';
  return (
    <section className="manage-panel" aria-label={tr(T.title)} data-manage-panel>
      <h2>{tr(T.title)}</h2>
      <div className="manage-export" data-export-shown={dataset.entry?.id}>
        <span>
          {tr(T.exportShown)}
          {colon(lang)}
          {title}
        </span>
        <ExportButtons
          disabled={dataset.reports.length === 0}
          onExport={(f) => save(dataset.reports, title, dataset.years, f)}
        />
      </div>
      {error && (
        <p role="alert" className="manage-error" data-store-error={error.code}>
          {tr(error)}
        </p>
      )}
      {list.isError && (
        <p role="alert" className="manage-error" data-store-error="list">
          {list.error instanceof StoreFailure ? tr(list.error.error) : list.error.message}
        </p>
      )}
      {list.data?.length === 0 && <p className="manage-empty">{tr(T.none)}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="manage-list">
          {list.data.map((d) => (
            <DatasetRow key={d.id} summary={d} onOpen={onOpen} onError={setError} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ExportButtons({
  disabled,
  onExport,
}: {
  disabled: boolean;
  onExport: (f: Format) => void;
}) {
  const tr = useT();
  const formats: [Format, { zh: string; en: string }][] = [
    ['csv-zh', T.csvZh],
    ['csv-key', T.csvKey],
    ['json', T.json],
  ];
  return (
    <span className="manage-buttons">
      {formats.map(([f, label]) => (
        <button
          key={f}
          type="button"
          data-export={f}
          disabled={disabled}
          title={disabled ? tr(T.nothing) : undefined}
          onClick={() => onExport(f)}
        >
          {tr(label)}
        </button>
      ))}
    </span>
  );
}

function save(reports: readonly Report[], title: string, years: readonly number[], f: Format) {
  if (f === 'json') {
    downloadText(exportFileName(title, years, 'json'), exportJson(reports), 'application/json');
  } else {
    const text = exportCsv(reports, f === 'csv-zh' ? 'zh' : 'key');
    downloadText(exportFileName(title, years, 'csv'), text, 'text/csv;charset=utf-8');
  }
}

interface RowProps {
  summary: UserDatasetSummary;
  onOpen?: (id: string) => void;
  onError: (e: StoreError | null) => void;
}

function DatasetRow({ summary, onOpen, onError }: RowProps) {
  const tr = useT();
  const client = useQueryClient();
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const run = async (work: Promise<StoreResult<unknown>>) => {
    const result = await work;
    onError(result.ok ? null : result.error);
    await invalidateUserDatasets(client);
    return result.ok;
  };
  const exportRow = async (f: Format) => {
    const result = await getUserDataset(summary.id);
    if (!result.ok) return onError(result.error);
    save(currentReports(result.value), summary.title, summary.years, f);
  };
  const years = summary.years.length ? `${summary.years[0]}–${summary.years.at(-1)}` : '';
  return (
    <li data-user-dataset-row={summary.id}>
      {editing === null ? (
        <span className="manage-title">{summary.title}</span>
      ) : (
        <form
          className="manage-rename"
          onSubmit={(e) => {
            e.preventDefault();
            void run(renameUserDataset(summary.id, editing)).then((ok) => ok && setEditing(null));
          }}
        >
          <input
            aria-label={tr(T.newTitle)}
            value={editing}
            onChange={(e) => setEditing(e.target.value)}
            autoFocus
          />
          <button type="submit">{tr(T.save)}</button>
          <button type="button" onClick={() => setEditing(null)}>
            {tr(T.cancel)}
          </button>
        </form>
      )}
      <span className="manage-meta">
        {summary.reports} {tr(T.reports)} {years}
      </span>
      {onOpen && (
        <button type="button" data-action="open" onClick={() => onOpen(summary.id)}>
          {tr(T.open)}
        </button>
      )}
      {editing === null && (
        <button type="button" data-action="rename" onClick={() => setEditing(summary.title)}>
          {tr(T.rename)}
        </button>
      )}
      {confirming ? (
        <>
          <button
            type="button"
            data-action="confirm-delete"
            className="danger"
            onClick={() => void run(deleteUserDataset(summary.id))}
          >
            {tr(T.confirm)}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {tr(T.cancel)}
          </button>
        </>
      ) : (
        <button type="button" data-action="delete" onClick={() => setConfirming(true)}>
          {tr(T.remove)}
        </button>
      )}
      <ExportButtons disabled={summary.reports === 0} onExport={(f) => void exportRow(f)} />
    </li>
  );
}
