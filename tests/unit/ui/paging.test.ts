import { describe, expect, it } from 'vitest';
import { filterRows, needsPaging, PAGE_ROWS, rowPage, WHOLE_UP_TO } from '../../../src/ui/paging';

const list = (n: number) =>
  Array.from({ length: n }, (_, i) => `单位${String(i + 1).padStart(4, '0')}`);

describe('long tables a page at a time', () => {
  it('shows a table of a few hundred rows whole, with no pages', () => {
    const rows = list(WHOLE_UP_TO);
    expect(needsPaging(rows.length)).toBe(false);
    expect(rowPage(rows, 3)).toEqual({ rows, page: 1, pages: 1, total: WHOLE_UP_TO, offset: 0 });
  });

  it('splits 5,000 rows into pages of 100, each starting where the last ended', () => {
    const rows = list(5000);
    const first = rowPage(rows, 1);
    expect(first.rows).toHaveLength(PAGE_ROWS);
    expect(first.pages).toBe(50);
    expect(first.rows[0]).toBe('单位0001');
    const second = rowPage(rows, 2);
    expect(second.offset).toBe(100);
    expect(second.rows[0]).toBe('单位0101');
    const last = rowPage(rows, 50);
    expect(last.rows.at(-1)).toBe('单位5000');
  });

  it('keeps the page within the pages there are', () => {
    const rows = list(250);
    expect(rowPage(rows, 99).page).toBe(3);
    expect(rowPage(rows, 99).rows).toHaveLength(50);
    expect(rowPage(rows, 0).page).toBe(1);
    expect(rowPage(rows, Number.NaN).page).toBe(1);
  });

  it('finds rows by a part of their name, in any case', () => {
    const rows = ['Pingtan Zone', '平潭综合实验区', '焦作市'];
    expect(filterRows(rows, ' pingtan ', (r) => r)).toEqual(['Pingtan Zone']);
    expect(filterRows(rows, '平潭', (r) => r)).toEqual(['平潭综合实验区']);
    expect(filterRows(rows, '', (r) => r)).toBe(rows);
    expect(filterRows(rows, '上海', (r) => r)).toEqual([]);
  });
});
