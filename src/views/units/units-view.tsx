// Units loaded and the years each one covers: query state → coverage model → table.
import { useMemo } from 'react';
import { formatCount, inParens, MISSING } from '../../charts/format';
import type { DatasetState } from '../../queries/use-dataset';
import { useLang, useT } from '../../state/lang';
import { L } from '../../ui/labels';
import { PagedRows } from '../../ui/paged-rows';
import { Panel } from '../../ui/panel';
import { DatasetErrors, datasetPanelStatus } from '../shared/dataset-status';
import { toUnitCoverage, type UnitCoverage } from './unit-coverage';
import { TableScroll } from '../../ui/table-scroll';

export function UnitsView({ dataset }: { dataset: DatasetState }) {
  const tr = useT();
  const lang = useLang();
  const units = useMemo(() => toUnitCoverage(dataset.reports), [dataset.reports]);
  return (
    <Panel
      id="units"
      title={`${tr(L.units)}${inParens(formatCount(units.length, lang), lang)}`}
      status={datasetPanelStatus(dataset)}
      error={<DatasetErrors dataset={dataset} />}
      empty={tr(L.noReports)}
    >
      <CoverageTable units={units} years={dataset.years} />
    </Panel>
  );
}

function CoverageTable({
  units,
  years,
}: {
  units: readonly UnitCoverage[];
  years: readonly number[];
}) {
  const tr = useT();
  const lang = useLang();
  return (
    <PagedRows rows={units} nameOf={(u) => u.unit} label={tr(L.units)}>
      {(shown) => (
        <TableScroll label={tr(L.units)}>
          <table className="coverage">
            <thead>
              <tr>
                <th scope="col">{tr(L.unit)}</th>
                <th scope="col">{tr(L.region)}</th>
                {years.map((y) => (
                  <th scope="col" key={y} className="num">
                    {y}
                  </th>
                ))}
                <th scope="col" className="num">
                  {tr(L.yearsCovered)}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((u) => (
                <tr key={u.unit} data-unit={u.unit}>
                  <th scope="row" className="unit-name">
                    {u.unit}
                  </th>
                  <td>{u.region ?? MISSING}</td>
                  {years.map((y) => (
                    <td key={y} className={u.years.has(y) ? 'cell-yes' : 'cell-no'}>
                      {u.years.has(y) ? '●' : MISSING}
                      <span className="sr-only">
                        {u.years.has(y) ? tr(L.reported) : tr(L.notReported)}
                      </span>
                    </td>
                  ))}
                  <td className="num">{formatCount(u.years.size, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </PagedRows>
  );
}
