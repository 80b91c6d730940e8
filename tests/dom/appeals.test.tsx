// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkReports } from '../../src/domain/checks';
import type { DatasetState } from '../../src/queries/use-dataset';
import { DEFAULT_STATE, type UrlState } from '../../src/state/url-state';
import { AppealsHeadline } from '../../src/views/appeals/headline';
import { AppealsView } from '../../src/views/appeals/appeals-view';
import { HONGZE_2023, PINGTAN_2021_2025 } from '../fixtures/reports';

afterEach(cleanup);

const REPORTS = [...PINGTAN_2021_2025, HONGZE_2023];

function dataset(over: Partial<DatasetState> = {}): DatasetState {
  return {
    status: 'success',
    errors: [],
    manifest: null,
    entry: null,
    files: [],
    reports: REPORTS,
    years: [2021, 2022, 2023, 2024, 2025],
    check: checkReports(REPORTS),
    ...over,
  };
}

function renderView(state: Partial<UrlState> = {}, ds = dataset()) {
  const full = { ...DEFAULT_STATE, view: 'appeals' as const, ...state };
  render(<AppealsView dataset={ds} state={full} update={vi.fn()} lang={full.lang} />);
}

describe('appeals view', () => {
  it('error: the panels say loading failed, no chart is drawn', () => {
    renderView({}, dataset({ status: 'error', reports: [], check: null }));
    const statuses = [...document.querySelectorAll('[data-panel]')].map((p) =>
      p.getAttribute('data-status'),
    );
    expect(statuses.every((s) => s === 'error')).toBe(true);
    expect(document.querySelectorAll('[data-chart]').length).toBe(0);
  });

  it('draws the year, rate and per-unit charts', () => {
    renderView({ year: 2023 });
    const ids = [...document.querySelectorAll('[data-chart]')].map((e) =>
      e.getAttribute('data-chart'),
    );
    expect(ids).toEqual([
      'appeals-years',
      'appeals-rates',
      'appeals-units-review',
      'appeals-units-litigation',
    ]);
  });

  it('the rate table shows numerator and denominator, — without a concluded case, and flags 洪泽区 2023', () => {
    renderView({ year: 2023 });
    const table = document.querySelector('[data-table="appeals-rates"]') as HTMLElement;
    const hongze = within(table).getByText('淮安市洪泽区人民政府').closest('tr')!;
    const cells = [...hongze.querySelectorAll('td')].map((td) => td.textContent);
    // 纠正 1 of a printed 已审结 0: the report contradicts itself, so it is left out of the
    // rate (not counted as 100%) and flagged; its cells are in the unit profile.
    expect(cells.slice(0, 3)).toEqual(['—', '—', '—']);
    expect(cells[6]).toContain('所列总计与分项不符');
    const findings = document.querySelector('[data-findings="T4-SUM"]')!;
    expect(findings.querySelectorAll('li').length).toBe(2);
  });

  it('says the totals agree when no shown report has a T4-SUM finding', () => {
    renderView({ year: 2022, from: 2021, to: 2022 });
    expect(screen.getByText('所示报告的总计与分项一致。')).toBeTruthy();
    const row = document.querySelector('[data-table="appeals-rates"] tbody tr')!;
    expect(row.textContent).not.toContain('不符');
  });

  it('lists a province 100 units to a page in the rate table', () => {
    const base = PINGTAN_2021_2025.find((r) => r.year === 2023)!;
    const many = Array.from({ length: 225 }, (_, i) => ({ ...base, unit: `单位${i}` }));
    renderView({ year: 2023 }, dataset({ reports: many, check: checkReports(many) }));
    const panel = document.querySelector('[data-panel="appeals-table"]') as HTMLElement;
    expect(panel.querySelectorAll('tbody tr')).toHaveLength(100);
    fireEvent.click(panel.querySelector('[data-pager="last"]')!);
    expect(panel.querySelectorAll('tbody tr')).toHaveLength(25);
  });

  it('a year without reports leaves the rate table empty', () => {
    renderView({ year: 2019 }, dataset({ years: [2019, 2021, 2022, 2023, 2024, 2025] }));
    expect(
      document.querySelector('[data-panel="appeals-table"]')!.getAttribute('data-status'),
    ).toBe('empty');
  });

  it('the headline draws one panel with the outcomes chart', () => {
    render(
      <AppealsHeadline dataset={dataset()} state={DEFAULT_STATE} update={vi.fn()} lang="en" />,
    );
    expect(
      [...document.querySelectorAll('[data-chart]')].map((e) => e.getAttribute('data-chart')),
    ).toEqual(['headline-appeals']);
    expect(screen.getByText('Review and litigation results by year')).toBeTruthy();
  });
});
