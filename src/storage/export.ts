// A dataset out of the dashboard: reports → wide CSV (UTF-8 with BOM, for Excel) or the
// contract's nested JSON → a file the browser downloads. Both read back through tryLoadReports
// to the same reports. The download itself is src/ui/download.ts.
import type { Report } from '../domain/report';
import { toWideCsv } from '../io/csv-write';

export function exportCsv(reports: readonly Report[], header: 'key' | 'zh'): string {
  return toWideCsv(reports, { header, bom: true });
}

/** The contract's JSON: an array of reports nested exactly as their keys, nothing dropped. */
export function exportJson(reports: readonly Report[]): string {
  return JSON.stringify(reports, null, 2) + '\n';
}

/** `<title>_<first>-<last>.<ext>`, with characters file systems refuse replaced. */
export function exportFileName(title: string, years: readonly number[], ext: 'csv' | 'json') {
  const safe = title.replace(/[\\/:*?"<>|\s]+/g, '_').replace(/^_+|_+$/g, '') || 'dataset';
  const sorted = [...years].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const span = first === undefined ? '' : first === last ? `_${first}` : `_${first}-${last}`;
  return `${safe}${span}.${ext}`;
}
