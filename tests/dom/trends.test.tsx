// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DatasetState } from '../../src/queries/use-dataset';
import { LangProvider } from '../../src/state/lang';
import { DEFAULT_STATE, type UrlState } from '../../src/state/url-state';
import { TrendsHeadline } from '../../src/views/trends/headline';
import { TrendsView } from '../../src/views/trends/trends-view';
import { HONGZE_2023, PINGTAN_2020, PINGTAN_2021_2025 } from '../fixtures/reports';

afterEach(cleanup);

const REPORTS = [PINGTAN_2020, ...PINGTAN_2021_2025, HONGZE_2023];

function dataset(over: Partial<DatasetState> = {}): DatasetState {
  return {
    status: 'success',
    errors: [],
    manifest: null,
    entry: null,
    files: [],
    reports: REPORTS,
    years: [2020, 2021, 2022, 2023, 2024, 2025],
    check: null,
    ...over,
  };
}

function renderView(state: Partial<UrlState> = {}, ds = dataset()) {
  const update = vi.fn();
  const full = { ...DEFAULT_STATE, view: 'trends' as const, ...state };
  render(
    <LangProvider lang={full.lang}>
      <TrendsView dataset={ds} state={full} update={update} lang={full.lang} />
    </LangProvider>,
  );
  return update;
}

const charts = () =>
  [...document.querySelectorAll('[data-chart]')].map((e) => e.getAttribute('data-chart'));

describe('trends view', () => {
  it('pending: every panel says it is loading and draws no chart', () => {
    renderView({}, dataset({ status: 'pending', reports: [] }));
    const statuses = [...document.querySelectorAll('[data-panel]')].map((p) =>
      p.getAttribute('data-status'),
    );
    expect(statuses.length).toBeGreaterThan(2);
    expect(statuses.every((s) => s === 'pending')).toBe(true);
    expect(charts()).toEqual([]);
  });

  it('draws one chart per chosen indicator plus the appeal results', () => {
    renderView({ indicators: ['requestsNew', 'publishedItems'] });
    expect(charts()).toEqual(['trends-requestsNew', 'trends-publishedItems', 'trends-appeals']);
  });

  it('ticking an indicator puts it in the URL state, in dictionary order', () => {
    const update = renderView();
    fireEvent.click(screen.getByLabelText('主动公开信息数'));
    expect(update).toHaveBeenCalledWith({
      indicators: ['requestsNew', 'completionRate', 'publishedItems'],
    });
  });

  it('never unticks the last indicator', () => {
    const update = renderView({ indicators: ['requestsNew'] });
    fireEvent.click(document.querySelector('input[data-indicator="requestsNew"]')!);
    expect(update).not.toHaveBeenCalled();
  });

  it('the unit search narrows the list, and ticking a unit selects it', () => {
    const update = renderView();
    fireEvent.change(screen.getByPlaceholderText('搜索单位…'), { target: { value: '洪泽' } });
    const boxes = document.querySelectorAll('[data-control="units"] input[type="checkbox"]');
    expect(boxes.length).toBe(1);
    fireEvent.click(boxes[0]!);
    expect(update).toHaveBeenCalledWith({ units: ['淮安市洪泽区人民政府'] });
  });

  it('small multiples draw one chart per selected unit; switching layout updates the URL state', () => {
    const units = ['平潭综合实验区', '淮安市洪泽区人民政府'];
    const update = renderView({ units, layout: 'multiples', indicators: ['requestsNew'] });
    expect(document.querySelectorAll('[data-multiples="requestsNew"] [data-chart]').length).toBe(2);
    expect(screen.getAllByRole('button', { name: /移除/ }).length).toBe(2);
    fireEvent.click(screen.getByLabelText('叠加'));
    expect(update).toHaveBeenCalledWith({ layout: 'overlay' });
  });

  it("each small multiple is a figure captioned with its own unit, its table that unit's line", async () => {
    const units = ['平潭综合实验区', '淮安市洪泽区人民政府'];
    renderView({ units, layout: 'multiples', indicators: ['requestsNew'] });
    const figures = [...document.querySelectorAll('[data-multiples="requestsNew"] [data-figure]')];
    expect(figures.map((f) => f.querySelector('[data-caption]')!.textContent)).toEqual([
      expect.stringContaining('单位：平潭综合实验区'),
      expect.stringContaining('单位：淮安市洪泽区人民政府'),
    ]);
    fireEvent.click(figures[1]!.querySelector('[data-toggle-table]')!);
    // The data table's code loads when a table is first opened.
    await waitFor(() => expect(figures[1]!.querySelector('[data-figure-table]')).not.toBeNull());
    const head = [...figures[1]!.querySelectorAll('thead th')].map((c) => c.textContent);
    expect(head).toEqual(['年度', '淮安市洪泽区人民政府 · 本年新收申请']);
    const years = [...figures[1]!.querySelectorAll('tbody tr')].map((tr) => [
      tr.children[0]!.textContent,
      tr.children[1]!.textContent,
    ]);
    // 洪泽 reported 2023 only: the other years are gaps, shown —, never 0.
    expect(years.filter(([, v]) => v !== '—').map(([y]) => y)).toEqual(['2023']);
  });

  it('names the template change in words for 平潭 (2020 is a 2019-format report)', () => {
    renderView({ scope: { kind: 'unit', unit: '平潭综合实验区' } });
    const note = document.querySelector('[data-panel="trends-requestsNew"] [data-template-mark]');
    expect(note?.getAttribute('data-template-mark')).toBe('2020-2021');
    expect(note?.textContent).toContain('模板变更 2019→2021版');
  });

  it('speaks English when asked', () => {
    renderView({ lang: 'en' });
    expect(screen.getByText('Trend settings')).toBeTruthy();
    expect(screen.getByLabelText('Items published')).toBeTruthy();
  });

  it('the headline draws one panel with its chart for the overview', () => {
    render(<TrendsHeadline dataset={dataset()} state={DEFAULT_STATE} update={vi.fn()} lang="zh" />);
    expect(charts()).toEqual(['headline-trends-requestsNew']);
  });
});
