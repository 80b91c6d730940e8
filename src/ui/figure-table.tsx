// The table half of a citable figure: the on-page caption, the button that shows the data behind
// it (a real <table>, aria-expanded / aria-controls), its CSV download and a status line saying
// what was saved. <Figure> puts these under its chart; <TableFigure> is the same without a chart,
// for what is itself a row of figures (the KPI cards).
import { lazy, Suspense, useId, useRef, useState } from 'react';
import { useLang } from '../state/lang';
import { onTooltipsReady } from './chart-tooltips';
import { formatDate } from './dates';
import { downloadBlob } from './download';
import { figureWord, type FigureCaption, type FigureTable } from './figure-model';
import { L } from './labels';

export interface ExportFile {
  name: string;
  blob: Blob;
}

export type ExportJob = 'png2' | 'png3' | 'svg' | 'csv';

interface Note {
  ok: boolean;
  text: string;
}

/** Runs one export at a time and says what came of it (the file name, or why it failed). */
export function useExportRunner() {
  const lang = useLang();
  const [note, setNote] = useState<Note | null>(null);
  const [busy, setBusy] = useState<ExportJob | null>(null);
  // The buttons stay focusable while an export runs (aria-disabled, not disabled): a keyboard
  // user who exports and presses Tab straight away must land on the next button, not skip it.
  const running = useRef(false);
  const run = async (job: ExportJob, make: () => Promise<ExportFile>) => {
    if (running.current) return;
    running.current = true;
    setBusy(job);
    setNote({ ok: true, text: L.exporting[lang] });
    try {
      const file = await make();
      downloadBlob(file.name, file.blob);
      setNote({ ok: true, text: `${L.exported[lang]}${file.name}` });
    } catch (e) {
      setNote({ ok: false, text: `${L.exportFailed[lang]}${e instanceof Error ? e.message : e}` });
    } finally {
      running.current = false;
      setBusy(null);
    }
  };
  return { busy, note, run };
}

export async function csvFile(table: FigureTable, caption: FigureCaption): Promise<ExportFile> {
  const { figureCsv, figureFileName } = await import('./figure-files');
  return {
    name: figureFileName(caption, 'csv'),
    blob: new Blob([figureCsv(table, caption)], { type: 'text/csv;charset=utf-8' }),
  };
}

/** Whether the data table is shown, and the id the toggle points at. */
export function useTableToggle() {
  const id = useId();
  const [open, setOpen] = useState(false);
  return { id, open, toggle: () => setOpen((o) => !o) };
}

type Toggle = ReturnType<typeof useTableToggle>;
type Runner = ReturnType<typeof useExportRunner>;

/** The data-table toggle, the CSV button and the status line, as they sit in every toolbar. */
export function TableTools({
  toggle,
  runner,
  table,
  caption,
}: {
  toggle: Toggle;
  runner: Runner;
  table: FigureTable | null;
  caption: FigureCaption;
}) {
  const lang = caption.lang;
  const { note, busy } = runner;
  return (
    <>
      <button
        type="button"
        data-toggle-table
        aria-expanded={toggle.open}
        aria-controls={toggle.id}
        disabled={table === null}
        onClick={toggle.toggle}
      >
        {(toggle.open ? L.hideTable : L.showTable)[lang]}
      </button>
      <button
        type="button"
        data-export="csv"
        disabled={table === null}
        aria-disabled={busy !== null || undefined}
        title={L.exportCsvHint[lang]}
        onClick={() => table && void runner.run('csv', () => csvFile(table, caption))}
      >
        {L.exportCsv[lang]}
      </button>
      <span className={note?.ok === false ? 'figure-note error' : 'figure-note'} role="status">
        {note?.text ?? ''}
      </span>
    </>
  );
}

/** A figure that is only a table: caption, toolbar (data table, CSV) and the table. */
export function TableFigure({
  id,
  caption,
  table,
}: {
  id: string;
  caption: FigureCaption;
  table: FigureTable | null;
}) {
  const toggle = useTableToggle();
  const runner = useExportRunner();
  return (
    <figure className="figure" data-figure={id}>
      <FigureCaptionBlock caption={caption} />
      <div
        className="figure-tools"
        role="toolbar"
        aria-label={`${L.figureTools[caption.lang]}${figureWord('sep', caption.lang)}${caption.title}`}
      >
        <TableTools toggle={toggle} runner={runner} table={table} caption={caption} />
      </div>
      {toggle.open && table && <FigureDataTable id={toggle.id} table={table} caption={caption} />}
    </figure>
  );
}

export function FigureCaptionBlock({ caption }: { caption: FigureCaption }) {
  // On the page: the definition and where the figures come from in two short lines; the
  // dataset's source statement and the link go into the exported image in full.
  const w = (k: Parameters<typeof figureWord>[0]) => figureWord(k, caption.lang);
  const sep = w('sep');
  const asOf = caption.asOf === null ? w('unknown') : formatDate(caption.asOf, caption.lang);
  return (
    <figcaption className="figure-caption" data-caption>
      {caption.simulated && <span className="badge badge-simulated">{w('simulated')}</span>}
      <span className="figure-caption-line">{`${w('definition')}${sep}${caption.definition}`}</span>
      <span className="figure-caption-line">
        {[
          `${w('dataset')}${sep}${caption.dataset}`,
          `${w('units')}${sep}${caption.units}`,
          `${w('years')}${sep}${caption.years}`,
          `${w('asOf')}${sep}${asOf}`,
        ].join(' · ')}
      </span>
    </figcaption>
  );
}

// The opened data table, with its pager and scroller, is not needed to draw the first view: its
// code loads once the first view's charts are drawn (when their tooltip does, chart-tooltips.ts)
// or when a reader opens a table before that, who sees 加载中… for that moment.
const loadDataTable = () => import('./figure-data-table');
const LazyDataTable = lazy(() => loadDataTable().then((m) => ({ default: m.FigureDataTable })));
onTooltipsReady(() => void loadDataTable().catch(() => {}));

export function FigureDataTable(props: { id: string; table: FigureTable; caption: FigureCaption }) {
  const pending = (
    <div className="figure-table" id={props.id} role="status" data-figure-table-pending>
      {L.loading[props.caption.lang]}
    </div>
  );
  return (
    <Suspense fallback={pending}>
      <LazyDataTable {...props} />
    </Suspense>
  );
}
