// The dataset worker seen from the page: started on first use, one worker for the session (it
// keeps the reports it loaded, for the checks), jobs answered by id. Where no worker can start
// (jsdom, a browser without module workers, a blocked script) the page does the same work itself,
// as it did before the worker existed, so results and messages are the same either way. A worker
// that dies mid-job rejects that job (the query retries it once, in a fresh worker).
import type { Report } from '../domain/report';
import type { LoadResult } from '../io/load';
import type { ManifestResult } from '../io/manifest';
import { unpackReports } from '../io/report-pack';
import { dataUrl, fetchBytes, HttpError } from './fetch-static';
import type { DatasetSummary, LoadReply, LoadRequest } from './load-protocol';

/** Vite's dev server compiles the worker's modules on first load: give it time. */
const START_TIMEOUT_MS = 20_000;

interface Job {
  onReply: (reply: LoadReply) => void;
  fail: (reason: string) => void;
}

interface Session {
  worker: Worker;
  jobs: Map<number, Job>;
}

let current: Promise<Session | null> | null = null;
let nextId = 0;

function start(): Promise<Session | null> {
  if (typeof Worker === 'undefined') return Promise.resolve(null);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(null);
      return;
    }
    const timer = setTimeout(() => refuse(), START_TIMEOUT_MS);
    const refuse = () => {
      clearTimeout(timer);
      worker.terminate();
      resolve(null);
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      refuse();
    };
    worker.onmessage = (event: MessageEvent<LoadReply>) => {
      if (event.data.type !== 'ready') return;
      clearTimeout(timer);
      resolve(listen(worker));
    };
  });
}

/** After 'ready': replies go to their job; a crash fails every open job and ends the session. */
function listen(worker: Worker): Session {
  const session: Session = { worker, jobs: new Map() };
  const die = (reason: string) => {
    worker.terminate();
    current = null; // the next job starts a fresh worker
    for (const job of session.jobs.values()) job.fail(reason);
    session.jobs.clear();
  };
  worker.onmessage = (event: MessageEvent<LoadReply>) => {
    const reply = event.data;
    if (reply.type !== 'ready') session.jobs.get(reply.id)?.onReply(reply);
  };
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    die(event.message || 'the dataset worker stopped');
  };
  worker.onmessageerror = () => die('a message from the dataset worker could not be read');
  return session;
}

function session(): Promise<Session | null> {
  current ??= start();
  return current;
}

/** Send a request and collect replies until `done` returns a value. */
function run<T>(
  s: Session,
  request: LoadRequest,
  done: (reply: LoadReply) => T | undefined,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    s.jobs.set(request.id, {
      onReply: (reply) => {
        const value = done(reply);
        if (value === undefined) return;
        s.jobs.delete(request.id);
        resolve(value);
      },
      fail: (reason) => reject(new Error(reason)),
    });
    s.worker.postMessage(request);
  });
}

/**
 * A shipped dataset file, fetched and loaded (tryLoadReports) in the dataset worker — in the
 * page when no worker can start. An HTTP error status rejects with HttpError, a network
 * failure with an Error, as fetchBytes does.
 */
export async function fetchAndLoadInWorker(
  path: string,
  signal?: AbortSignal,
): Promise<LoadResult> {
  const s = await session();
  if (!s) return (await import('../io/load')).tryLoadReports(await fetchBytes(path, signal), path);
  const url = new URL(dataUrl(path), document.baseURI).href;
  const request: LoadRequest = { type: 'fetch', id: ++nextId, path, url };
  // For `npm run bench:browser`: the page cannot see the worker's requests in its own timeline.
  performance.mark('dataset-file-requested', { detail: path });
  const reports: Report[] = [];
  const outcome = await run(s, request, (reply): LoadResult | Error | undefined => {
    switch (reply.type) {
      case 'reports':
        for (const r of unpackReports(reply.packed)) reports.push(r);
        return undefined;
      case 'loaded':
        return reply.result.ok ? { ...reply.result, reports } : reply.result;
      case 'http':
        return new HttpError(path, reply.status);
      case 'network':
        return new Error(`${path}: ${reply.message}`);
      default:
        return undefined;
    }
  });
  if (outcome instanceof Error) throw outcome;
  return outcome;
}

/**
 * checkReports and every indicator's series over the reports of these files (all loaded by
 * fetchAndLoadInWorker, in this order), in the worker; null when there is no worker or it no longer
 * holds one of them.
 */
export async function summariseInWorker(
  paths: readonly string[],
  years: readonly number[],
): Promise<DatasetSummary | null> {
  const s = await session();
  if (!s) return null;
  const request: LoadRequest = {
    type: 'check',
    id: ++nextId,
    paths: [...paths],
    years: [...years],
  };
  const reply = await run(s, request, (r) =>
    r.type === 'checked' ? { value: r.result } : undefined,
  );
  return reply.value;
}

/**
 * tryParseManifest in the dataset worker (in the page when no worker can start): the manifest's
 * schema and message code then never load on the page. Asking also starts the worker, so it is
 * ready for the dataset files the manifest names.
 */
export async function parseManifestInWorker(text: string, file: string): Promise<ManifestResult> {
  const s = await session();
  if (!s) return (await import('../io/manifest')).tryParseManifest(text, file);
  const request: LoadRequest = { type: 'manifest', id: ++nextId, text, file };
  const reply = await run(s, request, (r) =>
    r.type === 'manifest' ? { value: r.result } : undefined,
  );
  return reply.value;
}

/** Starts the dataset worker now (it takes a moment to fetch and compile). */
export function warmWorker(): void {
  void session();
}
