// The user's own datasets in IndexedDB: 'datasets' holds one summary per dataset, 'reports' one
// record per (dataset, unit, year, version). An import reads, decides and writes inside ONE
// readwrite transaction over both stores, so a failure anywhere leaves everything as it was.
import type { Report } from '../domain/report';
import {
  attempt,
  BY_DATASET,
  DATASETS,
  done,
  notFound,
  openDb,
  REPORTS,
  req,
  StoreFailure,
  type StoreResult,
} from './idb';
import { planImport, type Plan, type ReportRecord } from './import-plan';
import {
  currentReports,
  getUserDataset,
  pairKey,
  toStored,
  USER_PREFIX,
  type UserDatasetSummary,
} from './user-datasets-read';

export {
  currentReports,
  getUserDataset,
  isUserDatasetId,
  listUserDatasets,
  USER_PREFIX,
  type StoredReport,
  type UserDataset,
  type UserDatasetSummary,
} from './user-datasets-read';

export type { StoreError, StoreResult } from './idb';
export { toStoreError } from './idb';

export type Conflict = 'replace' | 'keep-both' | 'skip';
export interface ImportOutcome {
  added: number;
  replaced: number;
  versioned: number;
  skipped: number;
}

export async function createUserDataset(title: string): Promise<StoreResult<UserDatasetSummary>> {
  return attempt(async () => {
    const db = await openDb();
    const now = new Date().toISOString();
    const summary: UserDatasetSummary = {
      id: USER_PREFIX + newId(),
      title: title.trim() || '我的数据',
      createdAt: now,
      updatedAt: now,
      reports: 0,
      units: 0,
      years: [],
    };
    const tx = db.transaction(DATASETS, 'readwrite');
    tx.objectStore(DATASETS).add(summary);
    await done(tx);
    return summary;
  });
}

export async function renameUserDataset(id: string, title: string): Promise<StoreResult<void>> {
  return attempt(async () => {
    const db = await openDb();
    const tx = db.transaction(DATASETS, 'readwrite');
    const store = tx.objectStore(DATASETS);
    const summary = (await req(store.get(id))) as UserDatasetSummary | undefined;
    if (!summary) {
      tx.abort();
      throw new StoreFailure(notFound(id));
    }
    const name = title.trim() || summary.title;
    store.put({ ...summary, title: name, updatedAt: new Date().toISOString() });
    await done(tx);
  });
}

export async function deleteUserDataset(id: string): Promise<StoreResult<void>> {
  return attempt(async () => {
    const db = await openDb();
    const tx = db.transaction([DATASETS, REPORTS], 'readwrite');
    const reports = tx.objectStore(REPORTS);
    const keys = await req(reports.index(BY_DATASET).getAllKeys(id));
    for (const key of keys) reports.delete(key);
    tx.objectStore(DATASETS).delete(id);
    await done(tx);
  });
}

export async function findConflicts(
  id: string,
  reports: readonly Report[],
): Promise<StoreResult<{ unit: string; year: number }[]>> {
  const dataset = await getUserDataset(id);
  if (!dataset.ok) return dataset;
  const present = new Set(dataset.value.entries.map((e) => pairKey(e.report)));
  const seen = new Set<string>();
  const conflicts: { unit: string; year: number }[] = [];
  for (const r of reports) {
    const key = pairKey(r);
    if (present.has(key) && !seen.has(key)) conflicts.push({ unit: r.unit, year: r.year });
    seen.add(key);
  }
  return { ok: true, value: conflicts };
}

/** Writes per step of an import: each step is one task, so the page stays responsive. */
export const WRITE_STEP = 100;

/**
 * All-or-nothing: one IndexedDB transaction; on any failure nothing changes. Thousands of
 * reports are written in steps of WRITE_STEP requests (`onProgress` after each); waiting on a
 * request of the transaction keeps it alive, so the steps still commit as one.
 */
export async function importReports(
  id: string,
  reports: readonly Report[],
  decide: (c: { unit: string; year: number }) => Conflict,
  source: string,
  onProgress?: (done: number, total: number) => void,
): Promise<StoreResult<ImportOutcome>> {
  return attempt(
    async () => {
      const db = await openDb();
      const tx = db.transaction([DATASETS, REPORTS], 'readwrite');
      const finished = done(tx);
      finished.catch(() => undefined); // awaited below; an early throw must not leave it unhandled
      const datasets = tx.objectStore(DATASETS);
      const store = tx.objectStore(REPORTS);
      let outcome: ImportOutcome;
      try {
        const [summary, existing] = await Promise.all([
          req(datasets.get(id)) as Promise<UserDatasetSummary | undefined>,
          req(store.index(BY_DATASET).getAll(id)) as Promise<ReportRecord[]>,
        ]);
        if (!summary) throw new StoreFailure(notFound(id));
        const plan = planImport(id, existing, reports, decide, source);
        await writePlan(store, plan, onProgress);
        datasets.put(summarise(summary, plan.final));
        outcome = plan.outcome;
      } catch (e) {
        safeAbort(tx);
        throw e;
      }
      await finished;
      return outcome;
    },
    () => approxBytes(reports),
  );
}

/** Deletes, then puts, pausing after each step until its last request is done. */
async function writePlan(
  store: IDBObjectStore,
  plan: Plan,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const writes = [
    ...plan.deletes.map((r) => () => store.delete(recordKey(r))),
    ...plan.puts.map((r) => () => store.put(r)),
  ];
  for (let at = 0; at < writes.length; at += WRITE_STEP) {
    let last: IDBRequest | undefined;
    for (const write of writes.slice(at, at + WRITE_STEP)) last = write();
    // More to write: wait for this step (the transaction stays active in the success event).
    if (last && at + WRITE_STEP < writes.length) await req(last);
    onProgress?.(Math.min(at + WRITE_STEP, writes.length), writes.length);
  }
}

function summarise(summary: UserDatasetSummary, records: readonly ReportRecord[]) {
  const current = currentReports({ ...summary, entries: records.map(toStored) });
  return {
    id: summary.id,
    title: summary.title,
    createdAt: summary.createdAt,
    updatedAt: new Date().toISOString(),
    reports: current.length,
    units: new Set(current.map((r) => r.unit)).size,
    years: [...new Set(current.map((r) => r.year))].sort((a, b) => a - b),
  } satisfies UserDatasetSummary;
}

function recordKey(r: ReportRecord): IDBValidKey {
  return [r.datasetId, r.unit, r.year, r.version];
}

function safeAbort(tx: IDBTransaction): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted by the browser: nothing was committed either way.
  }
}

function approxBytes(reports: readonly Report[]): number {
  try {
    return new TextEncoder().encode(JSON.stringify(reports)).length;
  } catch {
    return 0;
  }
}

function newId(): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return Array.from(random, (n) => n.toString(36)).join('');
}
