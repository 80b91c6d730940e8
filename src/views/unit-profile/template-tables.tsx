// Tables 2, 3 and 4 of one report, laid out as the published template prints them (merged
// header and row-label cells included), so an evaluator can hold them against the report.
import type { Report } from '../../domain/report';
import { APPLICANT_COLUMNS, DISPUTE_COLUMNS, DISPUTE_GROUPS } from '../../domain/template';
import { useLang, useT } from '../../state/lang';
import { sectionText, U } from './labels';
import { printsOneOtherRow, table2Blocks, table3Lines } from './profile-model';
import { ValueCell as DefaultCell, type Flags } from './value-cell';
import { TableScroll } from '../../ui/table-scroll';

export type CellComponent = typeof DefaultCell;

interface TableProps {
  report: Report;
  flags: Flags;
  /** How a figure cell is drawn; the import preview passes an editable one. */
  cell?: CellComponent;
}

export function Table2({ report, flags, cell: ValueCell = DefaultCell }: TableProps) {
  const tr = useT();
  const lang = useLang();
  return (
    <TableScroll label={tr(U.table2)}>
      <table className="tpl tpl-2" data-table="2" data-format={report.format}>
        <caption className="sr-only">{tr(U.table2)}</caption>
        {table2Blocks(report.format).map((block, i) => (
          <tbody key={`${block.section}-${i}`}>
            <tr className="tpl-section">
              <th colSpan={4} scope="colgroup">
                {sectionText(block.section, lang)}
              </th>
            </tr>
            <tr className="tpl-head">
              <th scope="col">{tr(U.content)}</th>
              {block.columns.map((c, j) => (
                <th
                  key={c.zh}
                  scope="col"
                  colSpan={j === block.columns.length - 1 ? 4 - block.columns.length : 1}
                >
                  {tr(c)}
                </th>
              ))}
            </tr>
            {block.rows.map((row) => (
              <tr key={row.label.zh} data-row={row.label.zh}>
                <th scope="row">{tr(row.label)}</th>
                {row.keys.map((key, j) => (
                  <ValueCell
                    key={key}
                    report={report}
                    cellKey={key}
                    flags={flags}
                    colSpan={j === row.keys.length - 1 ? 4 - row.keys.length : undefined}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </TableScroll>
  );
}

export function Table3({ report, flags, cell: ValueCell = DefaultCell }: TableProps) {
  const tr = useT();
  const single = printsOneOtherRow(report);
  const legal = APPLICANT_COLUMNS.slice(1, 6);
  return (
    <TableScroll label={tr(U.table3)}>
      <table className="tpl tpl-3" data-table="3" data-single-other={single}>
        <caption className="sr-only">{tr(U.table3)}</caption>
        <thead>
          <tr>
            <th colSpan={3} rowSpan={3} className="tpl-corner">
              {tr(U.t3Corner)}
            </th>
            <th colSpan={7} scope="colgroup">
              {tr(U.applicants)}
            </th>
          </tr>
          <tr>
            <th rowSpan={2} scope="col">
              {tr(APPLICANT_COLUMNS[0])}
            </th>
            <th colSpan={5} scope="colgroup">
              {tr(U.legalPersons)}
            </th>
            <th rowSpan={2} scope="col">
              {tr(APPLICANT_COLUMNS[6])}
            </th>
          </tr>
          <tr>
            {legal.map((c) => (
              <th key={c.key} scope="col">
                {tr(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table3Lines(single).map((line) => (
            <tr key={line.row} data-row={line.row}>
              {line.labels.map((l) => (
                <th key={l.label.zh} scope="row" rowSpan={l.rowSpan} colSpan={l.colSpan}>
                  {tr(l.label)}
                </th>
              ))}
              {line.keys.map((key) => (
                <ValueCell key={key} report={report} cellKey={key} flags={flags} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {single && (
        <p className="panel-note" data-single-other-note>
          {tr(U.singleOther)}
        </p>
      )}
    </TableScroll>
  );
}

export function Table4({ report, flags, cell: ValueCell = DefaultCell }: TableProps) {
  const tr = useT();
  const [review, direct, after] = DISPUTE_GROUPS;
  const sub = (zh: string, en: string) => ({ zh: zh.split('-').pop()!, en });
  return (
    <TableScroll label={tr(U.table4)}>
      <table className="tpl tpl-4" data-table="4">
        <caption className="sr-only">{tr(U.table4)}</caption>
        <thead>
          <tr>
            <th colSpan={5} scope="colgroup">
              {tr(review)}
            </th>
            <th colSpan={10} scope="colgroup">
              {tr(U.litigation)}
            </th>
          </tr>
          <tr>
            {DISPUTE_COLUMNS.map((c) => (
              <th key={c.key} rowSpan={2} scope="col">
                {tr(c)}
              </th>
            ))}
            <th colSpan={5} scope="colgroup">
              {tr(sub(direct.zh, direct.en))}
            </th>
            <th colSpan={5} scope="colgroup">
              {tr(sub(after.zh, after.en))}
            </th>
          </tr>
          <tr>
            {[direct, after].flatMap((g) =>
              DISPUTE_COLUMNS.map((c) => (
                <th key={`${g.key}-${c.key}`} scope="col">
                  {tr(c)}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          <tr>
            {DISPUTE_GROUPS.flatMap((g) =>
              DISPUTE_COLUMNS.map((c) => (
                <ValueCell
                  key={`${g.key}.${c.key}`}
                  report={report}
                  cellKey={`${g.key}.${c.key}`}
                  flags={flags}
                />
              )),
            )}
          </tr>
        </tbody>
      </table>
    </TableScroll>
  );
}
