// A chart that can be cited: the chart (EChart), its caption (definition, dataset, units, years,
// source, 数据截至, the simulated mark) and a toolbar — PNG 2× / 3× and SVG with the caption in
// the image, the data table behind the chart (a real <table>, toggled by a button) and that
// table as CSV. Everything exported is built from the same option and table the page shows.
// The image export (figure-export.ts) loads with the first image asked for.
import type { EChartsCoreOption } from 'echarts/core';
import type { ReactNode } from 'react';
import { applyChartPrefs, useChartPrefs } from './chart-prefs';
import { EChart } from './echart';
import { figureWord, type FigureCaption, type FigureTable } from './figure-model';
import {
  FigureCaptionBlock,
  FigureDataTable,
  TableTools,
  useExportRunner,
  useTableToggle,
  type ExportFile,
} from './figure-table';
import { L } from './labels';
import type { PanelStatus } from './panel';

interface FigureProps {
  id: string;
  caption: FigureCaption;
  /** What the chart draws, row by row; null when it draws nothing. */
  table: FigureTable | null;
  status: PanelStatus;
  option: EChartsCoreOption | null;
  message?: ReactNode;
  height?: number;
  /**
   * The chart's height in the exported image, when a long list scrolls on the page: the image
   * has no scrollbar, so it is drawn tall enough for every row (zoom windows lifted).
   */
  exportHeight?: number;
}

type ImageJob = 'png2' | 'png3' | 'svg';

const EXPORT_LABEL = { png2: 'exportPng2', png3: 'exportPng3', svg: 'exportSvg' } as const;

export function Figure(props: FigureProps) {
  const { id, caption, table, status, option, message, height = 260 } = props;
  const toggle = useTableToggle();
  const runner = useExportRunner();
  const { decal } = useChartPrefs();
  const ready = status === 'success' && option !== null;
  const lang = caption.lang;
  const image = (job: ImageJob) => {
    // The export draws the option again: with the page's patterns, as the reader sees it.
    const drawn = applyChartPrefs(option, { decal });
    if (!drawn) return;
    const size = { height: props.exportHeight ?? height, full: props.exportHeight !== undefined };
    void runner.run(job, () => imageFile(job, drawn, size, caption));
  };
  return (
    <figure className="figure" data-figure={id} data-slide data-slide-title={caption.title}>
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
            disabled={!ready}
            aria-disabled={runner.busy !== null || undefined}
            title={L[`${EXPORT_LABEL[job]}Hint`][lang]}
            onClick={() => image(job)}
          >
            {L[EXPORT_LABEL[job]][lang]}
          </button>
        ))}
        <TableTools toggle={toggle} runner={runner} table={table} caption={caption} />
      </div>
      {toggle.open && table && <FigureDataTable id={toggle.id} table={table} caption={caption} />}
    </figure>
  );
}

async function imageFile(
  job: ImageJob,
  option: EChartsCoreOption,
  size: { height: number; full: boolean },
  caption: FigureCaption,
): Promise<ExportFile> {
  const [{ figurePng, figureSvg }, { figureFileName }] = await Promise.all([
    import('./figure-export'),
    import('./figure-files'),
  ]);
  if (job === 'svg') {
    const text = await figureSvg(option, size.height, caption, size.full);
    return {
      name: figureFileName(caption, 'svg'),
      blob: new Blob([text], { type: 'image/svg+xml' }),
    };
  }
  const ratio = job === 'png2' ? 2 : 3;
  const blob = await figurePng(option, size.height, caption, ratio, size.full);
  return { name: figureFileName(caption, 'png', `@${ratio}x`), blob };
}
