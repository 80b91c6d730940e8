// Per-unit summary: errors, warnings and info per unit and which rules fired, sortable.
import { useMemo, useState } from 'react';
import { formatCount } from '../../charts/format';
import { useT } from '../../state/lang';
import { PagedRows } from '../../ui/paged-rows';
import type { UrlState } from '../../state/url-state';
import type { UpdateUrlState } from '../../state/use-url-state';
import { type LocatedFinding } from './findings-model';
import { summarizeByUnit, type SummarySort } from './findings-detail';
import { F } from './labels';
import { UnitLink } from './unit-link';
import { TableScroll } from '../../ui/table-scroll';

interface Props {
  located: readonly LocatedFinding[];
  state: UrlState;
  update: UpdateUrlState;
}

export function UnitSummaryTable({ located, state, update }: Props) {
  const tr = useT();
  const [sort, setSort] = useState<SummarySort>('errors');
  const rows = useMemo(() => summarizeByUnit(located, sort), [located, sort]);
  if (rows.length === 0) return <p className="state state-empty">{tr(F.none)}</p>;
  const head = (key: SummarySort, text: { zh: string; en: string }) => (
    <button
      type="button"
      className="sort-button"
      aria-pressed={sort === key}
      onClick={() => setSort(key)}
      data-sort={key}
    >
      {tr(text)}
    </button>
  );
  return (
    <PagedRows rows={rows} nameOf={(r) => r.unit} label={tr(F.unit)}>
      {(shown) => (
        <TableScroll label={tr(F.summaryTitle)}>
          <table className="unit-summary" data-sorted-by={sort}>
            <thead>
              <tr>
                <th scope="col">{head('unit', F.unit)}</th>
                <th scope="col" className="num">
                  {head('errors', F.errors)}
                </th>
                <th scope="col" className="num">
                  {head('warnings', F.warnings)}
                </th>
                <th scope="col" className="num">
                  {tr(F.infos)}
                </th>
                <th scope="col">{tr(F.rules)}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.unitKey} data-summary-unit={r.unit}>
                  <th scope="row">
                    <UnitLink state={state} update={update} unitKey={r.unitKey} year={state.year}>
                      {r.unit}
                    </UnitLink>
                  </th>
                  <td className="num severity-error" data-count="error">
                    {formatCount(r.error)}
                  </td>
                  <td className="num severity-warning" data-count="warning">
                    {formatCount(r.warning)}
                  </td>
                  <td className="num severity-info" data-count="info">
                    {formatCount(r.info)}
                  </td>
                  <td className="rule-list">
                    {r.rules.map((rule) => (
                      <code key={rule}>{rule}</code>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </PagedRows>
  );
}
