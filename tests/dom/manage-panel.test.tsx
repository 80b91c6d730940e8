// @vitest-environment jsdom
// The user's datasets on screen: a stored dataset opens like a shipped one (useDataset), is
// listed in the switcher as 我的数据, and the manage panel renames, deletes (only after
// 确认删除) and exports it as a file download.
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  cleanup,
  fireEvent,
  render,
  renderHook,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDataset, type DatasetState } from '../../src/queries/use-dataset';
import { LangProvider } from '../../src/state/lang';
import { closeDb } from '../../src/storage/idb';
import * as store from '../../src/storage/user-datasets';
import { ManagePanel } from '../../src/views/datasets/manage-panel';
import { DatasetSwitcher } from '../../src/views/dataset-switcher/dataset-switcher';
import { makeReport } from '../fixtures/reports';

const A23 = makeReport({ unit: '单位A', year: 2023 });
const B24 = makeReport({ unit: '单位B', year: 2024 });

let client: QueryClient;

// jsdom's Blob has no arrayBuffer(); FileReader it has.
function readBlob(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}
function wrapper({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      <LangProvider lang="zh">{children}</LangProvider>
    </QueryClientProvider>
  );
}

async function stored(title: string): Promise<string> {
  const created = await store.createUserDataset(title);
  if (!created.ok) throw new Error(created.error.en);
  await store.importReports(created.value.id, [A23, B24], () => 'skip', 'test');
  return created.value.id;
}

beforeEach(() => {
  closeDb();
  globalThis.indexedDB = new IDBFactory();
  client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('{"version":1,"datasets":[]}')),
  );
});
afterEach(() => {
  cleanup();
  closeDb();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('a user dataset on screen', () => {
  it('loads through useDataset with its title, years, reports and findings', async () => {
    const id = await stored('我的报告');
    const { result } = renderHook(() => useDataset(id), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('success'));
    const { entry, reports, years, check, files } = result.current;
    expect(entry).toMatchObject({ id, title: { zh: '我的报告' }, simulated: false, files: {} });
    expect(entry?.source.zh).toBe('用户导入');
    expect(reports).toEqual([A23, B24]);
    expect(years).toEqual([2023, 2024]);
    expect(check).not.toBeNull();
    expect(files).toEqual([]);
  });

  it('shows an unknown user dataset as an error with a message, not a blank page', async () => {
    const { result } = renderHook(() => useDataset('user-gone'), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.errors[0]?.zh).toContain('user-gone');
  });

  it('lists user datasets after the shipped ones with the 我的数据 mark', () => {
    const dataset = { manifest: null, entry: null } as unknown as DatasetState;
    const summary = {
      id: 'user-1',
      title: '<b>我的</b>',
      createdAt: '',
      updatedAt: '',
      reports: 1,
      units: 1,
      years: [2023],
    };
    const onSelect = vi.fn();
    render(<DatasetSwitcher dataset={dataset} userDatasets={[summary]} onSelect={onSelect} />, {
      wrapper,
    });
    const button = screen.getByRole('button', { name: /我的数据/ });
    expect(button.textContent).toContain('<b>我的</b>'); // hostile text stays text
    fireEvent.click(button);
    expect(onSelect).toHaveBeenCalledWith('user-1');
  });
});

describe('ManagePanel', () => {
  async function shown(id: string) {
    const { result } = renderHook(() => useDataset(id), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('success'));
    return result.current;
  }

  it('renames inline and deletes only after 确认删除', async () => {
    const id = await stored('旧名称');
    render(<ManagePanel dataset={await shown(id)} />, { wrapper });
    const row = await screen.findByText('旧名称').then((el) => el.closest('li')!);
    fireEvent.click(within(row).getByRole('button', { name: '重命名' }));
    fireEvent.change(within(row).getByLabelText('新名称'), { target: { value: '新名称' } });
    fireEvent.click(within(row).getByRole('button', { name: '保存' }));
    await screen.findByText('新名称');

    fireEvent.click(within(row).getByRole('button', { name: '删除' }));
    // The first click only asks: the dataset is still stored.
    expect(await store.listUserDatasets()).toMatchObject({ ok: true, value: [{ id }] });
    fireEvent.click(within(row).getByRole('button', { name: '确认删除' }));
    await screen.findByText(/还没有自己的数据集/);
    expect(await store.listUserDatasets()).toEqual({ ok: true, value: [] });
  });

  it('downloads the dataset on screen as CSV with a BOM and a named file', async () => {
    const id = await stored('导出测试');
    const blobs: Blob[] = [];
    vi.stubGlobal('URL', {
      ...URL,
      createObjectURL: (b: Blob) => (blobs.push(b), 'blob:x'),
      revokeObjectURL: () => undefined,
    });
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    render(<ManagePanel dataset={await shown(id)} />, { wrapper });
    const exportShown = screen.getByText(/导出当前数据集/).closest('div')!;
    fireEvent.click(within(exportShown).getByRole('button', { name: 'CSV（键名表头）' }));
    expect(names).toEqual(['导出测试_2023-2024.csv']);
    const bytes = new Uint8Array(await readBlob(blobs[0]!));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes).startsWith('unit,year,')).toBe(true);
  });
});
