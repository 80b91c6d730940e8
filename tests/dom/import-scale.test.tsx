// @vitest-environment jsdom
// The import view at scale, as a user meets it: a dataset file of many reports previews as a
// compact paged list (errors first, filterable), one report opened at a time in the full
// editable preview, reports with errors left out in one click, and the rest saved; a file over
// its size cap is refused by name before it is read; without a worker (jsdom has none) a large
// file is refused with a message rather than parsed in the page.
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { toWideCsv } from '../../src/io/csv-write';
import type { DatasetState } from '../../src/queries/use-dataset';
import { getUserDataset, listUserDatasets } from '../../src/storage/user-datasets';
import { LangProvider } from '../../src/state/lang';
import { DEFAULT_STATE } from '../../src/state/url-state';
import { ImportView } from '../../src/views/import/import-view';
import { makeReport } from '../fixtures/reports';

afterEach(cleanup);

const EMPTY: DatasetState = {
  status: 'success',
  errors: [],
  manifest: null,
  entry: null,
  files: [],
  reports: [],
  years: [],
  check: null,
};

function show(lang: 'zh' | 'en' = 'zh') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <LangProvider lang={lang}>
        <ImportView
          dataset={EMPTY}
          state={{ ...DEFAULT_STATE, view: 'import', lang }}
          update={() => {}}
          lang={lang}
        />
      </LangProvider>
    </QueryClientProvider>,
  );
}

/** 120 reports (单位001…120), every third with a broken table-3 total (an error finding). */
function datasetFile(count = 120): File {
  const reports = Array.from({ length: count }, (_, i) =>
    makeReport({
      unit: `单位${String(i + 1).padStart(3, '0')}`,
      year: 2023,
      cells: i % 3 === 1 ? { 'requests.new.natural': 999 } : {},
    }),
  );
  return new File([toWideCsv(reports)], 'province.csv', { type: 'text/csv' });
}

async function pick(...files: File[]) {
  fireEvent.change(document.querySelector('[data-file-input]')!, { target: { files } });
  await waitFor(() => expect(document.querySelector('[data-import-busy]')).toBeNull(), {
    timeout: 10_000,
  });
}

const rows = () => [...document.querySelectorAll<HTMLElement>('[data-draft-row]')];
const unitsShown = () => rows().map((r) => r.querySelector('th')!.textContent);
const page = () => document.querySelector('[data-page]')!.getAttribute('data-page');
const summary = () => document.querySelector('.draft-list-summary')!.textContent!;

describe('the import view with a dataset of many reports', () => {
  it('lists them compactly, 50 to a page, those with errors first', async () => {
    show();
    await pick(datasetFile());
    expect(document.querySelector('[data-draft-list]')!.getAttribute('data-draft-list')).toBe(
      '120',
    );
    // No full preview until one is opened: a row per report, not 250 inputs per report.
    expect(document.querySelector('[data-draft]')).toBeNull();
    expect(document.querySelectorAll('[data-cell] input')).toHaveLength(0);
    expect(summary()).toContain('共 120 份报告，其中 40 份有核对错误');
    expect(rows()).toHaveLength(50);
    expect(unitsShown().slice(0, 3)).toEqual(['单位002', '单位005', '单位008']);
    expect(
      rows()
        .slice(0, 40)
        .every((r) => Number(r.dataset.errors) > 0),
    ).toBe(true);
    expect(Number(rows()[40]!.dataset.errors)).toBe(0);
    expect(rows()[0]!.textContent).toContain('province.csv');

    fireEvent.click(document.querySelector('[data-pager="next"]')!);
    expect(page()).toBe('2');
    fireEvent.click(document.querySelector('[data-pager="next"]')!);
    expect(page()).toBe('3');
    expect(rows()).toHaveLength(20);
    expect(document.querySelector<HTMLButtonElement>('[data-pager="next"]')!.disabled).toBe(true);

    fireEvent.click(document.querySelector('[data-filter-errors]')!);
    expect(rows()).toHaveLength(40);
    expect(document.querySelector('[data-page]')).toBeNull(); // one page: no pager
  });

  it('opens one report in the full editable preview; an edit shows in its row', async () => {
    show();
    await pick(datasetFile());
    const row = rows()[0]!;
    fireEvent.click(row.querySelector('[data-open-draft]')!);
    const opened = document.querySelectorAll('[data-draft]');
    expect(opened).toHaveLength(1);
    const unit = opened[0]!.querySelector<HTMLInputElement>('[data-meta="unit"]')!;
    expect(unit.value).toBe('单位002');
    expect(opened[0]!.querySelectorAll('[data-cell] input').length).toBeGreaterThan(100);
    expect(opened[0]!.querySelector('[data-cell="requests.new.natural"] input')).toHaveProperty(
      'value',
      '999',
    );
    fireEvent.change(unit, { target: { value: '单位002（已更正）' } });
    expect(unitsShown()[0]).toBe('单位002（已更正）');
    // Opening another closes the first.
    fireEvent.click(rows()[1]!.querySelector('[data-open-draft]')!);
    expect(document.querySelectorAll('[data-draft]')).toHaveLength(1);
    expect(document.querySelector<HTMLInputElement>('[data-draft] [data-meta="unit"]')!.value).toBe(
      '单位005',
    );
    fireEvent.click(rows()[1]!.querySelector('[data-open-draft]')!);
    expect(document.querySelector('[data-draft]')).toBeNull();
  });

  it('leaves out every report with errors in one click and saves the rest at once', async () => {
    show();
    const before = await listUserDatasets();
    await pick(datasetFile());
    fireEvent.click(document.querySelector('[data-drop-errors]')!);
    expect(summary()).toContain('40 份不导入');
    expect(
      rows()
        .slice(0, 40)
        .every((r) => r.querySelector<HTMLInputElement>('[data-drop-draft]')!.checked),
    ).toBe(true);
    fireEvent.click(document.querySelector('[data-confirm-import]')!);
    const outcome = await waitFor(
      () => {
        const el = document.querySelector('[data-import-outcome]');
        expect(el).toBeTruthy();
        return el!;
      },
      { timeout: 10_000 },
    );
    expect(outcome.textContent).toContain('新增 80');
    const after = await listUserDatasets();
    if (!after.ok || !before.ok) throw new Error('storage');
    const mine = after.value.find((d) => !before.value.some((b) => b.id === d.id))!;
    const stored = await getUserDataset(mine.id);
    if (!stored.ok) throw new Error(stored.error.en);
    expect(stored.value.reports).toBe(80);
    expect(stored.value.entries.some((e) => e.report.unit === '单位002')).toBe(false);
  });

  it('shows the list in English too', async () => {
    show('en');
    await pick(datasetFile(60));
    expect(summary()).toContain('60 reports; 20 with check errors (listed first)');
    expect(document.querySelector('[data-page]')!.textContent).toBe('Page 1 of 2');
    expect(rows()[0]!.querySelector('[data-open-draft]')!.textContent).toBe('View, edit');
  });
});

describe('the import view refuses what would hang the page', () => {
  const sized = (name: string, size: number, content = 'x') => {
    const file = new File([content], name);
    Object.defineProperty(file, 'size', { value: size });
    return file;
  };

  it('refuses a 100 MB text file and a 100 MB CSV by their size, naming each', async () => {
    show();
    await pick(sized('big.txt', 100 * 1024 * 1024), sized('big.csv', 100 * 1024 * 1024));
    const text = document.querySelector('[data-file="big.txt"] .messages-error li')!;
    expect(text.getAttribute('data-code')).toBe('report-too-large');
    expect(text.textContent).toContain(
      '文件 big.txt 大小为 100.0 MB，超过年报文字或网页的上限 20.0 MB',
    );
    const csv = document.querySelector('[data-file="big.csv"] .messages-error li')!;
    expect(csv.getAttribute('data-code')).toBe('dataset-too-large');
    expect(csv.textContent).toContain('数据文件 big.csv 大小为 100.0 MB，超过上限 50.0 MB');
    expect(document.querySelector('[data-draft-row], [data-draft]')).toBeNull();
    expect(document.querySelector('[data-confirm-import]')).toBeNull();
  });

  it('without a worker, refuses a file too large to parse in the page, with the reason', async () => {
    show();
    await pick(sized('medium.csv', 5 * 1024 * 1024, 'unit,year\nA,2022\n'));
    const li = document.querySelector('[data-file="medium.csv"] .messages-error li')!;
    expect(li.getAttribute('data-code')).toBe('worker-unavailable');
    expect(li.textContent).toContain('medium.csv');
    expect(li.textContent).toContain('1.0 MB');
  });
});
