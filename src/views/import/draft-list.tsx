// Many drafts at once (a dataset file): one line per report — file, unit, year, region, level,
// counts of error and warning findings, all findings and parser warnings, the box to leave it
// out — 50 to a page, those with errors first (or only those), and a button that opens one
// report in the full editable preview below the list. Rendering stays small at any count.
import { useMemo, useState } from 'react';
import { formatCount } from '../../charts/format';
import { LEVEL_LABELS } from '../../domain/meta';
import { useT } from '../../state/lang';
import { TableScroll } from '../../ui/table-scroll';
import { paginate } from '../findings/findings-detail';
import '../findings/findings.css';
import { draftRows, draftTotals, type DraftFilter, type DraftRow } from './draft-rows';
import type { Draft } from './drafts';
import { L, listSummary, pageText } from './labels';

export const LIST_PAGE = 50;

interface Props {
  drafts: readonly Draft[];
  openId: string | null;
  onOpen: (id: string | null) => void;
  onDrop: (ids: readonly string[], dropped: boolean) => void;
}

export function DraftList({ drafts, openId, onOpen, onDrop }: Props) {
  const tr = useT();
  const [filter, setFilter] = useState<DraftFilter>('all');
  const [page, setPage] = useState(1);
  const rows = useMemo(() => draftRows(drafts, filter), [drafts, filter]);
  const totals = useMemo(() => draftTotals(drafts), [drafts]);
  const current = paginate(rows, page, LIST_PAGE);
  const withErrors = () => draftRows(drafts, 'errors').map((r) => r.draft.id);
  return (
    <section className="draft-list" data-draft-list={drafts.length}>
      <p className="draft-list-summary" data-with-errors={totals.withErrors}>
        {tr(listSummary(drafts.length, totals.withErrors, totals.dropped))}
      </p>
      <div className="draft-list-controls">
        <label>
          <input
            type="checkbox"
            data-filter-errors
            checked={filter === 'errors'}
            onChange={(e) => {
              setFilter(e.target.checked ? 'errors' : 'all');
              setPage(1);
            }}
          />
          {tr(L.onlyErrors)}
        </label>
        <button
          type="button"
          data-drop-errors
          disabled={totals.withErrors === 0}
          onClick={() => onDrop(withErrors(), true)}
        >
          {tr(L.dropErrors)}
        </button>
        <button
          type="button"
          data-keep-all
          disabled={totals.dropped === 0}
          onClick={() =>
            onDrop(
              drafts.map((d) => d.id),
              false,
            )
          }
        >
          {tr(L.keepAll)}
        </button>
      </div>
      <Pager page={current.page} pages={current.pages} setPage={setPage} />
      <TableScroll label={tr(L.listTable)}>
        <table className="draft-table">
          <thead>
            <tr>
              <th scope="col">{tr(L.file)}</th>
              <th scope="col">{tr(L.unit)}</th>
              <th scope="col" className="num">
                {tr(L.year)}
              </th>
              <th scope="col">{tr(L.region)}</th>
              <th scope="col">{tr(L.level)}</th>
              <th scope="col" className="num">
                {tr(L.errors)}
              </th>
              <th scope="col" className="num">
                {tr(L.warningCount)}
              </th>
              <th scope="col" className="num">
                {tr(L.findings)}
              </th>
              <th scope="col" className="num">
                {tr(L.warnings)}
              </th>
              <th scope="col">
                <span className="sr-only">{tr(L.openDraft)}</span>
              </th>
              <th scope="col">{tr(L.leaveOut)}</th>
            </tr>
          </thead>
          <tbody>
            {current.items.map((row) => (
              <Row
                key={row.draft.id}
                row={row}
                open={row.draft.id === openId}
                onOpen={onOpen}
                onDrop={onDrop}
              />
            ))}
          </tbody>
        </table>
      </TableScroll>
      {current.total === 0 && <p className="panel-note">{tr(L.noErrors)}</p>}
      <Pager page={current.page} pages={current.pages} setPage={setPage} />
    </section>
  );
}

function Row({
  row,
  open,
  onOpen,
  onDrop,
}: {
  row: DraftRow;
  open: boolean;
  onOpen: Props['onOpen'];
  onDrop: Props['onDrop'];
}) {
  const tr = useT();
  const { draft } = row;
  const { report } = draft;
  const classes = [draft.dropped ? 'dropped' : '', open ? 'open' : ''].filter(Boolean).join(' ');
  return (
    <tr
      className={classes || undefined}
      data-draft-row={draft.id}
      data-errors={row.errors}
      aria-current={open || undefined}
    >
      <td className="file-name">{draft.file}</td>
      <th scope="row">{report.unit}</th>
      <td className="num">{Number.isNaN(report.year) ? '' : report.year}</td>
      <td>{report.region ?? ''}</td>
      <td>{report.level ? tr(LEVEL_LABELS[report.level]) : ''}</td>
      <td className={row.errors > 0 ? 'num severity-error' : 'num'}>{formatCount(row.errors)}</td>
      <td className="num">{formatCount(row.warnings)}</td>
      <td className="num">{formatCount(row.findings)}</td>
      <td className="num">{formatCount(row.notes)}</td>
      <td>
        <button
          type="button"
          data-open-draft={draft.id}
          aria-expanded={open}
          onClick={() => onOpen(open ? null : draft.id)}
        >
          {tr(open ? L.close : L.openDraft)}
        </button>
      </td>
      <td>
        <label className="import-drop">
          <input
            type="checkbox"
            data-drop-draft={draft.id}
            checked={draft.dropped}
            onChange={(e) => onDrop([draft.id], e.target.checked)}
          />
          <span className="sr-only">{tr(L.drop1)}</span>
        </label>
      </td>
    </tr>
  );
}

function Pager({
  page,
  pages,
  setPage,
}: {
  page: number;
  pages: number;
  setPage: (n: number) => void;
}) {
  const tr = useT();
  if (pages <= 1) return null;
  return (
    <div className="pager" role="group" aria-label={tr(L.pages)}>
      <button
        type="button"
        disabled={page <= 1}
        onClick={() => setPage(page - 1)}
        data-pager="prev"
      >
        {tr(L.prev)}
      </button>
      <span data-page={page} data-pages={pages}>
        {tr(pageText(page, pages))}
      </span>
      <button
        type="button"
        disabled={page >= pages}
        onClick={() => setPage(page + 1)}
        data-pager="next"
      >
        {tr(L.next)}
      </button>
    </div>
  );
}
