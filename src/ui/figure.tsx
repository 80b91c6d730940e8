// A chart that can be cited: the chart (EChart), its caption (definition, dataset, units, years,
// source, 数据截至, the simulated mark) and a toolbar — PNG 2× / 3× and SVG with the caption in
// the image, the data table behind the chart (a real <table>, toggled by a button) and that
// table as CSV. Everything exported is built from the same option and table the page shows.
import type { EChartsCoreOption } from 'echarts/core';
import { useId, useState, type ReactNode } from 'react';
import { useLang } from '../state/lang';
import { formatDate } from './dates';
import { applyChartPrefs, useChartPrefs } from './chart-prefs';
import { downloadBlob } from './download';
import { EChart } from './echart';
import { figurePng, figureSvg } from './figure-export';
import {
  figureCsv,
  figureFileName,
  figureWord,
  type FigureCaption,
  type FigureTable,
} from './figure-model';
import { L } from './labels';
import type { PanelStatus } from './panel';
import { TableScroll } from './table-scroll';

interface FigureProps {
  id: string;
  caption: FigureCaption;
  /** What the chart draws, row by row; null when it draws nothing. */
  table: FigureTable | null;
  status: PanelStatus;
  option: EChartsCoreOption | null;
  message?: ReactNode;
  height?: number;
}

type Job = 'png2' | 'png3' | 'svg' | 'csv';

export function Figure({ id, caption, table, status, option, message, height = 260 }: FigureProps) {
  const lang = useLang();
  const prefs = useChartPrefs();
  const tableId = useId();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState<Job | null>(null);
  const ready = status === 'success' && option !== null;

  const run = async (job: Job) => {
    // The export draws the option again: with the page's patterns, as the reader sees it.
    const drawn = applyChartPrefs(option, prefs);
    if (!drawn) return;
    setBusy(job);
    setNote({ ok: true, text: L.exporting[lang] });
    try {
      const file = await exportFile(job, drawn, height, caption, table);
      downloadBlob(file.name, file.blob);
      setNote({ ok: true, text: `${L.exported[lang]}${file.name}` });
    } catch (e) {
      setNote({ ok: false, text: `${L.exportFailed[lang]}${e instanceof Error ? e.message : e}` });
    } finally {
      setBusy(null);
    }
  };

  return (
    <figure className="figure" data-figure={id} data-slide>
      <EChart
        id={id}
        label={caption.title}
        status={status}
        option={option}
        message={message}
        height={height}
      />
      <FigureCaptionBlock caption={caption} />
      <div
        className="figure-tools"
        role="toolbar"
        aria-label={`${L.figureTools[lang]}${figureWord('sep', lang)}${caption.title}`}
      >
        {(['png2', 'png3', 'svg'] as const).map((job) => (
          <button
            key={job}
            type="button"
            data-export={job}
            disabled={!ready || busy !== null}
            onClick={() => void run(job)}
          >
            {L[job === 'png2' ? 'exportPng2' : job === 'png3' ? 'exportPng3' : 'exportSvg'][lang]}
          </button>
        ))}
        <button
          type="button"
          data-toggle-table
          aria-expanded={open}
          aria-controls={tableId}
          disabled={table === null}
          onClick={() => setOpen((o) => !o)}
        >
          {(open ? L.hideTable : L.showTable)[lang]}
        </button>
        <button
          type="button"
          data-export="csv"
          disabled={table === null || busy !== null}
          onClick={() => void run('csv')}
        >
          {L.exportCsv[lang]}
        </button>
        <span className={note?.ok === false ? 'figure-note error' : 'figure-note'} role="status">
          {note?.text ?? ''}
        </span>
      </div>
      {open && table && <FigureDataTable id={tableId} table={table} caption={caption} />}
    </figure>
  );
}

async function exportFile(
  job: Job,
  option: EChartsCoreOption,
  height: number,
  caption: FigureCaption,
  table: FigureTable | null,
): Promise<{ name: string; blob: Blob }> {
  switch (job) {
    case 'png2':
    case 'png3': {
      const ratio = job === 'png2' ? 2 : 3;
      const blob = await figurePng(option, height, caption, ratio);
      return { name: figureFileName(caption, 'png', `@${ratio}x`), blob };
    }
    case 'svg': {
      const text = await figureSvg(option, height, caption);
      return {
        name: figureFileName(caption, 'svg'),
        blob: new Blob([text], { type: 'image/svg+xml' }),
      };
    }
    case 'csv': {
      const text = figureCsv(table ?? { columns: [], rows: [] }, caption);
      return {
        name: figureFileName(caption, 'csv'),
        blob: new Blob([text], { type: 'text/csv;charset=utf-8' }),
      };
    }
  }
}

function FigureCaptionBlock({ caption }: { caption: FigureCaption }) {
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

function FigureDataTable({
  id,
  table,
  caption,
}: {
  id: string;
  table: FigureTable;
  caption: FigureCaption;
}) {
  const lang = caption.lang;
  return (
    <TableScroll
      className="figure-table"
      id={id}
      label={`${L.tableOf[lang]}${caption.title}`}
      data-figure-table
    >
      <table>
        <caption>{`${L.tableOf[lang]}${caption.title}`}</caption>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={i} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((v, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cellText(v, lang)}
                  </th>
                ) : (
                  <td key={i} className={typeof v === 'number' ? 'num' : undefined}>
                    {cellText(v, lang)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function cellText(v: FigureTable['rows'][number][number], lang: 'zh' | 'en'): string {
  if (v === null) return '—';
  if (typeof v === 'number')
    return v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 6 });
  return v;
}
