// The dataset worker and its client together: the real load.worker.ts runs in this thread
// behind a stand-in for the browser's Worker that copies messages with structuredClone (and
// transfers what the client transfers), so what reaches the page is what a browser would hand
// over. Plus the fallbacks: no Worker, a worker that never starts, one that dies mid-file.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateDemoReports } from '../../../scripts/demo/generate';
import { checkReports } from '../../../src/domain/checks';
import { everySeries } from '../../../src/domain/indicators';
import { toWideCsv } from '../../../src/io/csv-write';
import { tryLoadReports } from '../../../src/io/load';

class InThreadWorker {
  static made: InThreadWorker[] = [];
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  private readonly scope = {
    onmessage: null as ((e: { data: unknown }) => void) | null,
    postMessage: (data: unknown, transfer: Transferable[] = []) => {
      const copy = structuredClone(data, { transfer });
      queueMicrotask(() => this.onmessage?.({ data: copy }));
    },
  };
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    InThreadWorker.made.push(this);
    vi.stubGlobal('self', this.scope);
    vi.resetModules(); // a fresh worker module for this worker
    void import('../../../src/queries/load.worker');
  }
  postMessage(data: unknown, transfer: Transferable[] = []) {
    const copy = structuredClone(data, { transfer });
    queueMicrotask(() => this.scope.onmessage?.({ data: copy }));
  }
  terminate() {
    this.terminated = true;
  }
}

async function client() {
  vi.resetModules(); // the client keeps its worker in module state
  return import('../../../src/queries/load-client');
}

/** A dataset file of `copies` × the demo's 2022 units: more than one batch of reports. */
function datasetFile(copies: number): Uint8Array {
  const base = generateDemoReports().filter((r) => r.year === 2022);
  const reports = Array.from({ length: copies }, (_, k) =>
    base.map((r) => ({ ...r, unit: `${r.unit}${k}` })),
  ).flat();
  return new TextEncoder().encode(toWideCsv(reports, { header: 'key', bom: true }));
}

beforeEach(() => {
  InThreadWorker.made = [];
  vi.stubGlobal('Worker', InThreadWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('loadInWorker', () => {
  it('loads a file in a module worker into what tryLoadReports gives in the page', async () => {
    const { loadInWorker } = await client();
    const bytes = datasetFile(30);
    const expected = tryLoadReports(bytes.slice(), '2022.csv');
    expect(expected.ok && expected.reports.length).toBeGreaterThan(500);
    const result = await loadInWorker(bytes, '2022.csv');
    expect(result).toEqual(expected);
    const [worker] = InThreadWorker.made;
    expect(worker!.options).toEqual({ type: 'module' });
    expect(String(worker!.url)).toMatch(/load\.worker\.ts$/);
    expect(bytes.byteLength).toBe(0); // handed over, not copied
  });

  it('passes on a failed file with the messages the page would give, naming row and column', async () => {
    const { loadInWorker } = await client();
    const text = 'unit,year,requests.new.natural\n甲,2022,12\n乙,2022,x\n';
    const expected = tryLoadReports(new TextEncoder().encode(text), 'bad.csv');
    const result = await loadInWorker(new TextEncoder().encode(text), 'bad.csv');
    expect(result).toEqual(expected);
    expect(result.ok ? [] : result.errors).toMatchObject([
      { code: 'cell-not-number', file: 'bad.csv', row: 3, column: 'requests.new.natural' },
    ]);
  });
});

describe('summariseInWorker', () => {
  it('checks the files the worker loaded, in the order given, and works out every indicator', async () => {
    const { summariseInWorker, loadInWorker } = await client();
    const a = await loadInWorker(datasetFile(2), 'a.csv');
    const demo = generateDemoReports().filter((r) => r.year === 2021);
    const b = await loadInWorker(new TextEncoder().encode(toWideCsv(demo)), 'b.csv');
    const reports = [...(b.ok ? b.reports : []), ...(a.ok ? a.reports : [])];
    const expected = checkReports(reports);
    expect(expected.findings.length).toBeGreaterThan(0);
    const summary = await summariseInWorker(['b.csv', 'a.csv'], [2021, 2022]);
    expect(summary!.check).toEqual(expected);
    expect(summary!.series).toEqual(everySeries(reports, [2021, 2022]));
    expect(summary!.series.requestsNew[1]!.value.used).toBeGreaterThan(0);
    expect(InThreadWorker.made).toHaveLength(1);
  });

  it('says null for a file the worker does not hold', async () => {
    const { summariseInWorker, loadInWorker } = await client();
    await loadInWorker(datasetFile(1), 'a.csv');
    expect(await summariseInWorker(['a.csv', 'never-loaded.csv'], [2022])).toBeNull();
  });
});

describe('without a worker', () => {
  it('loads in the page when the browser has no Worker, and leaves checking to the page', async () => {
    vi.stubGlobal('Worker', undefined);
    const { summariseInWorker, loadInWorker } = await client();
    const bytes = datasetFile(1);
    expect(await loadInWorker(bytes, 'a.csv')).toEqual(tryLoadReports(bytes, 'a.csv'));
    expect(await summariseInWorker(['a.csv'], [2022])).toBeNull();
  });

  it('loads in the page when the worker script cannot load', async () => {
    const made: { terminated: boolean }[] = [];
    vi.stubGlobal(
      'Worker',
      class {
        onerror: ((e: ErrorEvent) => void) | null = null;
        terminated = false;
        constructor() {
          made.push(this);
          queueMicrotask(() =>
            this.onerror?.({ message: 'blocked', preventDefault: () => {} } as ErrorEvent),
          );
        }
        terminate() {
          this.terminated = true;
        }
      },
    );
    const { loadInWorker } = await client();
    const bytes = datasetFile(1);
    expect(await loadInWorker(bytes, 'a.csv')).toEqual(tryLoadReports(bytes, 'a.csv'));
    expect(made[0]!.terminated).toBe(true);
  });

  it('fails the job when the worker dies mid-file, and starts a fresh one for the next', async () => {
    // A worker that starts, takes the file and dies reading it (out of memory, say).
    const made: { terminated: boolean }[] = [];
    class DyingWorker {
      onmessage: ((e: { data: unknown }) => void) | null = null;
      onerror: ((e: ErrorEvent) => void) | null = null;
      terminated = false;
      constructor() {
        made.push(this);
        queueMicrotask(() => this.onmessage?.({ data: { type: 'ready' } }));
      }
      postMessage() {
        queueMicrotask(() =>
          this.onerror?.({ message: 'out of memory', preventDefault: () => {} } as ErrorEvent),
        );
      }
      terminate() {
        this.terminated = true;
      }
    }
    vi.stubGlobal('Worker', DyingWorker);
    const { loadInWorker } = await client();
    await expect(loadInWorker(datasetFile(1), 'a.csv')).rejects.toThrow('out of memory');
    expect(made[0]!.terminated).toBe(true);
    await expect(loadInWorker(datasetFile(1), 'a.csv')).rejects.toThrow('out of memory');
    expect(made).toHaveLength(2);
  });
});
