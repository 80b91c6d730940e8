// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../src/domain/report';
import type { DatasetState } from '../../src/queries/use-dataset';
import { LangProvider } from '../../src/state/lang';
import { DEFAULT_STATE, type UrlState } from '../../src/state/url-state';
import { CompareView } from '../../src/views/compare/compare-view';
import { CompareHeadline } from '../../src/views/compare/headline';
import { makeReport } from '../fixtures/reports';

afterEach(cleanup);

const HOSTILE = '<img src=x onerror=alert(1)>';

function dataset(reports: Report[], over: Partial<DatasetState> = {}): DatasetState {
  const years = [...new Set(reports.map((r) => r.year))].sort();
  return {
    status: 'success',
    errors: [],
    manifest: null,
    entry: null,
    files: [],
    reports,
    years,
    check: null,
    ...over,
  };
}

function renderView(
  reports: Report[],
  state: Partial<UrlState> = {},
  over: Partial<DatasetState> = {},
) {
  const update = vi.fn();
  render(
    <LangProvider lang={state.lang ?? 'zh'}>
      <CompareView
        dataset={dataset(reports, over)}
        state={{ ...DEFAULT_STATE, view: 'compare', ...state }}
        update={update}
        lang={state.lang ?? 'zh'}
      />
    </LangProvider>,
  );
  return update;
}

const REPORTS = [
  makeReport({ unit: '甲', year: 2022, cells: { 'requests.new.total': 0 } }),
  makeReport({ unit: '甲', year: 2023, cells: { 'requests.new.total': 12 } }),
  makeReport({ unit: HOSTILE, year: 2023, cells: { 'requests.new.total': null } }),
];

describe('compare view', () => {
  it('shows every panel pending while the dataset loads', () => {
    renderView([], {}, { status: 'pending' });
    for (const id of ['compare-ranking', 'compare-heatmap', 'compare-years']) {
      expect(document.querySelector(`[data-panel="${id}"]`)!.getAttribute('data-status')).toBe(
        'pending',
      );
    }
  });

  it('lists a unit without the figure under 未报告/无法计算 with the reason, as text', () => {
    renderView(REPORTS);
    const list = document.querySelector('[data-unranked]')!;
    expect(list.getAttribute('data-unranked')).toBe('1');
    expect(list.textContent).toContain(HOSTILE);
    expect(list.textContent).toContain('未报告该项');
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('[data-ranked]')!.getAttribute('data-ranked')).toBe('1');
  });

  it("the ranking's data table opens from its toggle: the bars, then the unranked as text", async () => {
    renderView(REPORTS);
    const figure = document.querySelector('[data-figure="compare-ranking"]')!;
    const toggle = figure.querySelector<HTMLButtonElement>('[data-toggle-table]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    // The data table's code loads when a table is first opened.
    await waitFor(() => expect(figure.querySelector('[data-figure-table]')).not.toBeNull());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const table = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(table.querySelector('caption')!.textContent).toBe(
      '数据表：单位排名 · 本年新收申请 2023',
    );
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent),
    );
    expect(rows).toEqual([
      ['1', '甲', '12', ''],
      ['—', HOSTILE, '—', '未报告该项'],
    ]);
    expect(document.querySelector('img')).toBeNull();
    expect(figure.querySelector('[data-caption]')!.textContent).toContain('定义：本年新收-总计');
  });

  it("the heatmap's data table has a row per unit and — for a blank cell", async () => {
    renderView(REPORTS);
    const figure = document.querySelector('[data-figure="compare-heatmap"]')!;
    fireEvent.click(figure.querySelector('[data-toggle-table]')!);
    // The data table's code loads when a table is first opened.
    await waitFor(() => expect(figure.querySelector('[data-figure-table]')).not.toBeNull());
    const head = [...figure.querySelectorAll('thead th')].map((c) => c.textContent);
    expect(head).toEqual(['单位', '2022', '2023']);
    const rows = [...figure.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent),
    );
    expect(rows).toContainEqual([HOSTILE, '—', '—']);
    expect(rows).toContainEqual(['甲', '0', '12']);
  });

  it('changing the indicator select writes it to the URL state', () => {
    const update = renderView(REPORTS);
    fireEvent.change(document.querySelector('[data-control="indicator"]')!, {
      target: { value: 'completionRate' },
    });
    expect(update).toHaveBeenCalledWith({ indicator: 'completionRate' });
  });

  it('the year table shows both years, the change, and — for a relative change from 0', () => {
    const update = renderView(REPORTS);
    const row = document.querySelector('[data-row="requestsNew"]') as HTMLElement;
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual(['0', '12', '+12', '—', '1/1 → 1/2']);
    fireEvent.change(document.querySelector('[data-control="yearA"]')!, {
      target: { value: '2023' },
    });
    expect(update).toHaveBeenCalledWith({ yearA: 2023 });
  });

  it('the year table is empty, saying why, with a single year', () => {
    renderView([makeReport({ year: 2023 })]);
    const panel = document.querySelector('[data-panel="compare-years"]')!;
    expect(panel.getAttribute('data-status')).toBe('empty');
    expect(panel.textContent).toContain('需要至少两个年度');
  });

  it('speaks English with lang=en', () => {
    renderView(REPORTS, { lang: 'en' });
    expect(screen.getByText('Year versus year')).toBeTruthy();
    expect(screen.getByText('Units × years · New requests')).toBeTruthy();
  });

  it('the headline is one panel with the ranking chart', () => {
    render(
      <CompareHeadline
        dataset={dataset(REPORTS)}
        state={DEFAULT_STATE}
        update={vi.fn()}
        lang="zh"
      />,
    );
    expect(document.querySelectorAll('[data-panel]')).toHaveLength(1);
    expect(document.querySelector('[data-chart="compare-ranking"]')).not.toBeNull();
  });

  it('opens a province-sized ranking on its top 10 and names a unit found by search with its rank', async () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      makeReport({
        unit: `测试单位${String(i + 1).padStart(3, '0')}`,
        year: 2023,
        cells: { 'requests.new.total': i % 100 === 99 ? null : i + 1 },
      }),
    );
    renderView(many);
    const window = document.querySelector<HTMLSelectElement>('[data-control="window"]')!;
    expect(window.value).toBe('top');
    const ranking = document.querySelector('[data-figure="compare-ranking"]')!;
    fireEvent.click(ranking.querySelector('[data-toggle-table]')!);
    // The data table's code loads when a table is first opened.
    await waitFor(() => expect(ranking.querySelector('[data-figure-table]')).not.toBeNull());
    const ranked = document.querySelectorAll('[data-figure="compare-ranking"] tbody tr');
    // The top 10, then the three units that reported none.
    expect(ranked).toHaveLength(13);
    fireEvent.change(document.querySelector('[data-control="search"]')!, {
      target: { value: '测试单位150' },
    });
    // 150 new requests: above it the units with 151–300, less the two that reported none.
    expect(document.querySelector('[data-found]')!.textContent).toBe(
      '找到 1 个单位：测试单位150 第149 / 297',
    );
    fireEvent.change(document.querySelector('[data-control="search"]')!, {
      target: { value: '测试单位200' },
    });
    expect(document.querySelector('[data-found]')!.textContent).toBe(
      '找到 1 个单位：测试单位200（未报告/无法计算）',
    );
    const unranked = document.querySelector('[data-unranked]')!;
    expect(unranked.querySelectorAll('li')).toHaveLength(3);
  });
});
