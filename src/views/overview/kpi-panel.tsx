// The KPI cards for the chosen year and scope: reports → scope → KPI models → cards, and the
// same nine figures as a citable table (caption, data table toggle, CSV) under them.
import { useMemo } from 'react';
import { toKpiModels } from '../../charts/kpi/model';
import { kpiTable } from '../../charts/kpi/table';
import { selectReports } from '../../domain/scope';
import { useT } from '../../state/lang';
import { effectiveYear } from '../../state/resolve';
import { TableFigure } from '../../ui/figure-table';
import { Panel } from '../../ui/panel';
import { DatasetErrors, datasetPanelStatus } from '../shared/dataset-status';
import { useFigureCaption } from '../shared/figure-caption';
import type { ViewProps } from '../view-props';
import { KpiCard } from './kpi-card';
import { OV } from './labels';
import { scopeName } from '../shared/scope-name';

/** KPI cards per presentation slide. */
const KPI_ROW = 3;

function rowsOf<T>(items: readonly T[], size: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += size) rows.push(items.slice(i, i + size));
  return rows;
}

export function KpiPanel({ dataset, state, lang }: ViewProps) {
  const tr = useT();
  const { reports, years } = dataset;
  const year = effectiveYear(state, years);
  const scoped = useMemo(() => selectReports(reports, state.scope), [reports, state.scope]);
  const models = useMemo(
    () => (year === null ? [] : toKpiModels(scoped, years, year)),
    [scoped, years, year],
  );
  const table = useMemo(() => (models.length > 0 ? kpiTable(models, lang) : null), [models, lang]);
  const shownYears = useMemo(() => (year === null ? [] : [year]), [year]);
  const caption = useFigureCaption({
    title: year === null ? tr(OV.kpiTitle) : `${tr(OV.kpiTitle)} · ${year}`,
    definition: tr(OV.kpiDefinition),
    years: shownYears,
    reports: scoped,
  });
  const status = year === null ? 'empty' : datasetPanelStatus(dataset);
  const where = scopeName(state.scope, reports, lang);
  const title = year === null ? tr(OV.kpiTitle) : `${tr(OV.kpiTitle)} · ${year} · ${where}`;
  return (
    <Panel
      id="kpis"
      title={title}
      note={tr(OV.kpiNote)}
      status={status}
      error={<DatasetErrors dataset={dataset} />}
      empty={tr(OV.noYear)}
    >
      <div className="kpi-grid" data-kpi-year={year ?? ''}>
        {rowsOf(models, KPI_ROW).map((row, i, rows) => (
          // A row is one slide in presentation mode; on the page it does not box its cards
          // (display: contents), so the grid still lays them out 3 or 5 a row.
          <div
            key={row[0]!.key}
            className="kpi-row"
            data-slide
            data-slide-title={
              lang === 'zh'
                ? `${tr(OV.kpiTitle)}（${i + 1}/${rows.length}）`
                : `${tr(OV.kpiTitle)} (${i + 1}/${rows.length})`
            }
          >
            {row.map((m) => (
              <KpiCard key={m.key} model={m} />
            ))}
          </div>
        ))}
      </div>
      <TableFigure id="kpis" caption={caption} table={table} />
    </Panel>
  );
}
