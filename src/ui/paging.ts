// Long tables at province scale: a table of a few hundred rows is shown whole; a longer one a
// page at a time (thousands of rows would be tens of thousands of DOM nodes), with a filter
// on the row's name to find one row among thousands. The data behind it (CSV) keeps every row.

/** Tables up to this many rows are shown whole. */
export const WHOLE_UP_TO = 200;
/** Rows on a page of a longer table. */
export const PAGE_ROWS = 100;

export interface RowPage<T> {
  rows: T[];
  /** 1-based, clamped to the pages there are. */
  page: number;
  pages: number;
  /** Rows in the (filtered) list. */
  total: number;
  /** 0-based index of the first row shown in the (filtered) list. */
  offset: number;
}

export function needsPaging(count: number): boolean {
  return count > WHOLE_UP_TO;
}

/** One page of `list`; every row when the list is short enough to be shown whole. */
export function rowPage<T>(list: readonly T[], page: number, size = PAGE_ROWS): RowPage<T> {
  if (!needsPaging(list.length))
    return { rows: [...list], page: 1, pages: 1, total: list.length, offset: 0 };
  const pages = Math.max(1, Math.ceil(list.length / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const offset = (current - 1) * size;
  return {
    rows: list.slice(offset, offset + size),
    page: current,
    pages,
    total: list.length,
    offset,
  };
}

/** The rows whose name contains `query` (trimmed, any case); all rows for an empty query. */
export function filterRows<T>(
  list: readonly T[],
  query: string,
  nameOf: (row: T) => string,
): readonly T[] {
  const q = query.trim().toLowerCase();
  if (!q) return list;
  return list.filter((row) => nameOf(row).toLowerCase().includes(q));
}
