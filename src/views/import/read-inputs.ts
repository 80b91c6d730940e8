// What the user dropped, picked or pasted → drafts and per-file messages, without tying up the
// page. Stages, file by file: the first KB (is it a PDF?) and the size → refused at once when over
// its kind's cap (limits.ts), before a byte more is read → the import worker reads and parses it
// (parse-client.ts; PDFs with pdf.js inside that worker) and sends drafts' data in batches →
// drafts. The page never holds a file's bytes. A cancel stops the file being read; it and the
// files after it leave nothing behind. When no worker can start: PDFs are read in the page (pdf.js
// then parses in a worker of its own), other inputs up to FALLBACK_MAX_BYTES are parsed in the
// page, and larger ones refused with a message — never a freeze.
import type { LoadMessage } from '../../io/load';
import { HEAD_BYTES, inputKind, sizeRefusal } from '../../io/limits';
import { message } from '../../io/messages';
import { makeDraft, type Draft } from './drafts';
import { runInWorker, type JobRequest } from './parse-client';
import type { DraftData, JobInput } from './parse-job';

export interface FileOutcome {
  file: string;
  drafts: Draft[];
  errors: LoadMessage[];
  warnings: LoadMessage[];
}

/** Which input is being read, for the busy note. */
export interface Progress {
  file: string;
  /** 0-based position among the inputs of this pick */
  index: number;
  total: number;
  /** reports read from this input so far */
  reports: number;
}

export interface ReadContext {
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
}

/** Parsed in the page when no worker can start: a report page or a small dataset, quickly. */
export const FALLBACK_MAX_BYTES = 1024 * 1024;

/** One input after another; never rejects. */
export async function readFiles(
  files: readonly File[],
  ctx: ReadContext = {},
): Promise<FileOutcome[]> {
  const out: FileOutcome[] = [];
  for (const [index, file] of files.entries()) {
    if (ctx.signal?.aborted) {
      out.push(cancelled(file.name));
      continue;
    }
    const progress = (reports: number) =>
      ctx.onProgress?.({ file: file.name, index, total: files.length, reports });
    progress(0);
    out.push(await readFile(file, progress, ctx.signal));
  }
  return out;
}

/** Never rejects: a file that cannot be read (moved, unreadable) becomes its own message. */
export async function readFile(
  file: File,
  onReports?: (count: number) => void,
  signal?: AbortSignal,
): Promise<FileOutcome> {
  try {
    return await read(file, onReports, signal);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return refused(file.name, message('internal', { file: file.name, detail }));
  }
}

export async function readPasted(
  text: string,
  name: string,
  ctx: ReadContext = {},
): Promise<FileOutcome> {
  const size = new Blob([text]).size;
  const tooLarge = sizeRefusal(name, size, 'report');
  if (tooLarge) return refused(name, tooLarge);
  ctx.onProgress?.({ file: name, index: 0, total: 1, reports: 0 });
  const input: JobInput = { kind: 'text', name, text };
  return viaWorker(input, size, async () => input, undefined, ctx.signal);
}

/** FileReader rather than Blob.arrayBuffer: older engines (and jsdom) lack the latter. */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(blob);
  });
}

async function read(
  file: File,
  onReports: ((count: number) => void) | undefined,
  signal: AbortSignal | undefined,
): Promise<FileOutcome> {
  const kind = inputKind(file.name, await bytesOf(file.slice(0, HEAD_BYTES)));
  const tooLarge = sizeRefusal(file.name, file.size, kind);
  if (tooLarge) return refused(file.name, tooLarge);
  const request: JobRequest = { kind, name: file.name, file };
  const input = async (): Promise<JobInput> => ({
    kind,
    name: file.name,
    bytes: await bytesOf(file),
  });
  return viaWorker(request, file.size, input, onReports, signal);
}

async function viaWorker(
  request: JobRequest,
  size: number,
  input: () => Promise<JobInput>,
  onReports: ((count: number) => void) | undefined,
  signal: AbortSignal | undefined,
): Promise<FileOutcome> {
  const { name } = request;
  const drafts: Draft[] = [];
  const take = (batch: DraftData[]) => {
    for (const d of batch) {
      drafts.push(
        makeDraft(name, d.report, d.provenance, d.warnings, d.sourceLines, d.flatRuns, d.findings),
      );
    }
    onReports?.(drafts.length);
  };
  const result = await runInWorker(request, take, signal);
  switch (result.status) {
    case 'done':
      return { ...result.outcome, drafts };
    case 'cancelled':
      return cancelled(name);
    case 'failed':
      return refused(name, message('worker-failed', { file: name, detail: result.reason }));
    case 'unavailable': {
      if (request.kind !== 'pdf' && size > FALLBACK_MAX_BYTES) {
        const p = { file: name, detail: result.reason, count: size, other: FALLBACK_MAX_BYTES };
        return refused(name, message('worker-unavailable', p));
      }
      const { runJob } = await import('./parse-job');
      const outcome = await runJob(await input(), take);
      return signal?.aborted ? cancelled(name) : { ...outcome, drafts };
    }
  }
}

function refused(file: string, error: LoadMessage): FileOutcome {
  return { file, drafts: [], errors: [error], warnings: [] };
}

function cancelled(file: string): FileOutcome {
  return { file, drafts: [], errors: [], warnings: [message('import-cancelled', { file })] };
}
