// Reading the user's own datasets (see user-datasets.ts for the stores): the list, one dataset
// and its current reports, which the dashboard needs from its first view (the dataset switcher,
// a link to a user's dataset). Creating, renaming, deleting and importing are in
// user-datasets.ts, loaded with the views that do them; it re-exports all of this.
import type { Report } from '../domain/report';
import {
  attempt,
  BY_DATASET,
  DATASETS,
  notFound,
  openDb,
  REPORTS,
  req,
  StoreFailure,
  type StoreResult,
} from './idb';
import type { ReportRecord } from './import-plan';
import { compareNames } from '../domain/collate';

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

export async function listUserDatasets(): Promise<StoreResult<UserDatasetSummary[]>> {
  return attempt(async () => {
    const db = await openDb();
    const all = await req(db.transaction(DATASETS).objectStore(DATASETS).getAll());
    return (all as UserDatasetSummary[]).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  });
}

export async function getUserDataset(id: string): Promise<StoreResult<UserDataset>> {
  return attempt(async () => {
    const db = await openDb();
    const tx = db.transaction([DATASETS, REPORTS]);
    const [summary, records] = await Promise.all([
      req(tx.objectStore(DATASETS).get(id)) as Promise<UserDatasetSummary | undefined>,
      req(tx.objectStore(REPORTS).index(BY_DATASET).getAll(id)) as Promise<ReportRecord[]>,
    ]);
    if (!summary) throw new StoreFailure(notFound(id));
    return { ...summary, entries: records.map(toStored) };
  });
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

export function toStored(r: ReportRecord): StoredReport {
  return { report: r.report, version: r.version, importedAt: r.importedAt, source: r.source };
}
