// Bytes → reports, never trusting the file: (optional) report-count cap, a CSV's counted from its
// lines before anything is decoded → size cap and decode (decode.ts) → format by extension or by
// sniffing → CSV (csv-read.ts) or JSON (json-read.ts, item count capped before any item is read)
// → duplicate (unit, year) check → capped messages. Never throws: any surprise becomes an
// 'internal' error.
import type { Report } from '../domain/report';
import { readCsv, type ReadOutcome } from './csv-read';
import { tryDecode, type Encoding } from './decode';
import { readJson } from './json-read';
import { countLines, reportCountRefusal } from './limits';
import { capMessages, message, type LoadMessage } from './messages';

export type { Encoding } from './decode';
export type { LoadMessage } from './messages';

export type LoadResult =
  | {
      ok: true;
      file: string;
      format: 'csv' | 'json';
      encoding: Encoding;
      reports: Report[];
      warnings: LoadMessage[];
    }
  | { ok: false; file: string; errors: LoadMessage[]; warnings: LoadMessage[] };

export interface LoadOptions {
  /** Refuse a file with more reports than this (the import view's cap); none by default. */
  maxReports?: number;
}

export function tryLoadReports(
  bytes: Uint8Array,
  fileName: string,
  options: LoadOptions = {},
): LoadResult {
  try {
    return load(bytes, fileName, options);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      file: fileName,
      errors: [message('internal', { file: fileName, detail })],
      warnings: [],
    };
  }
}

function load(bytes: Uint8Array, file: string, { maxReports }: LoadOptions): LoadResult {
  const refuse = (error: LoadMessage): LoadResult => ({
    ok: false,
    file,
    errors: [error],
    warnings: [],
  });
  if (maxReports !== undefined && detectFormat(headText(bytes), file) === 'csv') {
    const tooMany = reportCountRefusal(file, countLines(bytes) - 1, 'line', maxReports);
    if (tooMany) return refuse(tooMany);
  }
  const decoded = tryDecode(bytes, file);
  if (!decoded.ok) return { ok: false, file, errors: decoded.errors, warnings: [] };
  const format = detectFormat(decoded.text, file);
  const outcome =
    format === 'json' ? readJson(decoded.text, file, maxReports) : readCsv(decoded.text, file);
  const warnings: LoadMessage[] = [];
  if (decoded.encoding === 'gb18030') warnings.push(message('encoding-gb18030', { file }));
  warnings.push(...outcome.warnings);
  const errors = [...outcome.errors, ...duplicates(outcome, file, format)];
  if (errors.length > 0) {
    return {
      ok: false,
      file,
      errors: capMessages(errors, file),
      warnings: capMessages(warnings, file),
    };
  }
  if (outcome.reports.length === 0) warnings.push(message('no-reports', { file }));
  return {
    ok: true,
    file,
    format,
    encoding: decoded.encoding,
    reports: outcome.reports,
    warnings: capMessages(warnings, file),
  };
}

/** The first bytes as text, enough for detectFormat's sniff; UTF-16's zero bytes dropped. */
function headText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes.subarray(0, 256)).replace(/\0/g, '');
}

/** By extension (.csv / .json, any case); otherwise a leading [ or { means JSON. */
export function detectFormat(text: string, fileName: string): 'csv' | 'json' {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.json')) return 'json';
  const first = /\S/.exec(text.replace(/^\uFEFF/, ''))?.[0];
  return first === '[' || first === '{' ? 'json' : 'csv';
}

/** Two reports for the same (unit, year), or the same (unitId, year), cannot both be right. */
function duplicates(outcome: ReadOutcome, file: string, format: 'csv' | 'json'): LoadMessage[] {
  const errors: LoadMessage[] = [];
  const firstRow = new Map<string, number>();
  outcome.reports.forEach((r, i) => {
    const row = outcome.rows[i]!;
    const keys = [`unit\u0000${r.unit}\u0000${r.year}`];
    if (r.unitId !== null) keys.push(`id\u0000${r.unitId}\u0000${r.year}`);
    const other = keys.map((k) => firstRow.get(k)).find((n) => n !== undefined);
    if (other !== undefined) {
      const rowKind = format === 'json' ? 'item' : 'line';
      const value = `${r.unit} ${r.year}`;
      errors.push(message('duplicate-report', { file, row, rowKind, other, value }));
    }
    for (const k of keys) if (!firstRow.has(k)) firstRow.set(k, row);
  });
  return errors;
}
