// Report[] → wide CSV text (RFC 4180 quoting). Blank is null. Map- and list-valued columns
// (publishedBreakdown, other, notes) hold JSON text; narrative.approx holds keys joined by ';'.
import { getCell } from '../domain/cells';
import { CSV_COLUMNS } from '../domain/columns';
import { FIELD_BY_KEY } from '../domain/fields';
import type { Report } from '../domain/report';

export interface CsvWriteOptions {
  /** `key`: flat keys (default); `zh`: the dictionary's Chinese headers. */
  header?: 'key' | 'zh';
  /** Prefix a UTF-8 BOM so Excel detects the encoding. */
  bom?: boolean;
}

export function toWideCsv(reports: readonly Report[], options: CsvWriteOptions = {}): string {
  const header = CSV_COLUMNS.map((c) => (options.header === 'zh' ? c.zh : c.key));
  const lines = [header.map(quote).join(',')];
  for (const r of reports) lines.push(CSV_COLUMNS.map((c) => quote(cellText(r, c.key))).join(','));
  return (options.bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}

function cellText(r: Report, key: string): string {
  const field = FIELD_BY_KEY.get(key);
  if (field) {
    if (field.table === 't2-2019' && r.proactive2019 === null) return '';
    const v = getCell(r, field);
    return v === null ? '' : String(v);
  }
  switch (key) {
    case 'unit':
      return r.unit;
    case 'year':
      return String(r.year);
    case 'unitId':
      return r.unitId ?? '';
    case 'region':
      return r.region ?? '';
    case 'level':
      return r.level ?? '';
    case 'format':
      return r.format;
    case 'source.url':
      return r.source.url ?? '';
    case 'source.title':
      return r.source.title ?? '';
    case 'source.published':
      return r.source.published ?? '';
    case 'source.file':
      return r.source.file ?? '';
    case 'narrative.approx':
      return r.narrative.approx.join(';');
    case 'narrative.publishedBreakdown':
      return jsonOrBlank(r.narrative.publishedBreakdown);
    case 'narrative.other':
      return jsonOrBlank(r.narrative.other);
    case 'notes':
      return r.notes.length ? JSON.stringify(r.notes) : '';
    default:
      return '';
  }
}

function jsonOrBlank(obj: Record<string, number>): string {
  return Object.keys(obj).length ? JSON.stringify(obj) : '';
}

function quote(text: string): string {
  // A leading = + - @ would be run as a formula by spreadsheet programs; numbers are exempt.
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
