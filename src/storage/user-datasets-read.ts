// Reading the user's own datasets (see user-datasets.ts for the stores): the list and one
// dataset, which the dashboard asks for from its first view (the dataset switcher, a link to a
// user's dataset), loaded with its first query (queries/user-datasets.ts); a dataset's shape and
// current reports are in user-dataset.ts. Creating, renaming, deleting and importing are in
// user-datasets.ts, loaded with the views that do them; it re-exports all of this.
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
import type { StoredReport, UserDataset, UserDatasetSummary } from './user-dataset';

export {
  currentReports,
  isUserDatasetId,
  pairKey,
  USER_PREFIX,
  type StoredReport,
  type UserDataset,
  type UserDatasetSummary,
} from './user-dataset';

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

export function toStored(r: ReportRecord): StoredReport {
  return { report: r.report, version: r.version, importedAt: r.importedAt, source: r.source };
}
