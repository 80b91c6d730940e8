// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkReports } from '../../src/domain/checks';
import type { Report } from '../../src/domain/report';
import type { DatasetState } from '../../src/queries/use-dataset';
import { LangProvider } from '../../src/state/lang';
import { DEFAULT_STATE, type UrlState } from '../../src/state/url-state';
import { QualityView } from '../../src/views/quality/quality-view';
import { HONGZE_2023, makeReport } from '../fixtures/reports';

afterEach(cleanup);

function dataset(reports: Report[], over: Partial<DatasetState> = {}): DatasetState {
  return {
    status: 'success',
    errors: [],
    manifest: null,
    entry: null,
    files: [],
    reports,
    years: [...new Set(reports.map((r) => r.year))].sort(),
    check: checkReports(reports),
    ...over,
  };
}

function show(data: DatasetState, patch: Partial<UrlState> = {}, lang: 'zh' | 'en' = 'zh') {
  const update = vi.fn();
  const state = { ...DEFAULT_STATE, view: 'quality' as const, lang, ...patch };
  render(
    <LangProvider lang={lang}>
      <QualityView dataset={data} state={state} update={update} lang={lang} />
    </LangProvider>,
  );
  return update;
}

const panel = (id: string) => document.querySelector(`[data-panel="${id}"]`) as HTMLElement;
const rows = () => [...panel('findings').querySelectorAll('tbody tr')] as HTMLElement[];

describe('the quality view', () => {
  it('says it is loading while the dataset loads', () => {
    show(dataset([], { status: 'pending', check: null }));
    expect(panel('findings').getAttribute('data-status')).toBe('pending');
  });

  it('lists the T4-SUM findings of 洪泽区 2023 with both sides, the difference and the cell names', () => {
    show(dataset([HONGZE_2023]), { rule: 'T4-SUM' });
    expect(rows()).toHaveLength(2);
    const first = rows()[0]!;
    expect(first.querySelector('[data-side="left"]')!.textContent).toBe('0');
    expect(first.querySelector('[data-side="right"]')!.textContent).toBe('11');
    expect(first.querySelector('[data-side="difference"]')!.textContent).toBe('-11');
    expect(first.textContent).toContain('行政复议 总计');
    expect(first.textContent).toContain('表四每一类的“总计”应等于');
    expect(within(first).getByText('错误')).toBeTruthy();
  });

  it('filtering by rule and severity writes the URL state', () => {
    const update = show(dataset([HONGZE_2023]));
    fireEvent.change(screen.getByRole('combobox', { name: '规则' }), {
      target: { value: 'T4-SUM' },
    });
    expect(update).toHaveBeenCalledWith({ rule: 'T4-SUM' });
    fireEvent.change(screen.getByRole('combobox', { name: '级别' }), {
      target: { value: 'error' },
    });
    expect(update).toHaveBeenCalledWith({ severity: 'error' });
    fireEvent.change(screen.getByRole('combobox', { name: '年度' }), { target: { value: '2023' } });
    expect(update).toHaveBeenCalledWith({ from: 2023, to: 2023 });
  });

  it('links a finding to its unit profile for that year', () => {
    const update = show(dataset([HONGZE_2023]), { rule: 'T4-SUM' });
    const link = within(rows()[0]!).getByRole('link', { name: '淮安市洪泽区人民政府' });
    expect(link.getAttribute('href')).toContain('view=unit');
    fireEvent.click(link);
    expect(update).toHaveBeenCalledWith({ view: 'unit', unit: '淮安市洪泽区人民政府', year: 2023 });
  });

  it('shows 50 findings a page and pages on', () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      makeReport({ unit: `单位${i}`, year: 2023, cells: { 'review.total': 99 } }),
    );
    show(dataset(many), { rule: 'T4-SUM' });
    expect(rows()).toHaveLength(50);
    fireEvent.click(screen.getAllByRole('button', { name: '下一页' })[0]!);
    expect(rows()).toHaveLength(10);
  });

  it('pages the per-unit summary and the unit list too, 100 units at a time', () => {
    const many = Array.from({ length: 210 }, (_, i) =>
      makeReport({ unit: `单位${i}`, year: 2023, cells: { 'review.total': 99 } }),
    );
    show(dataset(many));
    for (const id of ['unit-summary', 'units']) {
      expect(panel(id).querySelectorAll('tbody tr')).toHaveLength(100);
      fireEvent.click(panel(id).querySelector('[data-pager="last"]')!);
      expect(panel(id).querySelectorAll('tbody tr')).toHaveLength(10);
    }
  });

  it('summarises per unit and counts sets that cannot be checked', () => {
    const blank = makeReport({ unit: '单位空', cells: { 'requests.new.natural': null } });
    show(dataset([HONGZE_2023, blank]));
    const summary = panel('unit-summary');
    const first = summary.querySelector('tbody tr')!;
    expect(first.getAttribute('data-summary-unit')).toBe('淮安市洪泽区人民政府');
    expect(first.querySelector('[data-count="error"]')!.textContent).toBe('2');
    expect(panel('not-checkable').querySelector('[data-not-checkable="T3-ROW"]')).toBeTruthy();
  });

  it('shows a hostile unit name as text and speaks English when asked', () => {
    const hostile = makeReport({
      unit: '<img src=x onerror=alert(1)>',
      cells: { 'review.total': 9 },
    });
    show(dataset([hostile]), { rule: 'T4-SUM' }, 'en');
    expect(
      screen.getAllByRole('link', { name: '<img src=x onerror=alert(1)>' }).length,
    ).toBeGreaterThan(0);
    expect(document.querySelector('img')).toBeNull();
    expect(panel('findings').textContent).toContain('Left side');
    expect(panel('findings').textContent).toContain('Administrative review: Total');
  });
});
