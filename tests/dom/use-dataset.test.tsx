// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDataset } from '../../src/queries/use-dataset';

const MANIFEST = {
  version: 1,
  datasets: [
    {
      id: 'real',
      title: { zh: '真实', en: 'Real' },
      simulated: false,
      default: true,
      years: [2021, 2022],
      files: { '2021': 'real/2021.json', '2022': 'real/2022.json' },
      source: { zh: '网站', en: 'Web' },
    },
  ],
};
const REPORTS_2021 = [
  { unit: '甲', year: 2021, format: '2021', requests: { new: { total: 5 } } },
  { unit: '乙', year: 2021, format: '2021', requests: { new: { total: 7 } } },
];

function serve(files: Record<string, unknown>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const path = url.replace(/^\//, '');
      if (!(path in files)) return new Response('not found', { status: 404 });
      return new Response(JSON.stringify(files[path]), { status: 200 });
    }),
  );
}

function wrapper({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

beforeEach(() => serve({ 'manifest.json': MANIFEST, 'real/2021.json': REPORTS_2021 }));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('useDataset', () => {
  it('loads the default dataset, keeping a missing file listed with its HTTP status', async () => {
    const { result } = renderHook(() => useDataset(null), { wrapper });
    expect(result.current.status).toBe('pending');
    await waitFor(() => expect(result.current.status).toBe('success'));

    const { files, reports, entry, check } = result.current;
    expect(entry?.id).toBe('real');
    expect(reports.map((r) => r.unit)).toEqual(['甲', '乙']);
    expect(files.map((f) => [f.path, f.status])).toEqual([
      ['real/2021.json', 'success'],
      ['real/2022.json', 'error'],
    ]);
    expect(files[1]!.errors[0]!.zh).toContain('HTTP 404');
    expect(check?.findings.length).toBeGreaterThan(0);
  });

  it('keeps the same reports and findings across re-renders (no re-check per render)', async () => {
    const { result, rerender } = renderHook(() => useDataset('real'), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('success'));
    const { reports, check } = result.current;
    rerender();
    expect(result.current.reports).toBe(reports);
    expect(result.current.check).toBe(check);
  });

  it('reports an unknown dataset id as an error naming it', async () => {
    const { result } = renderHook(() => useDataset('nope'), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.errors[0]!.zh).toContain('nope');
    expect(result.current.manifest?.datasets).toHaveLength(1);
  });

  it('reports a broken manifest with the loader message', async () => {
    serve({ 'manifest.json': { version: 2 } });
    const { result } = renderHook(() => useDataset(null), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.errors.length).toBeGreaterThan(0);
    expect(result.current.errors[0]!.file).toBe('manifest.json');
  });
});
