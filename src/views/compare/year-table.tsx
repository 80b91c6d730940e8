// Year-versus-year panel: two year selects (URL ya/yb) → model of every indicator and the main
// table-3 totals over the scope → a table with both values, the change and the relative change.
import { Fragment, useMemo } from 'react';
import { toYearCompareModel, type YearRow, type YearValue } from '../../charts/year-compare/model';
import { formatChange, formatCount, formatPercent, MISSING } from '../../charts/format';
import { selectReports } from '../../domain/scope';
import { useT } from '../../state/lang';
import { effectiveYearPair } from '../../state/resolve';
import { Panel } from '../../ui/panel';
import { DatasetErrors, datasetPanelStatus } from '../shared/dataset-status';
import type { ViewProps } from '../view-props';
import { C } from './labels';
import { TableScroll } from '../../ui/table-scroll';

function formatValue(kind: YearRow['kind'], v: number | null): string {
  if (v === null) return MISSING;
  if (kind === 'rate') return formatPercent(v);
  return kind === 'per100' ? formatCount(Math.round(v * 100) / 100) : formatCount(v);
}

function formatDelta(kind: YearRow['kind'], v: number | null, points: string): string {
  if (v === null) return MISSING;
  const sign = v > 0 ? '+' : '';
  if (kind === 'rate') return `${sign}${formatCount(Math.round(v * 10) / 10)}${points}`;
  return `${sign}${formatValue(kind, kind === 'per100' ? v : v)}`;
}

const cover = (v: YearValue) => `${v.used}/${v.of}`;

export function YearTablePanel({ dataset, state, update }: ViewProps) {
  const tr = useT();
  const pair = effectiveYearPair(state, dataset.years);
  const model = useMemo(
    () =>
      pair
        ? toYearCompareModel(selectReports(dataset.reports, state.scope), pair[0], pair[1])
        : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the pair is two numbers
    [dataset.reports, state.scope, pair?.[0], pair?.[1]],
  );
  const status = datasetPanelStatus(dataset);
  const yearSelect = (which: 'yearA' | 'yearB', value: number) => (
    <label className="view-control">
      {tr(which === 'yearA' ? C.yearA : C.yearB)}
      <select
        data-control={which}
        value={value}
        onChange={(e) => update({ [which]: Number(e.target.value) })}
      >
        {dataset.years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <Panel
      id="compare-years"
      title={tr(C.yearTable)}
      note={tr(C.yearTableNote)}
      status={status === 'success' && !model ? 'empty' : status}
      empty={tr(C.needTwoYears)}
      error={<DatasetErrors dataset={dataset} />}
    >
      {model && (
        <>
          <div className="view-controls">
            {yearSelect('yearA', model.yearA)}
            {yearSelect('yearB', model.yearB)}
          </div>
          <TableScroll>
            <table data-year-table={`${model.yearA}-${model.yearB}`}>
              <thead>
                <tr>
                  <th>{tr(C.figure)}</th>
                  <th className="num">{model.yearA}</th>
                  <th className="num">{model.yearB}</th>
                  <th className="num">{tr(C.change)}</th>
                  <th className="num">{tr(C.relative)}</th>
                  <th className="num">{tr(C.coverage)}</th>
                </tr>
              </thead>
              <tbody>
                {model.rows.map((row, i) => (
                  <Fragment key={row.id}>
                    {(i === 0 || row.group !== model.rows[i - 1]?.group) && (
                      <tr className="group-row">
                        <th colSpan={6}>
                          {tr(row.group === 'indicator' ? C.indicatorsGroup : C.table3Group)}
                        </th>
                      </tr>
                    )}
                    <tr data-row={row.id}>
                      <th>{tr(row)}</th>
                      <td className="num">{formatValue(row.kind, row.a.value)}</td>
                      <td className="num">{formatValue(row.kind, row.b.value)}</td>
                      <td className="num">{formatDelta(row.kind, row.change, tr(C.points))}</td>
                      <td className="num">{formatChange(row.relative)}</td>
                      <td className="num">{`${cover(row.a)} → ${cover(row.b)}`}</td>
                    </tr>
                  </Fragment>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </Panel>
  );
}
