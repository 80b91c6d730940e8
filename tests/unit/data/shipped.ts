// Loads every shipped dataset through its manifest, as the dashboard does, for the sweep test
// and for regenerating data/expected-findings.json (`npx tsx tests/unit/data/shipped.ts`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReports } from '../../../src/domain/checks';
import type { Finding } from '../../../src/domain/findings';
import type { Report } from '../../../src/domain/report';
import { tryLoadReports, type LoadResult } from '../../../src/io/load';
import { tryParseManifest, type Manifest } from '../../../src/io/manifest';

export const DATA_DIR = join(import.meta.dirname, '../../../data');

export interface ShippedDataset {
  id: string;
  results: { path: string; result: LoadResult }[];
  reports: Report[];
  findings: Finding[];
}

/** A finding as documented: rule, severity, where, and which cells. */
export interface DocumentedFinding {
  rule: string;
  severity: string;
  unit: string;
  year: number;
  cells: string[];
}

export function readManifest(): Manifest {
  const parsed = tryParseManifest(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.en).join('\n'));
  return parsed.manifest;
}

export function loadShipped(): ShippedDataset[] {
  return readManifest().datasets.map((d) => {
    const results = d.years.map((y) => {
      const path = d.files[String(y)]!;
      return { path, result: tryLoadReports(readFileSync(join(DATA_DIR, path)), path) };
    });
    const reports = results.flatMap(({ result }) => (result.ok ? result.reports : []));
    return { id: d.id, results, reports, findings: checkReports(reports).findings };
  });
}

export function documented(f: Finding): DocumentedFinding {
  const cells = f.cells.map((c) => (c.year === f.year && c.unit === f.unit ? c.key : `${c.year}:${c.key}`));
  return { rule: f.rule, severity: f.severity, unit: f.unit, year: f.year, cells };
}

export function sortDocumented(list: DocumentedFinding[]): DocumentedFinding[] {
  const key = (d: DocumentedFinding) => `${d.unit}\u0000${d.year}\u0000${d.rule}\u0000${d.cells.join(',')}`;
  return [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

if (process.argv[1] === import.meta.filename) {
  const out = Object.fromEntries(
    loadShipped().map((d) => [d.id, sortDocumented(d.findings.map(documented))]),
  );
  console.log(JSON.stringify(out, null, 1));
}
