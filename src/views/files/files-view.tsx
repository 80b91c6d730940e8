// Per-file load status: every file the manifest names, with its format, encoding, report count
// and the loader's warnings or errors. A failed file stays listed with its messages.
import { formatCount, MISSING } from '../../charts/format';
import type { Encoding } from '../../io/load';
import type { DatasetFile, DatasetState } from '../../queries/use-dataset';
import { useT } from '../../state/lang';
import { L, type Text } from '../../ui/labels';
import { MessageList } from '../../ui/message-list';
import { Panel, type PanelStatus } from '../../ui/panel';
import { DatasetErrors } from '../shared/dataset-status';
import { TableScroll } from '../../ui/table-scroll';

const ENCODING_LABELS: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (BOM)',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  gb18030: 'GB18030',
};

export function FilesView({ dataset }: { dataset: DatasetState }) {
  const tr = useT();
  const status = filesPanelStatus(dataset);
  return (
    <Panel
      id="files"
      title={tr(L.files)}
      status={status}
      error={<DatasetErrors dataset={dataset} />}
    >
      <TableScroll label={tr(L.files)}>
        <table className="files">
          <thead>
            <tr>
              <th scope="col">{tr(L.file)}</th>
              <th scope="col">{tr(L.status)}</th>
              <th scope="col">{tr(L.format)}</th>
              <th scope="col">{tr(L.encoding)}</th>
              <th scope="col" className="num">
                {tr(L.reportCount)}
              </th>
              <th scope="col">{tr(L.messages)}</th>
            </tr>
          </thead>
          <tbody>
            {dataset.files.map((f) => (
              <FileRow key={f.key} file={f} />
            ))}
          </tbody>
        </table>
      </TableScroll>
    </Panel>
  );
}

function FileRow({ file }: { file: DatasetFile }) {
  const tr = useT();
  const ok = file.result?.ok ? file.result : null;
  return (
    <tr data-file={file.path} data-status={file.status}>
      <th scope="row" className="file-name">
        {file.path}
      </th>
      <td className={`file-status file-${file.status}`}>{statusLabel(file, tr)}</td>
      <td>{ok ? ok.format.toUpperCase() : MISSING}</td>
      <td>{ok ? ENCODING_LABELS[ok.encoding] : MISSING}</td>
      <td className="num">{ok ? formatCount(ok.reports.length) : MISSING}</td>
      <td>
        <MessageList messages={file.errors} kind="error" />
        <MessageList messages={file.warnings} kind="warning" />
      </td>
    </tr>
  );
}

/** Files are listed as soon as the manifest names them; each row shows its own progress. */
function filesPanelStatus(dataset: DatasetState): PanelStatus {
  if (dataset.entry === null) return dataset.status === 'pending' ? 'pending' : 'error';
  return dataset.files.length === 0 ? 'empty' : 'success';
}

function statusLabel(file: DatasetFile, tr: (text: Text) => string): string {
  if (file.status === 'pending') return tr(L.filePending);
  return file.status === 'error' ? tr(L.fileFailed) : tr(L.fileOk);
}
