// The import worker seen from the page, against a scripted stand-in for the browser's Worker:
// drafts arrive in batches, a cancel terminates the worker (the next job gets a fresh one), a
// worker that never starts makes the job 'unavailable' (so the page can fall back) and one that
// dies mid-job makes it 'failed' — the promise always settles.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftData } from '../../../src/views/import/parse-job';
import type { WorkerReply, WorkerRequest } from '../../../src/views/import/worker-protocol';

type Script = (worker: FakeWorker, request: WorkerRequest) => void;

class FakeWorker {
  static made: FakeWorker[] = [];
  /** what the worker does on start: say ready (default) or fail to load */
  static start: (worker: FakeWorker) => void = (w) => w.reply({ type: 'ready' });
  static script: Script = () => {};
  onmessage: ((e: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  requests: WorkerRequest[] = [];
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.made.push(this);
    queueMicrotask(() => FakeWorker.start(this));
  }
  reply(data: WorkerReply | object) {
    this.onmessage?.({ data } as MessageEvent<WorkerReply>);
  }
  fail(message: string) {
    this.onerror?.({ message, preventDefault: () => {} } as ErrorEvent);
  }
  postMessage(request: WorkerRequest) {
    this.requests.push(request);
    queueMicrotask(() => FakeWorker.script(this, request));
  }
  terminate() {
    this.terminated = true;
  }
}

const draft = (unit: string) => ({ report: { unit } }) as unknown as DraftData;
const outcome = { file: 'a.csv', errors: [], warnings: [] };

async function client() {
  vi.resetModules(); // the client keeps its worker in module state
  return import('../../../src/views/import/parse-client');
}

beforeEach(() => {
  FakeWorker.made = [];
  FakeWorker.start = (w) => w.reply({ type: 'ready' });
  FakeWorker.script = () => {};
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('runInWorker', () => {
  it('starts a module worker, hands it the file and passes batches on until done', async () => {
    const { runInWorker } = await client();
    FakeWorker.script = (w, req) => {
      w.reply({ action: 'ready', sourceName: 'worker' }); // pdf.js's own chatter: ignored
      w.reply({ type: 'batch', id: req.id, drafts: [draft('A'), draft('B')] });
      w.reply({ type: 'batch', id: req.id + 100, drafts: [draft('stale')] });
      w.reply({ type: 'batch', id: req.id, drafts: [draft('C')] });
      w.reply({ type: 'done', id: req.id, outcome });
    };
    const file = new Blob(['unit,year']);
    const got: string[] = [];
    const result = await runInWorker({ kind: 'dataset', name: 'a.csv', file }, (batch) =>
      got.push(...batch.map((d) => d.report.unit)),
    );
    expect(result).toEqual({ status: 'done', outcome });
    expect(got).toEqual(['A', 'B', 'C']);
    const [worker] = FakeWorker.made;
    expect(worker!.options).toEqual({ type: 'module' });
    expect(String(worker!.url)).toMatch(/parse\.worker\.ts$/);
    expect(worker!.requests[0]).toMatchObject({ kind: 'dataset', name: 'a.csv', file });
    // The next job reuses the same worker.
    await runInWorker({ kind: 'text', name: 'p', text: 'x' }, () => {});
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('cancels by terminating the worker; the next job starts a fresh one', async () => {
    const { runInWorker } = await client();
    const controller = new AbortController();
    FakeWorker.script = (w, req) => {
      w.reply({ type: 'batch', id: req.id, drafts: [draft('A')] });
      controller.abort(); // the user presses cancel mid-file
    };
    const result = await runInWorker(
      { kind: 'report', name: 'big.txt', file: new Blob(['x']) },
      () => {},
      controller.signal,
    );
    expect(result).toEqual({ status: 'cancelled' });
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    FakeWorker.script = (w, req) => w.reply({ type: 'done', id: req.id, outcome });
    expect((await runInWorker({ kind: 'text', name: 'p', text: 'x' }, () => {})).status).toBe(
      'done',
    );
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('cancels while the worker is still loading, and stops it once it has loaded', async () => {
    const { runInWorker } = await client();
    let ready: () => void = () => {};
    FakeWorker.start = (w) => (ready = () => w.reply({ type: 'ready' }));
    const controller = new AbortController();
    const job = runInWorker({ kind: 'text', name: 'p', text: 'x' }, () => {}, controller.signal);
    await Promise.resolve();
    controller.abort();
    expect(await job).toEqual({ status: 'cancelled' });
    expect(FakeWorker.made[0]!.requests).toEqual([]);
    ready();
    await Promise.resolve();
    expect(FakeWorker.made[0]!.terminated).toBe(true);
  });

  it('says unavailable, with the reason, when the worker script cannot load', async () => {
    const { runInWorker } = await client();
    FakeWorker.start = (w) => w.fail('blocked by Content Security Policy');
    const result = await runInWorker({ kind: 'text', name: 'p', text: 'x' }, () => {});
    expect(result).toEqual({ status: 'unavailable', reason: 'blocked by Content Security Policy' });
    expect(FakeWorker.made[0]!.terminated).toBe(true);
  });

  it('says unavailable when the browser has no Worker or refuses to construct one', async () => {
    vi.stubGlobal('Worker', undefined);
    let { runInWorker } = await client();
    expect((await runInWorker({ kind: 'text', name: 'p', text: 'x' }, () => {})).status).toBe(
      'unavailable',
    );
    vi.stubGlobal('Worker', function refuse() {
      throw new DOMException('denied', 'SecurityError');
    });
    ({ runInWorker } = await client());
    expect(await runInWorker({ kind: 'text', name: 'p', text: 'x' }, () => {})).toEqual({
      status: 'unavailable',
      reason: 'SecurityError: denied',
    });
  });

  it('fails the job when the worker dies mid-file, and recovers for the next', async () => {
    const { runInWorker } = await client();
    FakeWorker.script = (w) => w.fail('out of memory');
    const result = await runInWorker(
      { kind: 'dataset', name: 'a.csv', file: new Blob(['x']) },
      () => {},
    );
    expect(result).toEqual({ status: 'failed', reason: 'out of memory' });
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    FakeWorker.script = (w, req) => w.reply({ type: 'done', id: req.id, outcome });
    expect((await runInWorker({ kind: 'text', name: 'p', text: 'x' }, () => {})).status).toBe(
      'done',
    );
    expect(FakeWorker.made).toHaveLength(2);
  });
});
