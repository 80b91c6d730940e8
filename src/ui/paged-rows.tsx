// A long table's rows a page at a time (paging.ts): above the table, a filter on the row names,
// where the shown rows are in the list, and first / previous / next / last page. A table short
// enough to be shown whole gets no controls at all. The page goes back to 1 when the rows or the
// filter change.
import { useId, useState, type ReactNode } from 'react';
import { useLang } from '../state/lang';
import { filterRows, needsPaging, rowPage } from './paging';
import './paging.css';

const P = {
  filter: { zh: '查找', en: 'Find' },
  filterHint: { zh: '输入名称的一部分', en: 'part of a name' },
  rows: { zh: '行', en: 'rows' },
  of: { zh: '共', en: 'of' },
  none: { zh: '没有名称含此文字的行', en: 'No row has this in its name' },
  first: { zh: '首页', en: 'First' },
  prev: { zh: '上一页', en: 'Previous' },
  next: { zh: '下一页', en: 'Next' },
  last: { zh: '末页', en: 'Last' },
  pages: { zh: '分页', en: 'Pages' },
};

interface Props<T> {
  rows: readonly T[];
  /** The name a row is found by (its first column). */
  nameOf: (row: T) => string;
  /** What the table is, for the controls' accessible names. */
  label: string;
  children: (shown: readonly T[], offset: number) => ReactNode;
}

export function PagedRows<T>({ rows, nameOf, label, children }: Props<T>) {
  const lang = useLang();
  const id = useId();
  const [query, setQuery] = useState('');
  const [at, setAt] = useState<{ page: number; rows: readonly T[]; query: string }>({
    page: 1,
    rows,
    query,
  });
  if (!needsPaging(rows.length)) return <>{children(rows, 0)}</>;
  const matching = filterRows(rows, query, nameOf);
  const page = rowPage(matching, at.rows === rows && at.query === query ? at.page : 1);
  const go = (n: number) => setAt({ page: n, rows, query });
  const count = (n: number) => n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US');
  const span =
    page.total === 0
      ? P.none[lang]
      : lang === 'zh'
        ? `第 ${count(page.offset + 1)}–${count(page.offset + page.rows.length)} 行，共 ${count(page.total)} 行`
        : `Rows ${count(page.offset + 1)}–${count(page.offset + page.rows.length)} of ${count(page.total)}`;
  return (
    <div className="paged-rows" data-paged-rows={rows.length}>
      <div className="row-pager" role="group" aria-label={`${label} · ${P.pages[lang]}`}>
        <label className="row-pager-find">
          {P.filter[lang]}
          <input
            type="search"
            id={`${id}-find`}
            value={query}
            placeholder={P.filterHint[lang]}
            onChange={(e) => setQuery(e.target.value)}
            data-row-filter
          />
        </label>
        <span
          className="row-pager-count"
          role="status"
          data-page={page.page}
          data-pages={page.pages}
          data-total={page.total}
        >
          {span}
        </span>
        <button type="button" disabled={page.page <= 1} onClick={() => go(1)} data-pager="first">
          {P.first[lang]}
        </button>
        <button
          type="button"
          disabled={page.page <= 1}
          onClick={() => go(page.page - 1)}
          data-pager="prev"
        >
          {P.prev[lang]}
        </button>
        <span className="row-pager-pages">
          {page.page} / {page.pages}
        </span>
        <button
          type="button"
          disabled={page.page >= page.pages}
          onClick={() => go(page.page + 1)}
          data-pager="next"
        >
          {P.next[lang]}
        </button>
        <button
          type="button"
          disabled={page.page >= page.pages}
          onClick={() => go(page.pages)}
          data-pager="last"
        >
          {P.last[lang]}
        </button>
      </div>
      {children(page.rows, page.offset)}
    </div>
  );
}
