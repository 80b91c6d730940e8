// Units loaded and the years each one covers: query state → coverage model → table.
import { useMemo, useState } from 'react';
import { formatCount, MISSING } from '../../charts/format';
import type { DatasetState } from '../../queries/use-dataset';
import { useT } from '../../state/lang';
import { L } from '../../ui/labels';
import { Panel } from '../../ui/panel';
import { Pager } from '../findings/findings-list';
import { paginate } from '../findings/findings-model';
import { DatasetErrors, datasetPanelStatus } from '../shared/dataset-status';
import { toUnitCoverage, type UnitCoverage } from './unit-coverage';

export function UnitsView({ dataset }: { dataset: DatasetState }) {
  const tr = useT();
  const units = useMemo(() => toUnitCoverage(dataset.reports), [dataset.reports]);
  return (
    <Panel
      id="units"
      title={`${tr(L.units)}（${formatCount(units.length)}）`}
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
  // 50 units to a page: a province has thousands, and a row per unit was ~16 nodes each.
  const [page, setPage] = useState(1);
  const current = paginate(units, page);
  return (
    <>
      <div className="table-scroll">
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
            {current.items.map((u) => (
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
                <td className="num">{formatCount(u.years.size)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {current.pages > 1 && <Pager current={current} setPage={setPage} />}
    </>
  );
}
