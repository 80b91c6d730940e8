// Small promise wrappers over the raw IndexedDB API, and the one place that turns a browser
// storage failure into a StoreError (zh + en) so callers never see a thrown DOMException.
import { StoreFailure, type StoreError, type StoreResult } from './store-failure';

export { StoreFailure, type StoreError, type StoreResult } from './store-failure';

export const DB_NAME = 'gov-disclosure-dashboard';
export const DB_VERSION = 1;
export const DATASETS = 'datasets';
export const REPORTS = 'reports';
export const BY_DATASET = 'byDataset';

let connection: Promise<IDBDatabase> | null = null;

/** One shared connection; closed and reopened when another tab upgrades the database. */
export function openDb(): Promise<IDBDatabase> {
  connection ??= open().catch((e: unknown) => {
    connection = null;
    throw e;
  });
  return connection;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    // Private modes may lack IndexedDB or throw on open; both mean "unavailable".
    if (typeof indexedDB === 'undefined') {
      reject(new StoreFailure(unavailable('indexedDB is not defined')));
      return;
    }
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DB_NAME, DB_VERSION);
    } catch (e) {
      reject(new StoreFailure(unavailable(describe(e))));
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(DATASETS))
        db.createObjectStore(DATASETS, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(REPORTS)) {
        const store = db.createObjectStore(REPORTS, {
          keyPath: ['datasetId', 'unit', 'year', 'version'],
        });
        store.createIndex(BY_DATASET, 'datasetId');
      }
    };
    request.onblocked = () => reject(new StoreFailure(BLOCKED));
    request.onerror = () => reject(new StoreFailure(unavailable(describe(request.error))));
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => {
        db.close();
        connection = null;
      };
      resolve(db);
    };
  });
}

/** Forget the cached connection (tests simulate a page reload with it). */
export function closeDb(): void {
  const current = connection;
  connection = null;
  void current?.then((db) => db.close()).catch(() => undefined);
}

export function req<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** Resolves when the transaction commits; rejects with its error when it aborts. */
export function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    tx.onerror = (event) => event.preventDefault(); // let onabort report, once
  });
}

/**
 * Runs `work`, mapping every failure to a StoreError; `bytes` sizes what was being saved, asked
 * only on failure (measuring thousands of reports up front would cost more than the save).
 */
export async function attempt<T>(
  work: () => Promise<T>,
  bytes?: () => number,
): Promise<StoreResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (e) {
    return { ok: false, error: toStoreError(e, bytes?.()) };
  }
}

export function toStoreError(e: unknown, bytes?: number): StoreError {
  if (e instanceof StoreFailure) return e.error;
  const name = typeof e === 'object' && e !== null && 'name' in e ? String(e.name) : '';
  if (name === 'QuotaExceededError') return quota(bytes);
  if (name === 'InvalidStateError' || name === 'SecurityError') return unavailable(describe(e));
  const detail = describe(e);
  return {
    code: 'unknown',
    zh: `保存到浏览器时出错，数据未作任何改动：${detail}`,
    en: `Saving in the browser failed; nothing was changed: ${detail}`,
  };
}

function quota(bytes: number | undefined): StoreError {
  const size = bytes === undefined ? null : formatBytes(bytes);
  return {
    code: 'quota',
    zh: size
      ? `浏览器存储空间不足，无法保存约 ${size} 的数据；数据未作任何改动。可删除不用的数据集后重试。`
      : '浏览器存储空间不足；数据未作任何改动。可删除不用的数据集后重试。',
    en: size
      ? `The browser's storage is full: could not save about ${size}; nothing was changed. Delete datasets you no longer need and try again.`
      : "The browser's storage is full; nothing was changed. Delete datasets you no longer need and try again.",
  };
}

function unavailable(detail: string): StoreError {
  return {
    code: 'unavailable',
    zh: `此浏览器无法使用本地存储（可能处于隐私模式），无法保存自己的数据集（${detail}）`,
    en: `This browser's local storage is unavailable (private mode?), so datasets cannot be saved (${detail})`,
  };
}

const BLOCKED: StoreError = {
  code: 'blocked',
  zh: '本看板在另一个标签页中打开着旧版本，请关闭其他标签页后重试',
  en: 'An older copy of this dashboard is open in another tab; close it and try again',
};

export function notFound(id: string): StoreError {
  return {
    code: 'not-found',
    zh: `没有找到数据集「${id}」，可能已被删除`,
    en: `Dataset "${id}" was not found; it may have been deleted`,
  };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function describe(e: unknown): string {
  if (e instanceof Error || (typeof e === 'object' && e !== null && 'message' in e)) {
    const { name, message } = e as { name?: unknown; message?: unknown };
    return [name, message].filter((x) => typeof x === 'string' && x).join(': ');
  }
  return String(e);
}
