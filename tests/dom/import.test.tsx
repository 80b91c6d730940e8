// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DatasetState } from '../../src/queries/use-dataset';
import { DEFAULT_STATE } from '../../src/state/url-state';
import { tryParseReportText } from '../../src/io/report/parse-text';
import {
  createUserDataset,
  getUserDataset,
  importReports,
  listUserDatasets,
} from '../../src/storage/user-datasets';
import { ImportView } from '../../src/views/import/import-view';

afterEach(cleanup);

/** The storage module, except that an import can be made to fail as a full disk would. */
const quota = vi.hoisted(() => ({ fail: false }));
vi.mock('../../src/storage/user-datasets', async (original) => {
  const real = await original<typeof import('../../src/storage/user-datasets')>();
  return {
    ...real,
    importReports: (...args: Parameters<typeof real.importReports>) =>
      quota.fail
        ? Promise.resolve({
            ok: false as const,
            error: {
              code: 'quota' as const,
              zh: '浏览器存储空间已满',
              en: 'Browser storage is full',
            },
          })
        : real.importReports(...args),
  };
});

const SEED = readFileSync('tests/fixtures/reports-text/seed-shifanqu-2022.txt', 'utf8');
const RECIPE = readFileSync('tests/fixtures/reports-text/recipe.txt', 'utf8');

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

function show() {
  const update = vi.fn();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <ImportView
        dataset={EMPTY}
        state={{ ...DEFAULT_STATE, view: 'import' }}
        update={update}
        lang="zh"
      />
    </QueryClientProvider>,
  );
  return update;
}

/** Paste and wait until it has been read (the busy note names the input while it is read). */
async function paste(text: string) {
  fireEvent.change(document.querySelector('[data-paste]')!, { target: { value: text } });
  fireEvent.click(document.querySelector('[data-parse-paste]')!);
  expect(document.querySelector('[data-import-busy]')).toBeTruthy();
  await waitFor(() => expect(document.querySelector('[data-import-busy]')).toBeNull());
}

const input = (key: string) =>
  document.querySelector(`[data-cell="${key}"] input`) as HTMLInputElement;
const cell = (key: string) => document.querySelector(`[data-cell="${key}"]`) as HTMLElement;
const findingCount = () =>
  Number(document.querySelector('[data-findings]')!.getAttribute('data-findings'));
const datasetCount = async () => {
  const list = await listUserDatasets();
  if (!list.ok) throw new Error(list.error.en);
  return list.value.length;
};

describe('the import view', () => {
  it('refuses a text that is not a report with a clear message and saves nothing', async () => {
    show();
    const before = await datasetCount();
    await paste(RECIPE);
    expect(document.querySelector('.messages-error li')).toBeTruthy();
    expect(document.querySelector('[data-draft]')).toBeNull();
    expect(document.querySelector('[data-confirm-import]')).toBeNull();
    expect(await datasetCount()).toBe(before);
  });

  it('previews the pasted seed report with its unit, year and table 2 as published', async () => {
    show();
    await paste(SEED);
    expect((document.querySelector('[data-meta="unit"]') as HTMLInputElement).value).toBe(
      '示范区管委会办公室',
    );
    expect((document.querySelector('[data-meta="year"]') as HTMLInputElement).value).toBe('2022');
    // region and level read from the unit name and the cities the body cites, flagged for checking
    expect((document.querySelector('[data-meta="region"]') as HTMLInputElement).value).toBe(
      '河南省/焦作市/示范区',
    );
    expect((document.querySelector('[data-meta="level"]') as HTMLSelectElement).value).toBe(
      'district',
    );
    expect(document.querySelector('[data-code="report-place-inferred"]')!.textContent).toContain(
      '由单位名称和正文推断，请核对',
    );
    const t2 = ['issued', 'repealed', 'valid'].map(
      (c) => input(`proactive.normativeDocuments.${c}`).value,
    );
    expect(t2).toEqual(['11', '9', '98']);
    expect(cell('proactive.normativeDocuments.issued').title).toContain('行政规范性文件');
  });

  it('shows the source text beside the tables and marks the line a focused figure came from', async () => {
    show();
    await paste(SEED);
    const pane = document.querySelector('[data-source-pane]')!;
    const shown = [...pane.querySelectorAll('.source-text')].map((el) => el.textContent);
    expect(shown).toContain('行政规范性文件\t11\t9\t98');
    expect(shown.some((l) => l?.includes('示范区管委会办公室'))).toBe(true);
    expect(pane.querySelector('[data-active]')).toBeNull();
    fireEvent.focus(input('proactive.normativeDocuments.issued'));
    const active = pane.querySelectorAll('[data-active]');
    expect(active).toHaveLength(1);
    expect(active[0]!.querySelector('.source-text')!.textContent).toContain('行政规范性文件\t11');
    // Hovering another figure moves the mark to its own row.
    fireEvent.mouseEnter(cell('requests.totalHandled.total'));
    const moved = pane.querySelector('[data-active] .source-text')!.textContent!;
    expect(moved).not.toContain('行政规范性文件');
    expect(cell('requests.totalHandled.total').title).toContain(moved.trim().slice(0, 20));
  });

  it('re-checks on edit: a broken total is flagged and listed; a non-number is refused', async () => {
    show();
    await paste(SEED);
    const before = findingCount();
    fireEvent.change(input('requests.totalHandled.total'), { target: { value: '99999' } });
    expect(findingCount()).toBeGreaterThan(before);
    expect(cell('requests.totalHandled.total').className).toContain('cell-flagged');
    expect(cell('requests.totalHandled.total').title).toMatch(/T3/);
    fireEvent.change(input('requests.new.natural'), { target: { value: 'abc' } });
    expect(cell('requests.new.natural').getAttribute('data-invalid')).toBe('true');
    expect(screen.getAllByText('不是数字，未采用').length).toBeGreaterThan(0);
  });

  it('saves the confirmed report into a new dataset of one’s own and links to it', async () => {
    const update = show();
    const before = await datasetCount();
    await paste(SEED);
    fireEvent.change(input('proactive.normativeDocuments.valid'), { target: { value: '' } });
    fireEvent.click(document.querySelector('[data-confirm-import]')!);
    const outcome = await waitFor(() => {
      const el = document.querySelector('[data-import-outcome]');
      expect(el).toBeTruthy();
      return el!;
    });
    expect(outcome.textContent).toContain('新增 1，替换 0，保留两版 0，跳过 0');
    const list = await listUserDatasets();
    if (!list.ok) throw new Error(list.error.en);
    expect(list.value).toHaveLength(before + 1);
    const mine = list.value.find((d) => d.title.startsWith('我的数据'))!;
    expect(mine.reports).toBe(1);
    const stored = await getUserDataset(mine.id);
    if (!stored.ok) throw new Error(stored.error.en);
    const report = stored.value.entries[0]!.report;
    expect(report.unit).toBe('示范区管委会办公室');
    expect(report.proactive.normativeDocuments.valid).toBeNull();
    fireEvent.click(document.querySelector('[data-open-dataset]')!);
    expect(update).toHaveBeenCalledWith({ dataset: mine.id, view: 'overview' });
  });

  it('asks per report when the (unit, year) is already in the chosen dataset; replace keeps one', async () => {
    const parsed = tryParseReportText(SEED, 'seed.txt');
    if (!parsed.ok) throw new Error('seed did not parse');
    const made = await createUserDataset('已有数据 <b>x</b>');
    if (!made.ok) throw new Error(made.error.en);
    await importReports(made.value.id, [parsed.reports[0]!.report], () => 'skip', 'seed.txt');
    show();
    await paste(SEED);
    fireEvent.change(input('proactive.normativeDocuments.issued'), { target: { value: '12' } });
    const select = await waitFor(() => {
      const el = document.querySelector('[data-target-dataset]');
      expect(el).toBeTruthy();
      return el as HTMLSelectElement;
    });
    // A hostile-looking title stays text.
    expect([...select.options].map((o) => o.textContent)).toContain('已有数据 <b>x</b>');
    expect(document.querySelector('[data-import-confirm] b')).toBeNull();
    fireEvent.click(document.querySelectorAll('input[name="import-target"]')[1]!);
    fireEvent.change(select, { target: { value: made.value.id } });
    const replace = await waitFor(() => {
      const el = document.querySelector('[data-conflict] input[value="replace"]');
      expect(el).toBeTruthy();
      return el as HTMLInputElement;
    });
    expect(
      (document.querySelector('[data-conflict] input[value="skip"]') as HTMLInputElement).checked,
    ).toBe(true);
    fireEvent.click(replace);
    fireEvent.click(document.querySelector('[data-confirm-import]')!);
    await waitFor(() =>
      expect(document.querySelector('[data-import-outcome]')?.textContent).toContain(
        '新增 0，替换 1，保留两版 0，跳过 0',
      ),
    );
    const stored = await getUserDataset(made.value.id);
    if (!stored.ok) throw new Error(stored.error.en);
    expect(stored.value.reports).toBe(1);
    const latest = stored.value.entries.at(-1)!.report;
    expect(latest.proactive.normativeDocuments.issued).toBe(12);
  });

  it('shows a storage error, keeps the preview and leaves no empty dataset behind', async () => {
    show();
    const before = await datasetCount();
    await paste(SEED);
    quota.fail = true;
    try {
      fireEvent.click(document.querySelector('[data-confirm-import]')!);
      const error = await waitFor(() => {
        const el = document.querySelector('[data-store-error]');
        expect(el).toBeTruthy();
        return el!;
      });
      expect(error.getAttribute('data-store-error')).toBe('quota');
      expect(error.textContent).toContain('浏览器存储空间已满');
    } finally {
      quota.fail = false;
    }
    expect(document.querySelectorAll('[data-draft]')).toHaveLength(1);
    expect(await datasetCount()).toBe(before);
  });

  it('names each refused file: an image and an empty file get their own messages', async () => {
    show();
    const png = new File(
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
      'scan.png',
    );
    const empty = new File([], 'empty.txt');
    fireEvent.change(document.querySelector('[data-file-input]')!, {
      target: { files: [png, empty] },
    });
    await waitFor(() => expect(document.querySelectorAll('.messages-error li')).toHaveLength(2));
    const codes = [...document.querySelectorAll('.messages-error li')].map((li) =>
      li.getAttribute('data-code'),
    );
    expect(codes).toEqual(['image-file', 'empty-file']);
    expect(document.querySelector('[data-file="scan.png"]')!.textContent).toContain('scan.png');
    expect(document.querySelector('[data-draft]')).toBeNull();
  });
});
