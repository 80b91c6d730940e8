// Per-year dataset files: JSON (an array of reports, one table row per line so the files stay
// readable and diffable) or the wide CSV with a BOM for Excel. Used for data/demo and
// data/samples alike.
import type { Report } from '../../src/domain/report';
import { toWideCsv } from '../../src/io/csv-write';

export const DEMO_NOTE =
  '模拟数据：虚构单位与数字，仅供演示 / Simulated data: fictional unit and figures, for demonstration only';

/** Even years as CSV, odd years as JSON, so the dataset exercises both loaders. */
export function demoExt(year: number): 'csv' | 'json' {
  return year % 2 === 0 ? 'csv' : 'json';
}

export function demoFiles(reports: readonly Report[]): Map<string, string> {
  return yearFiles(reports, 'demo', demoExt);
}

/** `<dir>/<year>.<ext>` → text, years ascending, reports in the given order within a year. */
export function yearFiles(
  reports: readonly Report[],
  dir: string,
  extOf: (year: number) => 'csv' | 'json',
): Map<string, string> {
  const years = [...new Set(reports.map((r) => r.year))].sort((a, b) => a - b);
  const files = new Map<string, string>();
  for (const year of years) {
    const ofYear = reports.filter((r) => r.year === year);
    const ext = extOf(year);
    const text =
      ext === 'csv' ? toWideCsv(ofYear, { header: 'key', bom: true }) : formatReportsJson(ofYear);
    files.set(`${dir}/${year}.${ext}`, text);
  }
  return files;
}

export function formatReportsJson(reports: readonly Report[]): string {
  return formatValue(reports, '') + '\n';
}

function formatValue(value: unknown, indent: string): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = value.map((v) => formatValue(v, inner));
    const flat = `[${items.join(', ')}]`;
    if (value.every(isScalar) && flat.length <= 80) return flat;
    return `[\n${items.map((i) => inner + i).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const pairs = entries.map(([k, v]) => `${JSON.stringify(k)}: ${formatValue(v, inner)}`);
  // A table row (only cells) stays on one line.
  if (entries.every(([, v]) => isScalar(v))) return `{ ${pairs.join(', ')} }`;
  return `{\n${pairs.map((p) => inner + p).join(',\n')}\n${indent}}`;
}

function isScalar(v: unknown): boolean {
  return v === null || typeof v !== 'object';
}
