// 导入 Import: reports in → preview and correct → confirm into a dataset of one's own. Stages:
// inputs (drop zone, picker, paste) → read-inputs (parser / dataset loader) → drafts (edits
// re-checked) → confirm panel (storage) → outcome with a link into the dashboard.
import { useCallback, useState } from 'react';
import type { ImportOutcome } from '../../storage/user-datasets';
import { useT } from '../../state/lang';
import { MessageList } from '../../ui/message-list';
import { PanelBoundary } from '../../ui/panel-boundary';
import '../unit-profile/unit-profile.css';
import type { ViewProps } from '../view-props';
import { ManagePanel } from '../datasets/manage-panel';
import { ConfirmPanel } from './confirm-panel';
import { editCell, editCells, editMeta, kept, type Draft, type MetaPatch } from './drafts';
import { DropZone } from './drop-zone';
import './import.css';
import { L, outcomeText } from './labels';
import { readFile, readPasted, type FileOutcome } from './read-inputs';
import { draftValid, ReportPreview } from './report-preview';

export function ImportView({ dataset, update }: ViewProps) {
  const tr = useT();
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [files, setFiles] = useState<FileOutcome[]>([]);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<{ id: string; outcome: ImportOutcome } | null>(null);

  const take = (outcomes: FileOutcome[]) => {
    setSaved(null);
    setFiles(outcomes);
    setDrafts((d) => [...d, ...outcomes.flatMap((o) => o.drafts)]);
  };
  const onFiles = async (list: File[]) => {
    setBusy(true);
    take(await Promise.all(list.map(readFile)));
    setBusy(false);
  };
  const onPaste = async (text: string) => {
    setBusy(true);
    take([await readPasted(text, tr(L.pasted))]);
    setBusy(false);
  };
  const change = useCallback(
    (id: string, fn: (d: Draft) => Draft) =>
      setDrafts((all) => all.map((d) => (d.id === id ? fn(d) : d))),
    [],
  );
  const reports = kept(drafts);
  const source = [...new Set(drafts.filter((d) => !d.dropped).map((d) => d.file))].join(', ');

  return (
    <div className="view-grid import-view">
      <PanelBoundary title={tr(L.title)} resetKey="inputs">
        <section className="panel" data-panel="import-inputs">
          <h2>{tr(L.title)}</h2>
          <p className="panel-note">{tr(L.intro)}</p>
          <DropZone
            busy={busy}
            onFiles={(list) => void onFiles(list)}
            onPaste={(text) => void onPaste(text)}
          />
          {files.map((f, i) => (
            <div key={`${f.file}-${i}`} className="import-file-messages" data-file={f.file}>
              <MessageList messages={f.errors} kind="error" />
              <MessageList messages={f.warnings} kind="warning" />
            </div>
          ))}
          {saved && (
            <div className="import-outcome" data-import-outcome role="status">
              <p>{tr(outcomeText(saved.outcome))}</p>
              <button
                type="button"
                data-open-dataset
                onClick={() => update({ dataset: saved.id, view: 'overview' })}
              >
                {tr(L.open)}
              </button>
            </div>
          )}
        </section>
      </PanelBoundary>
      <PanelBoundary title={tr(L.preview)} resetKey="preview">
        <section className="panel" data-panel="import-preview" data-drafts={drafts.length}>
          <h2>{tr(L.preview)}</h2>
          {drafts.length === 0 && <p className="panel-note">{tr(L.none)}</p>}
          {drafts.map((d) => (
            <DraftPreview key={d.id} draft={d} change={change} />
          ))}
          {drafts.length > 0 && (
            <ConfirmPanel
              reports={reports}
              source={source}
              disabled={drafts.some((d) => !d.dropped && !draftValid(d))}
              onSaved={(id, outcome) => {
                setSaved({ id, outcome });
                setDrafts([]);
                setFiles([]);
              }}
            />
          )}
        </section>
      </PanelBoundary>
      <PanelBoundary title={tr(L.manage)} resetKey="manage">
        <section className="panel" data-panel="import-manage">
          <ManagePanel
            dataset={dataset}
            onOpen={(id) => update({ dataset: id, view: 'overview' })}
          />
        </section>
      </PanelBoundary>
    </div>
  );
}

function DraftPreview({
  draft,
  change,
}: {
  draft: Draft;
  change: (id: string, fn: (d: Draft) => Draft) => void;
}) {
  const { id } = draft;
  const onCell = useCallback(
    (key: string, value: number | null) => change(id, (d) => editCell(d, key, value)),
    [change, id],
  );
  return (
    <ReportPreview
      draft={draft}
      onMeta={(patch: MetaPatch) => change(id, (d) => editMeta(d, patch))}
      onCell={onCell}
      onCells={(cells) => change(id, (d) => editCells(d, cells))}
      onDrop={(dropped) => change(id, (d) => ({ ...d, dropped }))}
    />
  );
}
