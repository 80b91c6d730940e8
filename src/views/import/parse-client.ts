// The import worker seen from the page: started on first use (its code loads only then), one job
// at a time, batches handed on as they arrive. Cancel terminates the worker (a fresh one starts
// for the next job). A worker the browser will not start (no Worker, a blocked or failed script
// load, no 'ready' in time) makes the job 'unavailable', so the caller can fall back; a worker
// that dies mid-job makes it 'failed'. Never rejects.
import type { DraftData, JobOutcome } from './parse-job';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

export type JobRequest = WorkerRequest extends infer R
  ? R extends unknown
    ? Omit<R, 'id'>
    : never
  : never;

export type JobResult =
  | { status: 'done'; outcome: JobOutcome }
  | { status: 'cancelled' }
  | { status: 'unavailable'; reason: string }
  | { status: 'failed'; reason: string };

type Started = { ok: true; worker: Worker } | { ok: false; reason: string };

/** Vite's dev server compiles the worker's modules on first load: give it time. */
const START_TIMEOUT_MS = 20_000;

let current: Promise<Started> | null = null;
let nextId = 0;

function startWorker(): Promise<Started> {
  if (typeof Worker === 'undefined') {
    return Promise.resolve({ ok: false, reason: 'Web Worker is not supported' });
  }
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
    } catch (e) {
      resolve({ ok: false, reason: describe(e) });
      return;
    }
    const finish = (started: Started) => {
      clearTimeout(timer);
      worker.onmessage = null;
      worker.onerror = null;
      if (!started.ok) worker.terminate();
      resolve(started);
    };
    const timer = setTimeout(
      () => finish({ ok: false, reason: 'the worker did not start in time' }),
      START_TIMEOUT_MS,
    );
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      if (event.data.type === 'ready') finish({ ok: true, worker });
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      finish({ ok: false, reason: event.message || 'the worker script could not be loaded' });
    };
  });
}

/** Stop a worker (after a cancel or a crash); the next job starts a fresh one. */
function retire(worker: Worker, from: Promise<Started>): void {
  worker.terminate();
  if (current === from) current = null;
}

/** The start, or 'aborted' as soon as the signal fires (a cancel while the worker loads). */
function untilAborted(start: Promise<Started>, signal?: AbortSignal): Promise<Started | 'aborted'> {
  if (!signal) return start;
  return new Promise((resolve) => {
    const abort = () => resolve('aborted');
    signal.addEventListener('abort', abort, { once: true });
    void start.then((started) => {
      signal.removeEventListener('abort', abort);
      resolve(started);
    });
  });
}

export async function runInWorker(
  request: JobRequest,
  onBatch: (drafts: DraftData[]) => void,
  signal?: AbortSignal,
): Promise<JobResult> {
  if (signal?.aborted) return { status: 'cancelled' };
  current ??= startWorker();
  const starting = current;
  const started = await untilAborted(starting, signal);
  if (started === 'aborted') {
    // Cancelled while the worker was loading: it goes too, once it has started.
    void starting.then((s) => s.ok && retire(s.worker, starting));
    return { status: 'cancelled' };
  }
  if (!started.ok) return { status: 'unavailable', reason: started.reason };
  const { worker } = started;
  const id = ++nextId;
  return new Promise<JobResult>((resolve) => {
    const end = (result: JobResult) => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.onmessageerror = null;
      signal?.removeEventListener('abort', abort);
      resolve(result);
    };
    const abort = () => {
      retire(worker, starting);
      end({ status: 'cancelled' });
    };
    signal?.addEventListener('abort', abort, { once: true });
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'ready' || reply.id !== id) return;
      if (reply.type === 'batch') onBatch(reply.drafts);
      else end({ status: 'done', outcome: reply.outcome });
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      retire(worker, starting);
      end({ status: 'failed', reason: event.message || 'the worker stopped' });
    };
    worker.onmessageerror = () => {
      retire(worker, starting);
      end({ status: 'failed', reason: 'a message from the worker could not be read' });
    };
    worker.postMessage({ ...request, id } as WorkerRequest);
  });
}

function describe(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}
