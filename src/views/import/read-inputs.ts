// What the user dropped, picked or pasted → drafts and per-file messages, without tying up the
// page. Stages, file by file: the first KB (is it a PDF?) and the size → refused at once when over
// its kind's cap (limits.ts), before a byte more is read → PDF: read here and handed to pdf.js,
// which parses in its own worker (loaded on demand) → anything else: the import worker reads and
// parses it (parse-client.ts) and sends drafts' data in batches → drafts. A cancel stops the
// file being read; it and the files after it leave nothing behind. When no worker can start,
// small inputs are parsed in the page and larger ones refused with a message, never a freeze.
import type { LoadMessage } from '../../io/load';
import { HEAD_BYTES, inputKind, sizeRefusal } from '../../io/limits';
import { message } from '../../io/messages';
import type { ParseResult } from '../../io/report/types';
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
  if (kind === 'pdf') return readPdf(file, signal);
  const request: JobRequest = { kind, name: file.name, file };
  const input = async (): Promise<JobInput> => ({
    kind,
    name: file.name,
    bytes: await bytesOf(file),
  });
  return viaWorker(request, file.size, input, onReports, signal);
}

async function readPdf(file: File, signal: AbortSignal | undefined): Promise<FileOutcome> {
  const bytes = await bytesOf(file);
  if (signal?.aborted) return cancelled(file.name);
  const { tryParseReportFile } = await import('../../io/report/parse-any');
  const result = await tryParseReportFile(bytes, file.name, { signal });
  return signal?.aborted ? cancelled(file.name) : fromParse(result);
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
      drafts.push(makeDraft(name, d.report, d.provenance, d.warnings, d.sourceLines, d.findings));
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
      if (size > FALLBACK_MAX_BYTES) {
        const p = { file: name, detail: result.reason, count: size, other: FALLBACK_MAX_BYTES };
        return refused(name, message('worker-unavailable', p));
      }
      const { runJob } = await import('./parse-job');
      const outcome = runJob(await input(), take);
      return { ...outcome, drafts };
    }
  }
}

function refused(file: string, error: LoadMessage): FileOutcome {
  return { file, drafts: [], errors: [error], warnings: [] };
}

function cancelled(file: string): FileOutcome {
  return { file, drafts: [], errors: [], warnings: [message('import-cancelled', { file })] };
}

function fromParse(result: ParseResult): FileOutcome {
  if (!result.ok) {
    return { file: result.file, drafts: [], errors: result.errors, warnings: result.warnings };
  }
  return {
    file: result.file,
    drafts: result.reports.map((p) =>
      makeDraft(result.file, p.report, p.provenance, p.warnings, p.sourceLines),
    ),
    errors: [],
    warnings: result.warnings,
  };
}
