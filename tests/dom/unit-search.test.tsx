// @vitest-environment jsdom
// At province scale the filters find a unit by typing instead of listing thousands of options.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../src/domain/report';
import type { DatasetState } from '../../src/queries/use-dataset';
import { DEFAULT_STATE, type UrlState } from '../../src/state/url-state';
import { FilterBar } from '../../src/views/nav/filter-bar';
import { MANY_UNITS } from '../../src/views/nav/unit-search';
import { makeReport } from '../fixtures/reports';

afterEach(cleanup);

function reports(count: number): Report[] {
  return Array.from({ length: count }, (_, i) => {
    const r = makeReport({ unit: `单位${String(i).padStart(4, '0')}`, year: 2023 });
    r.region = `虚拟省/${i % 2 ? '甲市' : '乙市'}`;
    return r;
  });
}

function show(list: Report[], patch: Partial<UrlState> = {}) {
  const dataset: DatasetState = {
    status: 'success',
    errors: [],
    manifest: null,
    entry: null,
    files: [],
    reports: list,
    years: [2023],
    check: null,
  };
  const update = vi.fn();
  render(<FilterBar dataset={dataset} state={{ ...DEFAULT_STATE, ...patch }} update={update} />);
  return update;
}

const scopeOptions = () => document.querySelectorAll('select[data-filter="scope"] option');

describe('choosing a unit at province scale', () => {
  it('lists every unit in the scope select while they are few', () => {
    show(reports(12));
    expect(scopeOptions()).toHaveLength(1 + 3 + 12); // all, 3 regions, 12 units
    expect(document.querySelector('[data-unit-search]')).toBeNull();
  });

  it('finds a unit by typing when there are thousands, and scopes to it', () => {
    const update = show(reports(MANY_UNITS + 700));
    // all + the regions: no option per unit
    expect(scopeOptions()).toHaveLength(1 + 3);
    const box = screen.getByRole('searchbox', { name: '范围：查找单位' });
    fireEvent.change(box, { target: { value: '单位09' } });
    const matches = document.querySelectorAll('[data-unit-match]');
    expect(matches.length).toBe(20);
    expect(screen.getByText('仅显示前 20 个，请输入更多文字')).toBeTruthy();
    fireEvent.change(box, { target: { value: '单位0917' } });
    fireEvent.click(document.querySelector('[data-unit-match="单位0917"]')!);
    expect(update).toHaveBeenCalledWith({ scope: { kind: 'unit', unit: '单位0917' } });
    expect((box as HTMLInputElement).value).toBe('');
  });

  it('keeps the chosen unit in the select, says when nothing matches, and clears on Escape', () => {
    show(reports(MANY_UNITS + 1), { scope: { kind: 'unit', unit: '单位0005' } });
    const select = document.querySelector('select[data-filter="scope"]') as HTMLSelectElement;
    expect(select.value).toBe('unit:单位0005');
    const box = screen.getByRole('searchbox') as HTMLInputElement;
    fireEvent.change(box, { target: { value: '没有这个' } });
    expect(screen.getByText('没有匹配的单位')).toBeTruthy();
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.value).toBe('');
  });
});
