// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyReport, setCell } from '../../src/domain/cells';
import type { Report } from '../../src/domain/report';
import type { DatasetEntry } from '../../src/io/manifest';
import type { DatasetState } from '../../src/queries/use-dataset';
import { LangProvider } from '../../src/state/lang';
import { DEFAULT_STATE, type Lang, type UrlState } from '../../src/state/url-state';
import { DatasetSwitcher } from '../../src/views/dataset-switcher/dataset-switcher';
import { OverviewPage } from '../../src/views/overview/overview-page';
import { FigureCaptionProvider } from '../../src/views/shared/figure-caption';
import { scopeName } from '../../src/views/shared/scope-name';

afterEach(cleanup);

const ENTRY: DatasetEntry = {
  id: 'samples',
  title: { zh: '真实报告样本', en: 'Samples' },
  simulated: false,
  years: [2021, 2022],
  files: { '2021': 'samples/2021.json', '2022': 'samples/2022.json' },
  source: { zh: '政府网站', en: 'Government websites' },
};
const DEMO: DatasetEntry = {
  ...ENTRY,
  id: 'demo',
  title: { zh: '模拟城市', en: 'Sim city' },
  simulated: true,
};

function report(unit: string, year: number, cells: Record<string, number | null>): Report {
  const r = emptyReport(unit, year, '2021');
  for (const [key, value] of Object.entries(cells)) setCell(r, key, value);
  return r;
}

/** 甲 handles requests and gets letters; 乙 has no requests at all in 2022. */
const REPORTS = [
  report('甲', 2021, {
    'requests.new.total': 8,
    'requests.carriedOver.total': 0,
    'requests.totalHandled.total': 4,
    'narrative.lettersReceived': 100,
  }),
  report('甲', 2022, {
    'requests.new.total': 10,
    'requests.carriedOver.total': 0,
    'requests.totalHandled.total': 9,
    'narrative.lettersReceived': 274,
    'narrative.lettersCompletionRate': 100,
  }),
  report('乙', 2022, {
    'requests.new.total': 0,
    'requests.carriedOver.total': 0,
    'requests.totalHandled.total': 0,
  }),
];

function dataset(over: Partial<DatasetState> = {}): DatasetState {
  return {
    status: 'success',
    errors: [],
    manifest: { version: 1, datasets: [ENTRY, DEMO] },
    entry: ENTRY,
    files: [],
    reports: REPORTS,
    years: [2021, 2022],
    check: null,
    ...over,
  };
}

function show(ds: DatasetState, state: Partial<UrlState> = {}, lang: Lang = 'zh') {
  const full = { ...DEFAULT_STATE, ...state, lang };
  render(
    <LangProvider lang={lang}>
      <FigureCaptionProvider
        dataset={ds}
        units={scopeName(full.scope, ds.reports, lang)}
        lang={lang}
      >
        <OverviewPage dataset={ds} state={full} update={vi.fn()} lang={lang} />
      </FigureCaptionProvider>
    </LangProvider>,
  );
}

const card = (key: string) => document.querySelector<HTMLElement>(`[data-kpi="${key}"]`)!;

describe('overview KPI cards', () => {
  it('pending: the KPI panel says it is loading and draws no card', () => {
    show(dataset({ status: 'pending', reports: [] }));
    expect(document.querySelector('[data-panel="kpis"]')!.getAttribute('data-status')).toBe(
      'pending',
    );
    expect(document.querySelector('[data-kpi]')).toBeNull();
  });

  it('error: the KPI panel shows the failure', () => {
    const errors = [{ code: 'HTTP', file: 'manifest.json', zh: '无法读取 manifest.json', en: 'x' }];
    show(dataset({ status: 'error', errors, entry: null, reports: [] }));
    const panel = document.querySelector('[data-panel="kpis"]')!;
    expect(panel.getAttribute('data-status')).toBe('error');
    expect(panel.textContent).toContain('无法读取 manifest.json');
  });

  it('the latest year over all units: sums and a rate from the sums', () => {
    show(dataset());
    expect(document.querySelector('[data-kpi-year]')!.getAttribute('data-kpi-year')).toBe('2022');
    expect(card('requestsNew').getAttribute('data-kpi-value')).toBe('10');
    expect(card('requestsNew').textContent).toContain('+25%');
    expect(card('completionRate').textContent).toContain('90%');
    // 50% → 90%: the relative change and the change in points, and a warning that 2021 had
    // one reporting unit and 2022 two.
    expect(card('completionRate').textContent).toMatch(/\+80%\s*（\+40个百分点）/);
    expect(card('completionRate').textContent).toContain('口径不同：1→2 个单位');
    expect(card('lettersReceived').textContent).toContain('1/2 个单位');
    expect(card('completionRate').getAttribute('title')).toContain('(七)总计 ÷');
  });

  it('a unit with no requests: the completion rate says why instead of 0%', () => {
    show(dataset(), { scope: { kind: 'unit', unit: '乙' }, year: 2022 });
    const completion = card('completionRate');
    expect(completion.getAttribute('data-kpi-value')).toBe('');
    expect(completion.getAttribute('data-kpi-reason')).toBe('zeroDenominator');
    expect(completion.textContent).toContain('—（本年无申请）');
    expect(completion.textContent).not.toContain('0%');
    expect(card('lettersReceived').textContent).toContain('报告均未填报此项');
  });

  it('the nine figures open as a data table: value, unit, change, coverage, why none', async () => {
    show(dataset(), { scope: { kind: 'unit', unit: '乙' }, year: 2022 });
    const figure = document.querySelector('[data-figure="kpis"]')!;
    expect(figure.querySelector('[data-caption]')!.textContent).toContain('单位：乙');
    fireEvent.click(figure.querySelector('[data-toggle-table]')!);
    // The data table's code loads when a table is first opened.
    await waitFor(() => expect(figure.querySelector('[data-figure-table]')).not.toBeNull());
    const rows = [...figure.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent),
    );
    expect(rows).toHaveLength(9);
    expect(rows).toContainEqual(['本年新收申请', '0', '件', '—', '—', '1', '1', '']);
    expect(rows).toContainEqual(['依申请办结率', '—', '%', '—', '—', '1', '1', '本年无申请']);
    expect(figure.querySelector('button[data-export="csv"]')!.hasAttribute('disabled')).toBe(false);
  });

  it('a year with no report in scope says so', () => {
    show(dataset(), { scope: { kind: 'unit', unit: '乙' }, year: 2021 });
    expect(card('requestsNew').textContent).toContain('2021年所选范围内没有报告');
    expect(screen.getByText(/核心指标 · 2021 · 乙/)).toBeTruthy();
  });

  it('English: labels, reasons and the dataset summary switch language', () => {
    show(dataset(), { scope: { kind: 'unit', unit: '乙' }, year: 2022 }, 'en');
    expect(card('completionRate').textContent).toContain('Completion rate');
    expect(card('completionRate').textContent).toContain('no requests this year');
    expect(document.querySelector('.dataset-title')!.textContent).toContain('Samples');
  });

  it('the headline trend follows the scope and the year range', () => {
    show(dataset(), { scope: { kind: 'unit', unit: '甲' }, from: 2022, to: 2022 });
    expect(screen.getByText('年度趋势 · 甲 · 2022–2022')).toBeTruthy();
    expect(document.querySelector('[data-chart="trend-requestsNew"]')).toBeTruthy();
  });
});

describe('dataset switcher', () => {
  it('names the datasets in the page language and reports a choice', () => {
    const onSelect = vi.fn();
    render(
      <LangProvider lang="en">
        <DatasetSwitcher dataset={dataset()} onSelect={onSelect} />
      </LangProvider>,
    );
    expect(screen.getByText('Datasets')).toBeTruthy();
    fireEvent.click(screen.getByText('Sim city'));
    expect(onSelect).toHaveBeenCalledWith('demo');
    expect(screen.getByText('Simulated data')).toBeTruthy();
  });
});
