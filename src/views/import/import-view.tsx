// 导入 Import: reports in → preview and correct → confirm into a dataset of one's own. Stages:
// inputs (drop zone, picker, paste) → read-inputs (the import worker; a busy note names the
// file, with a cancel) → drafts (edits re-checked): a few shown in full, more as a paged list
// with one opened in full → confirm panel (storage) → outcome with a link into the dashboard.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportOutcome } from '../../storage/user-datasets';
import { useT } from '../../state/lang';
import { MessageList } from '../../ui/message-list';
import { PanelBoundary } from '../../ui/panel-boundary';
import '../unit-profile/unit-profile.css';
import type { ViewProps } from '../view-props';
import { ManagePanel } from '../datasets/manage-panel';
import { ConfirmPanel } from './confirm-panel';
import { DraftList } from './draft-list';
import { FULL_PREVIEW_MAX } from './draft-rows';
import { editCell, editCells, editMeta, kept, type Draft, type MetaPatch } from './drafts';
import { DropZone } from './drop-zone';
import './import.css';
import { busyText, L, outcomeText } from './labels';
import {
  readFiles,
  readPasted,
  type FileOutcome,
  type Progress,
  type ReadContext,
} from './read-inputs';
import { draftValid, ReportPreview } from './report-preview';

export function ImportView({ dataset, update }: ViewProps) {
  const tr = useT();
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [files, setFiles] = useState<FileOutcome[]>([]);
  const [busy, setBusy] = useState<Progress | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ id: string; outcome: ImportOutcome } | null>(null);
  const reading = useRef<AbortController | null>(null);
  // Leaving the view stops the reading (and terminates the worker).
  useEffect(() => () => reading.current?.abort(), []);

  const run = async (work: (ctx: ReadContext) => Promise<FileOutcome[]>) => {
    const controller = new AbortController();
    reading.current = controller;
    setSaved(null);
    const outcomes = await work({ signal: controller.signal, onProgress: setBusy });
    if (reading.current === controller) reading.current = null;
    setBusy(null);
    setFiles(outcomes);
    setDrafts((d) => [...d, ...outcomes.flatMap((o) => o.drafts)]);
  };
  const change = useCallback(
    (id: string, fn: (d: Draft) => Draft) =>
      setDrafts((all) => all.map((d) => (d.id === id ? fn(d) : d))),
    [],
  );
  const setDropped = (ids: readonly string[], dropped: boolean) => {
    const chosen = new Set(ids);
    setDrafts((all) =>
      all.map((d) => (chosen.has(d.id) && d.dropped !== dropped ? { ...d, dropped } : d)),
    );
  };
  const reports = kept(drafts);
  const opened = drafts.length > FULL_PREVIEW_MAX ? drafts.find((d) => d.id === openId) : undefined;
  const source = [...new Set(drafts.filter((d) => !d.dropped).map((d) => d.file))].join(', ');

  return (
    <div className="view-grid import-view">
      <PanelBoundary title={tr(L.title)} resetKey="inputs">
        <section className="panel" data-panel="import-inputs">
          <h2>{tr(L.title)}</h2>
          <p className="panel-note">{tr(L.intro)}</p>
          <DropZone
            busy={busy !== null}
            onFiles={(list) => void run((ctx) => readFiles(list, ctx))}
            onPaste={(text) => void run(async (ctx) => [await readPasted(text, tr(L.pasted), ctx)])}
          />
          {busy && (
            <p className="import-busy" role="status" data-import-busy={busy.file}>
              <span className="busy-spinner" aria-hidden="true" />
              {tr(busyText(busy))}
              <button type="button" data-cancel-import onClick={() => reading.current?.abort()}>
                {tr(L.cancel)}
              </button>
            </p>
          )}
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
          {drafts.length <= FULL_PREVIEW_MAX ? (
            drafts.map((d) => <DraftPreview key={d.id} draft={d} change={change} />)
          ) : (
            <>
              <DraftList
                drafts={drafts}
                openId={opened?.id ?? null}
                onOpen={setOpenId}
                onDrop={setDropped}
              />
              {opened && <OpenedDraft key={opened.id} draft={opened} change={change} />}
            </>
          )}
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

/** The one report opened from the list, scrolled into view when opened. */
function OpenedDraft(props: {
  draft: Draft;
  change: (id: string, fn: (d: Draft) => Draft) => void;
}) {
  const tr = useT();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Newer browsers return a promise here, which an effect must not return.
    void box.current?.scrollIntoView?.({ block: 'start' });
  }, []);
  return (
    <div className="opened-draft" ref={box} data-opened-draft={props.draft.id}>
      <h3>{tr(L.openedTitle)}</h3>
      <DraftPreview {...props} />
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
