// The table half of a citable figure: the on-page caption, the button that shows the data behind
// it (a real <table>, aria-expanded / aria-controls), its CSV download and a status line saying
// what was saved. <Figure> puts these under its chart; <TableFigure> is the same without a chart,
// for what is itself a row of figures (the KPI cards).
import { useId, useRef, useState } from 'react';
import { useLang } from '../state/lang';
import { formatDate } from './dates';
import { downloadBlob } from './download';
import {
  figureCsv,
  figureFileName,
  figureWord,
  type FigureCaption,
  type FigureTable,
} from './figure-model';
import { L, type Lang } from './labels';
import { PagedRows } from './paged-rows';
import { TableScroll } from './table-scroll';

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

export function csvFile(table: FigureTable, caption: FigureCaption): ExportFile {
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
        onClick={() => table && void runner.run('csv', async () => csvFile(table, caption))}
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

export function FigureDataTable({
  id,
  table,
  caption,
}: {
  id: string;
  table: FigureTable;
  caption: FigureCaption;
}) {
  const lang = caption.lang;
  // A column holding numbers is right-aligned, its header too, so digits line up under it.
  const numeric = table.columns.map((_, i) => table.rows.some((r) => typeof r[i] === 'number'));
  return (
    <div className="figure-table" id={id} data-figure-table data-rows={table.rows.length}>
      <PagedRows rows={table.rows} nameOf={rowText} label={`${L.tableOf[lang]}${caption.title}`}>
        {(rows) => (
          <TableScroll label={`${L.tableOf[lang]}${caption.title}`}>
            <table>
              <caption>{`${L.tableOf[lang]}${caption.title}`}</caption>
              <thead>
                <tr>
                  {table.columns.map((c, i) => (
                    <th key={i} scope="col" className={i > 0 && numeric[i] ? 'num' : undefined}>
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((v, i) =>
                      i === 0 ? (
                        <th key={i} scope="row">
                          {cellText(v, lang)}
                        </th>
                      ) : (
                        <td key={i} className={numeric[i] ? 'num' : undefined}>
                          {cellText(v, lang)}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </PagedRows>
    </div>
  );
}

/** The words of a row (its text cells), by which the filter finds it: a unit, a year, a note. */
function rowText(row: FigureTable['rows'][number]): string {
  return row.filter((v): v is string => typeof v === 'string').join(' ');
}

function cellText(v: FigureTable['rows'][number][number], lang: Lang): string {
  if (v === null) return '—';
  if (typeof v === 'number')
    return v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 6 });
  return v;
}
