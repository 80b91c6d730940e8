// A user's dataset as the dashboard reads it: its shape, whether an id names one, and its
// current reports. No IndexedDB code: the first view needs these (use-dataset.ts) before, and
// mostly without, ever opening the database (user-datasets-read.ts, loaded on first use).
import { compareNames } from '../domain/collate';
import type { Report } from '../domain/report';

export interface StoredReport {
  report: Report;
  version: number;
  importedAt: string;
  source: string;
}
export interface UserDatasetSummary {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  reports: number;
  units: number;
  years: number[];
}
export interface UserDataset extends UserDatasetSummary {
  entries: StoredReport[];
}
export const USER_PREFIX = 'user-';

export function isUserDatasetId(id: string | null): id is string {
  return id !== null && id.startsWith(USER_PREFIX);
}

/** The reports the dashboard uses: the latest version of each (unit, year). */
export function currentReports(dataset: UserDataset): Report[] {
  const latest = new Map<string, StoredReport>();
  for (const e of dataset.entries) {
    const key = pairKey(e.report);
    const held = latest.get(key);
    if (!held || e.version > held.version) latest.set(key, e);
  }
  return [...latest.values()]
    .map((e) => e.report)
    .sort((a, b) => a.year - b.year || compareNames(a.unit, b.unit));
}

/** One (unit, year): the reports of a dataset hold one current version of each. */
export function pairKey(r: { unit: string; year: number }): string {
  return `${r.unit}\u0000${r.year}`;
}
