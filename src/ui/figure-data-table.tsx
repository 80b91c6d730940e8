// The data table behind a figure, as a reader opens it from the figure's toolbar (figure-table.tsx
// loads this module when it is first needed): a real <table> with its caption, numbers
// right-aligned, paged and filterable when long (PagedRows), scrollable when wide (TableScroll).
import type { FigureCaption, FigureTable } from './figure-model';
import { L, type Lang } from './labels';
import { PagedRows } from './paged-rows';
import { TableScroll } from './table-scroll';

export function FigureDataTable({
  id,
  table,
  caption,
}: {
  id: string;
  table: FigureTable;
  caption: FigureCaption;
}) {
  const lang = caption.lang;
  // A column holding numbers is right-aligned, its header too, so digits line up under it.
  const numeric = table.columns.map((_, i) => table.rows.some((r) => typeof r[i] === 'number'));
  return (
    <div className="figure-table" id={id} data-figure-table data-rows={table.rows.length}>
      <PagedRows rows={table.rows} nameOf={rowText} label={`${L.tableOf[lang]}${caption.title}`}>
        {(rows) => (
          <TableScroll label={`${L.tableOf[lang]}${caption.title}`}>
            <table>
              <caption>{`${L.tableOf[lang]}${caption.title}`}</caption>
              <thead>
                <tr>
                  {table.columns.map((c, i) => (
                    <th key={i} scope="col" className={i > 0 && numeric[i] ? 'num' : undefined}>
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((v, i) =>
                      i === 0 ? (
                        <th key={i} scope="row">
                          {cellText(v, lang)}
                        </th>
                      ) : (
                        <td key={i} className={numeric[i] ? 'num' : undefined}>
                          {cellText(v, lang)}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </PagedRows>
    </div>
  );
}

/** The words of a row (its text cells), by which the filter finds it: a unit, a year, a note. */
function rowText(row: FigureTable['rows'][number]): string {
  return row.filter((v): v is string => typeof v === 'string').join(' ');
}

function cellText(v: FigureTable['rows'][number][number], lang: Lang): string {
  if (v === null) return '—';
  if (typeof v === 'number')
    return v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 6 });
  return v;
}
