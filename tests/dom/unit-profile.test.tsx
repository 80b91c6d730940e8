// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkReports } from '../../src/domain/checks';
import type { Report } from '../../src/domain/report';
import type { DatasetState } from '../../src/queries/use-dataset';
import { DEFAULT_STATE, type UrlState } from '../../src/state/url-state';
import { UnitProfileView } from '../../src/views/unit-profile/unit-profile-view';
import { HONGZE_2023, makeReport, PINGTAN_2020 } from '../fixtures/reports';

afterEach(cleanup);

function dataset(reports: Report[]): DatasetState {
  return {
    status: 'success',
    errors: [],
    manifest: null,
    entry: null,
    files: [],
    reports,
    years: [...new Set(reports.map((r) => r.year))].sort(),
    check: checkReports(reports),
  };
}

function show(reports: Report[], patch: Partial<UrlState> = {}) {
  const update = vi.fn();
  const state = { ...DEFAULT_STATE, view: 'unit' as const, ...patch };
  render(<UnitProfileView dataset={dataset(reports)} state={state} update={update} lang="zh" />);
  return update;
}

const cell = (key: string) => document.querySelector(`[data-cell="${key}"]`) as HTMLElement;

describe('the unit profile', () => {
  it('without a unit offers a searchable picker', () => {
    show([HONGZE_2023, makeReport({ unit: '示范区管委会办公室' })]);
    expect(screen.getAllByRole('link')).toHaveLength(2);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '示范' } });
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['示范区管委会办公室']);
  });

  it('marks the table-4 cells named by findings, with the message as title', () => {
    show([HONGZE_2023], { unit: '淮安市洪泽区人民政府' });
    expect(cell('review.total').getAttribute('data-flagged')).toBe('error');
    expect(cell('review.total').className).toContain('cell-flagged');
    expect(cell('review.total').title).toContain('T4-SUM');
    expect(cell('review.maintained').textContent).toBe('10');
    expect(cell('litigationDirect.total').getAttribute('data-flagged')).toBeNull();
    expect(document.querySelector('[data-single-other-note]')).toBeTruthy();
  });

  it('shows a blank as — (not 0) and the 2019 layout of table 2 for a 2019-template year', () => {
    const pingtan = { ...PINGTAN_2020, unit: '平潭综合实验区' };
    pingtan.requests = { ...pingtan.requests, new: { ...pingtan.requests.new, research: null } };
    show([pingtan], { unit: '平潭综合实验区' });
    expect(document.querySelector('[data-table="2"]')!.getAttribute('data-format')).toBe('2019');
    expect(screen.getByText('政府集中采购')).toBeTruthy();
    expect(cell('requests.new.research').textContent).toBe('—');
    expect(cell('requests.new.research').className).toContain('cell-blank');
  });

  it('switches year through the URL and links the source only when it is http(s)', () => {
    const a = makeReport({ unit: 'U', year: 2022 });
    const b = makeReport({ unit: 'U', year: 2023 });
    b.source.url = 'https://example.gov.cn/report.html';
    a.source.url = 'javascript:alert(1)';
    const update = show([a, b], { unit: 'U' });
    const link = screen.getByRole('link', { name: '原文链接' });
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
    fireEvent.change(screen.getByRole('combobox', { name: '年度' }), { target: { value: '2022' } });
    expect(update).toHaveBeenCalledWith({ year: 2022 });
    cleanup();
    show([a, b], { unit: 'U', year: 2022 });
    expect(screen.queryByRole('link', { name: '原文链接' })).toBeNull();
    expect(screen.getByText('javascript:alert(1)')).toBeTruthy();
  });

  it('shows the narrative figures, an approximate one with +', () => {
    const r = makeReport({ unit: 'U' });
    r.narrative.publishedItems = 2000;
    r.narrative.approx = ['publishedItems'];
    r.narrative.lettersReceived = 274;
    r.narrative.lettersCompletionRate = 100;
    show([r], { unit: 'U' });
    const fig = (k: string) => document.querySelector(`[data-narrative="${k}"] dd`)!.textContent;
    expect(fig('publishedItems')).toBe('2,000+');
    expect(fig('lettersReceived')).toBe('274');
    expect(fig('lettersCompletionRate')).toBe('100%');
  });

  it('cites the indicator chart: the unit’s name in the caption as text, the table behind it', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const a = makeReport({ unit: hostile, year: 2022 });
    a.source.published = '2023-01-20';
    const b = makeReport({ unit: hostile, year: 2023, cells: { 'requests.new.total': null } });
    b.source.published = '2024-01-31';
    show([a, b], { unit: hostile, indicator: 'requestsNew' });
    const figure = document.querySelector('[data-figure="unit-trend"]')!;
    const caption = figure.querySelector('[data-caption]')!;
    expect(caption.textContent).toContain(`单位：${hostile}`);
    expect(caption.textContent).toContain('定义：本年新收-总计');
    expect(caption.textContent).toContain('年度：2022–2023');
    expect(caption.textContent).toContain('数据截至：2024年1月31日');
    expect(document.querySelector('img')).toBeNull();
    const toggle = figure.querySelector('[data-toggle-table]') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    // The data table's code loads when a table is first opened.
    await waitFor(() => expect(figure.querySelector('[data-figure-table]')).not.toBeNull());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const rows = [...figure.querySelectorAll('[data-figure-table] tbody tr')].map((tr) =>
      [...tr.children].slice(0, 2).map((c) => c.textContent),
    );
    expect(rows).toEqual([
      ['2022', '16'],
      ['2023', '—'],
    ]);
  });
});
