// @vitest-environment jsdom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../src/domain/report';
import type { DatasetState } from '../../src/queries/use-dataset';
import { DEFAULT_STATE, type UrlState } from '../../src/state/url-state';
import { RequestsHeadline } from '../../src/views/requests/headline';
import { RequestsView } from '../../src/views/requests/requests-view';
import { makeReport, PINGTAN_2020, SHUYANG_DRC_2023 } from '../fixtures/reports';

afterEach(cleanup);

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
    <RequestsView
      dataset={dataset(reports, over)}
      state={{ ...DEFAULT_STATE, view: 'requests', ...state }}
      update={update}
      lang="zh"
    />,
  );
  return update;
}

const q = (s: string) => document.querySelector(s);
const PINGTAN = { kind: 'unit', unit: '平潭综合实验区' } as const;
const REPORTS = [
  PINGTAN_2020,
  makeReport({ unit: '甲', year: 2020 }),
  makeReport({ unit: '甲', year: 2021 }),
];

describe('requests view', () => {
  it('shows its panels pending while the dataset loads', () => {
    renderView([], {}, { status: 'pending' });
    for (const id of ['requests-pipeline', 'requests-outcomes', 'requests-applicants']) {
      expect(q(`[data-panel="${id}"]`)!.getAttribute('data-status')).toBe('pending');
    }
  });

  it('notes that 平潭 2020 does not balance, with both sides', () => {
    renderView(REPORTS, { scope: PINGTAN, year: 2020 });
    const note = q('[data-imbalances]')!;
    expect(note.textContent).toContain('平潭综合实验区 2020 · T3-HANDLED');
    expect(note.textContent).toContain('27 ≠ 21');
    expect(q('[data-selection]')!.getAttribute('data-selection')).toBe('single:2020');
  });

  it('says the figures balance when they do', () => {
    renderView(REPORTS, { scope: { kind: 'unit', unit: '甲' }, year: 2020 });
    expect(q('[data-imbalances]')).toBeNull();
    expect(q('.balance-ok')).not.toBeNull();
  });

  it('the 区间 toggle sets from/to, 单年 clears them; a range covers every year in it', () => {
    const update = renderView(REPORTS);
    fireEvent.click(q('[data-mode="range"]')!);
    expect(update).toHaveBeenCalledWith({ from: 2020, to: 2021 });
    cleanup();
    const again = renderView(REPORTS, { from: 2020, to: 2021 });
    expect(q('[data-selection]')!.getAttribute('data-selection')).toBe('range:2020–2021');
    expect(q('[data-mode="range"]')!.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(q('[data-mode="single"]')!);
    expect(again).toHaveBeenCalledWith({ from: null, to: null });
  });

  it('clicking 不予公开 drills down; with outcome=denied its 8 reasons are listed', () => {
    const update = renderView(REPORTS);
    fireEvent.click(q('[data-outcome="denied"]')!);
    expect(update).toHaveBeenCalledWith({ outcome: 'denied' });
    cleanup();
    renderView(REPORTS, { outcome: 'denied' });
    expect(q('[data-reasons="denied"]')!.getAttribute('data-reason-count')).toBe('8');
    expect(q('[data-chart="requests-reasons"]')).not.toBeNull();
  });

  it('says (六) printed as one row cannot be split', () => {
    renderView(REPORTS, { scope: PINGTAN, year: 2020, outcome: 'otherHandling' });
    const note = q('[data-single-row]')!;
    expect(note.textContent).toContain('单行');
    expect(note.textContent).toContain('平潭综合实验区 2020');
  });

  it('lists blank applicant columns as not reported (沭阳 2023)', () => {
    renderView([SHUYANG_DRC_2023]);
    const blank = q('[data-blank-columns]')!;
    expect(blank.getAttribute('data-blank-columns')).toBe('5');
    expect(blank.textContent).toContain('商业企业：沭阳县发展和改革局 2023');
  });

  it('shows the empty chart message when the selection has no reports', () => {
    renderView(REPORTS, { scope: PINGTAN, year: 2021 });
    expect(q('[data-chart="requests-pipeline"]')!.getAttribute('data-state')).toBe('empty');
  });

  it('the headline is one panel with the pipeline chart', () => {
    render(
      <RequestsHeadline
        dataset={dataset(REPORTS)}
        state={DEFAULT_STATE}
        update={vi.fn()}
        lang="zh"
      />,
    );
    expect(document.querySelectorAll('[data-panel]')).toHaveLength(1);
    expect(q('[data-chart="requests-pipeline"]')).not.toBeNull();
  });
});
