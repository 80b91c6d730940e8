// The findings, 50 to a page: severity, rule with its explanation, unit (linking to its
// profile), year, the cells by their field names, both sides, the difference and the message.
import { useState } from 'react';
import { formatCount, MISSING } from '../../charts/format';
import { RULES } from '../../domain/rules/catalogue';
import type { Finding } from '../../domain/findings';
import { useLang, useT } from '../../state/lang';
import type { UrlState } from '../../state/url-state';
import type { UpdateUrlState } from '../../state/use-url-state';
import { type LocatedFinding } from './findings-model';
import { cellLabel, PAGE_SIZE, paginate } from './findings-detail';
import { F, SEVERITY_TEXT } from './labels';
import { UnitLink } from './unit-link';
import './findings.css';
import { TableScroll } from '../../ui/table-scroll';

interface Props {
  located: readonly LocatedFinding[];
  state: UrlState;
  update: UpdateUrlState;
  /** Hide the unit column (the unit profile lists one unit's findings). */
  hideUnit?: boolean;
}

/** Remount (change `key`) when the filters change, so paging starts again at page 1. */
export function FindingsList({ located, state, update, hideUnit = false }: Props) {
  const tr = useT();
  const [page, setPage] = useState(1);
  const current = paginate(located, page);
  if (located.length === 0) return <p className="state state-empty">{tr(F.none)}</p>;
  return (
    <div className="findings-list" data-findings-count={located.length}>
      <Pager current={current} setPage={setPage} />
      <TableScroll label={tr(F.listTitle)}>
        <table className="findings-table">
          <thead>
            <tr>
              <th scope="col">{tr(F.severity)}</th>
              <th scope="col">{tr(F.rule)}</th>
              {!hideUnit && <th scope="col">{tr(F.unit)}</th>}
              <th scope="col">{tr(F.year)}</th>
              <th scope="col">{tr(F.cells)}</th>
              <th scope="col" className="num">
                {tr(F.left)}
              </th>
              <th scope="col" className="num">
                {tr(F.right)}
              </th>
              <th scope="col" className="num">
                {tr(F.difference)}
              </th>
              <th scope="col">{tr(F.message)}</th>
            </tr>
          </thead>
          <tbody>
            {current.items.map((l, i) => (
              <FindingRow
                key={`${current.page}-${i}`}
                located={l}
                state={state}
                update={update}
                hideUnit={hideUnit}
              />
            ))}
          </tbody>
        </table>
      </TableScroll>
      {current.pages > 1 && <Pager current={current} setPage={setPage} />}
    </div>
  );
}

function FindingRow({
  located,
  state,
  update,
  hideUnit,
}: {
  located: LocatedFinding;
  state: UrlState;
  update: UpdateUrlState;
  hideUnit: boolean;
}) {
  const lang = useLang();
  const tr = useT();
  const f = located.finding;
  return (
    <tr data-finding={f.rule} data-unit={f.unit} data-year={f.year}>
      <td>
        <span className={`severity-badge severity-badge-${f.severity}`}>
          {tr(SEVERITY_TEXT[f.severity])}
        </span>
      </td>
      <td className="finding-rule">
        <code>{f.rule}</code>
        <span className="rule-explanation">{RULES[f.rule][lang]}</span>
      </td>
      {!hideUnit && (
        <td className="finding-unit">
          <UnitLink state={state} update={update} unitKey={located.unitKey} year={f.year}>
            {f.unit}
          </UnitLink>
        </td>
      )}
      <td className="num">{f.year}</td>
      <td className="finding-cells">
        <CellNames finding={f} />
      </td>
      <td className="num" data-side="left">
        {formatCount(f.left)}
      </td>
      <td className="num" data-side="right">
        {formatCount(f.right)}
      </td>
      <td className="num" data-side="difference">
        {f.difference === null ? MISSING : formatCount(f.difference)}
      </td>
      <td className="finding-message">{f.message[lang]}</td>
    </tr>
  );
}

const MAX_CELLS = 6;

function CellNames({ finding }: { finding: Finding }) {
  const lang = useLang();
  const names = finding.cells.map((c) => cellLabel(c, finding, lang));
  const more = names.length - MAX_CELLS;
  return (
    <ul className="cell-names" title={names.join('\n')}>
      {names.slice(0, MAX_CELLS).map((n, i) => (
        <li key={`${i}-${n}`}>{n}</li>
      ))}
      {more > 0 && (
        <li className="more">
          {lang === 'zh' ? `等 ${names.length} 个` : `${names.length} in all`}
        </li>
      )}
    </ul>
  );
}

function Pager({
  current,
  setPage,
}: {
  current: { page: number; pages: number; total: number; items: unknown[] };
  setPage: (n: number) => void;
}) {
  const tr = useT();
  const first = (current.page - 1) * PAGE_SIZE + 1;
  const last = first + current.items.length - 1;
  return (
    <div className="pager" role="group" aria-label={tr(F.page)}>
      <span className="pager-count" data-page={current.page} data-pages={current.pages}>
        {formatCount(current.total)} {tr(F.shown)} {formatCount(first)}–{formatCount(last)}
      </span>
      {current.pages > 1 && (
        <>
          <button
            type="button"
            disabled={current.page <= 1}
            onClick={() => setPage(current.page - 1)}
            data-pager="prev"
          >
            {tr(F.prev)}
          </button>
          <span>
            {current.page} / {current.pages}
          </span>
          <button
            type="button"
            disabled={current.page >= current.pages}
            onClick={() => setPage(current.page + 1)}
            data-pager="next"
          >
            {tr(F.next)}
          </button>
        </>
      )}
    </div>
  );
}
