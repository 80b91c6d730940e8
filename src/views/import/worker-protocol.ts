// The messages between the import view and its worker (parse.worker.ts). A file goes over as
// its File handle (structured-cloned as a reference, no bytes copied): the worker reads it, so
// the page never holds the bytes. Pasted text goes over as a string.
import type { DraftData, JobOutcome } from './parse-job';

export type WorkerRequest =
  | { id: number; kind: 'dataset' | 'report' | 'pdf'; name: string; file: Blob }
  | { id: number; kind: 'text'; name: string; text: string };

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'batch'; id: number; drafts: DraftData[] }
  | { type: 'done'; id: number; outcome: JobOutcome };
