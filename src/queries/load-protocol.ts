// The messages between the page and the dataset worker (load.worker.ts). A file's bytes go over
// transferred, not copied; its reports come back packed (io/report-pack.ts) in batches small
// enough that unpacking one is a short task for the page; its messages come last. The worker
// keeps each loaded file's reports, so the checks over a whole dataset run there too.
import type { CheckResult } from '../domain/findings';
import type { LoadResult } from '../io/load';
import type { PackedReports } from '../io/report-pack';

export type LoadRequest =
  | { type: 'load'; id: number; path: string; bytes: ArrayBuffer }
  /** checkReports over these files' reports, in this order. */
  | { type: 'check'; id: number; paths: string[] };

export type LoadReply =
  | { type: 'ready' }
  | { type: 'reports'; id: number; packed: PackedReports }
  /** The file's result; when ok, its reports are the batches sent before (`reports` is empty). */
  | { type: 'loaded'; id: number; result: LoadResult }
  /** null: the worker no longer holds one of the files (the page then checks them itself). */
  | { type: 'checked'; id: number; result: CheckResult | null };
