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

/** The files the stand-in server holds, by path; anything else is a 404. */
let served = new Map<string, Uint8Array>();
const fetched: string[] = [];

/** Serve these bytes as `path` and load it through the client. */
function serve(path: string, bytes: Uint8Array): string {
  served.set(path, bytes);
  return path;
}

beforeEach(() => {
  InThreadWorker.made = [];
  served = new Map();
  fetched.length = 0;
  vi.stubGlobal('Worker', InThreadWorker);
  // The page's address: the worker is handed an absolute URL, which it cannot work out itself.
  vi.stubGlobal('document', { baseURI: 'https://gov.example/dashboard/' });
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    const bytes = served.get(new URL(url, document.baseURI).pathname.replace(/^\/+/, ''));
    return bytes ? new Response(bytes.slice()) : new Response('not here', { status: 404 });
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('fetchAndLoadInWorker', () => {
  it('fetches and loads a file in a module worker into what tryLoadReports gives in the page', async () => {
    const { fetchAndLoadInWorker } = await client();
    const bytes = datasetFile(30);
    const expected = tryLoadReports(bytes.slice(), 'demo/2022.csv');
    expect(expected.ok && expected.reports.length).toBeGreaterThan(500);
    const result = await fetchAndLoadInWorker(serve('demo/2022.csv', bytes));
    expect(result).toEqual(expected);
    expect(fetched).toEqual(['https://gov.example/demo/2022.csv']);
    const [worker] = InThreadWorker.made;
    expect(worker!.options).toEqual({ type: 'module' });
    expect(String(worker!.url)).toMatch(/load\.worker\.ts$/);
  });

  it('rejects with the HTTP status a file was refused with, naming the file', async () => {
    const { fetchAndLoadInWorker } = await client();
    const { HttpError } = await import('../../../src/queries/fetch-static');
    const failure = await fetchAndLoadInWorker('demo/2019.csv').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HttpError);
    expect(failure).toMatchObject({ path: 'demo/2019.csv', status: 404 });
  });

  it('rejects a network failure as an error naming the file, so the query can retry', async () => {
    const { fetchAndLoadInWorker } = await client();
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(fetchAndLoadInWorker('demo/2022.csv')).rejects.toThrow(
      'demo/2022.csv: Failed to fetch',
    );
  });

  it('passes on a failed file with the messages the page would give, naming row and column', async () => {
    const { fetchAndLoadInWorker } = await client();
    const text = 'unit,year,requests.new.natural\n甲,2022,12\n乙,2022,x\n';
    const expected = tryLoadReports(new TextEncoder().encode(text), 'bad.csv');
    const result = await fetchAndLoadInWorker(serve('bad.csv', new TextEncoder().encode(text)));
    expect(result).toEqual(expected);
    expect(result.ok ? [] : result.errors).toMatchObject([
      { code: 'cell-not-number', file: 'bad.csv', row: 3, column: 'requests.new.natural' },
    ]);
  });
});

describe('summariseInWorker', () => {
  it('checks the files the worker loaded, in the order given, and works out every indicator', async () => {
    const { summariseInWorker, fetchAndLoadInWorker } = await client();
    const a = await fetchAndLoadInWorker(serve('a.csv', datasetFile(2)));
    const demo = generateDemoReports().filter((r) => r.year === 2021);
    const b = await fetchAndLoadInWorker(serve('b.csv', new TextEncoder().encode(toWideCsv(demo))));
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
    const { summariseInWorker, fetchAndLoadInWorker } = await client();
    await fetchAndLoadInWorker(serve('a.csv', datasetFile(1)));
    expect(await summariseInWorker(['a.csv', 'never-loaded.csv'], [2022])).toBeNull();
  });
});

describe('without a worker', () => {
  it('loads in the page when the browser has no Worker, and leaves checking to the page', async () => {
    vi.stubGlobal('Worker', undefined);
    const { summariseInWorker, fetchAndLoadInWorker } = await client();
    const bytes = datasetFile(1);
    expect(await fetchAndLoadInWorker(serve('a.csv', bytes))).toEqual(
      tryLoadReports(bytes, 'a.csv'),
    );
    expect(fetched).toEqual(['/a.csv']); // the page's own fetch, relative to the page
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
    const { fetchAndLoadInWorker } = await client();
    const bytes = datasetFile(1);
    expect(await fetchAndLoadInWorker(serve('a.csv', bytes))).toEqual(
      tryLoadReports(bytes, 'a.csv'),
    );
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
    const { fetchAndLoadInWorker } = await client();
    serve('a.csv', datasetFile(1));
    await expect(fetchAndLoadInWorker('a.csv')).rejects.toThrow('out of memory');
    expect(made[0]!.terminated).toBe(true);
    await expect(fetchAndLoadInWorker('a.csv')).rejects.toThrow('out of memory');
    expect(made).toHaveLength(2);
  });
});
