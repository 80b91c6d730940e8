// The messages between the page and the dataset worker (load.worker.ts). The worker fetches a
// dataset file itself (reading a 4 MB body into an ArrayBuffer cost the page a task of about
// 100 ms per file). Its reports come back packed (io/report-pack.ts) in batches small
// enough that unpacking one is a short task for the page; its messages come last. The worker
// reads the manifest too, so its schema code stays off the page's first load. It keeps each
// loaded file's reports, so the checks and the headline indicators over a whole
// dataset are worked out there too.
import type { CheckResult } from '../domain/findings';
import type { IndicatorKey, SeriesPoint } from '../domain/indicators';
import type { LoadResult } from '../io/load';
import type { ManifestResult } from '../io/manifest';
import type { PackedReports } from '../io/report-pack';

export type LoadRequest =
  /** Fetch the dataset file at `url` (absolute) and load it as `path`. */
  | { type: 'fetch'; id: number; path: string; url: string }
  /** checkReports over these files' reports, in this order, and every indicator's series. */
  | { type: 'check'; id: number; paths: string[]; years: number[] }
  /** tryParseManifest over the text of data/manifest.json. */
  | { type: 'manifest'; id: number; text: string; file: string };

export type LoadReply =
  | { type: 'ready' }
  | { type: 'reports'; id: number; packed: PackedReports }
  /** The file's result; when ok, its reports are the batches sent before (`reports` is empty). */
  | { type: 'loaded'; id: number; result: LoadResult }
  /** null: the worker no longer holds one of the files (the page then checks them itself). */
  | { type: 'checked'; id: number; result: DatasetSummary | null }
  | { type: 'manifest'; id: number; result: ManifestResult }
  /** A 'fetch' the server answered with an HTTP error status. */
  | { type: 'http'; id: number; status: number }
  /** A 'fetch' that failed on the network (the page's query retries it). */
  | { type: 'network'; id: number; message: string };

/** What the worker works out over a whole dataset. */
export interface DatasetSummary {
  check: CheckResult;
  /** Every indicator over all the reports, for the years asked (indicators.everySeries). */
  series: Record<IndicatorKey, SeriesPoint[]>;
}
