// The dataset worker: reads the manifest (tryParseManifest); fetches a dataset file and decodes,
// parses and normalises it (tryLoadReports, the same code the page ran before) off the page's
// thread, posts the reports back packed in batches, then the file's messages; keeps the reports
// of the files it loaded, so the checks over a whole dataset (checkReports) and its headline
// indicators (everySeries) are worked out here too. Says 'ready' once loaded, so the page can
// tell a worker that started from one the browser refused.
import { checkReports } from '../domain/checks';
import { everySeries } from '../domain/indicators';
import type { Report } from '../domain/report';
import { tryLoadReports } from '../io/load';
import { tryParseManifest } from '../io/manifest';
import { packReports } from '../io/report-pack';
import type { DatasetSummary, LoadReply, LoadRequest } from './load-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Reports per message: the page unpacks 250 in a short task (500 took up to ~100 ms on a busy machine). */
const BATCH = 250;
/** Reports kept for checking, about two province-scale datasets; the oldest files go first. */
const KEEP_REPORTS = 100_000;

const held = new Map<string, Report[]>();

function hold(path: string, reports: Report[]): void {
  held.delete(path);
  held.set(path, reports);
  let total = 0;
  for (const list of held.values()) total += list.length;
  for (const [oldest, list] of held) {
    if (total <= KEEP_REPORTS || oldest === path) break;
    held.delete(oldest);
    total -= list.length;
  }
}

function load(id: number, path: string, bytes: ArrayBuffer): void {
  const result = tryLoadReports(new Uint8Array(bytes), path);
  if (!result.ok) {
    post({ type: 'loaded', id, result });
    return;
  }
  hold(path, result.reports);
  for (let i = 0; i < result.reports.length; i += BATCH) {
    const packed = packReports(result.reports.slice(i, i + BATCH));
    scope.postMessage({ type: 'reports', id, packed } satisfies LoadReply, [packed.cells.buffer]);
  }
  post({ type: 'loaded', id, result: { ...result, reports: [] } });
}

/** Fetches a dataset file, then loads it; an HTTP status or a network failure goes back as such. */
async function fetchAndLoad(id: number, path: string, url: string): Promise<void> {
  let bytes: ArrayBuffer;
  try {
    const response = await fetch(url);
    if (!response.ok) {
      post({ type: 'http', id, status: response.status });
      return;
    }
    bytes = await response.arrayBuffer();
  } catch (error) {
    post({ type: 'network', id, message: error instanceof Error ? error.message : String(error) });
    return;
  }
  load(id, path, bytes);
}

function check(id: number, paths: readonly string[], years: readonly number[]): void {
  const lists = paths.map((p) => held.get(p));
  if (lists.some((l) => l === undefined)) {
    post({ type: 'checked', id, result: null });
    return;
  }
  const reports = lists.flatMap((l) => l!);
  let result: DatasetSummary | null;
  try {
    result = { check: checkReports(reports), series: everySeries(reports, years) };
  } catch {
    result = null; // the page works them out itself and shows what goes wrong there
  }
  post({ type: 'checked', id, result });
}

function post(reply: LoadReply): void {
  scope.postMessage(reply);
}

scope.onmessage = (event: MessageEvent<LoadRequest>) => {
  const request = event.data;
  if (request.type === 'fetch') void fetchAndLoad(request.id, request.path, request.url);
  else if (request.type === 'manifest') {
    post({
      type: 'manifest',
      id: request.id,
      result: tryParseManifest(request.text, request.file),
    });
  } else check(request.id, request.paths, request.years);
};

post({ type: 'ready' });
