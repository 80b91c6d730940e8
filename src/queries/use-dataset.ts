// A dataset on screen: manifest → the dataset's files (one query each, in parallel, loaded in
// the dataset worker) → reports of the files that loaded → findings (checkReports, a query run
// in that worker). Every file keeps its own status, so one broken file is listed with its
// messages while the others still show; the dataset is pending until its findings are known. A
// user dataset (id `user-…`) comes from IndexedDB instead: its latest version of each (unit,
// year), checked here (memoised).
import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { checkReports } from '../domain/checks';
import type { CheckResult } from '../domain/findings';
import type { Report } from '../domain/report';
import type { LoadMessage, LoadResult } from '../io/load';
import type { DatasetEntry, Manifest } from '../io/manifest';
import { StoreFailure } from '../storage/idb';
import { currentReports, isUserDatasetId, type UserDataset } from '../storage/user-datasets';
import { datasetCheckQueryOptions, datasetFileQueryOptions } from './dataset-file';
import { errorMessages } from './load-failure';
import { manifestQueryOptions } from './manifest';
import { userDatasetQueryOptions } from './user-datasets';

export type LoadStatus = 'pending' | 'error' | 'success';

export interface DatasetFile {
  /** The manifest's key for the file (a year, as written). */
  key: string;
  year: number | null;
  path: string;
  status: LoadStatus;
  /** The loader's verdict, once fetched. */
  result: LoadResult | null;
  /** Errors of the file: the loader's, or why it could not be fetched. */
  errors: LoadMessage[];
  warnings: LoadMessage[];
}

export interface DatasetState {
  status: LoadStatus;
  /** Why the whole dataset is unavailable (manifest failed, unknown id). */
  errors: LoadMessage[];
  manifest: Manifest | null;
  entry: DatasetEntry | null;
  files: DatasetFile[];
  reports: Report[];
  /** The years the dataset covers: the manifest's, plus any a file brought. */
  years: number[];
  check: CheckResult | null;
}

interface FileSpec {
  key: string;
  year: number | null;
  path: string;
}

/** The dataset `id`, or the manifest's default when `id` is null. */
export function useDataset(id: string | null): DatasetState {
  const manifest = useQuery(manifestQueryOptions());
  const userId = isUserDatasetId(id) ? id : null;
  const user = useQuery({ ...userDatasetQueryOptions(userId ?? ''), enabled: userId !== null });
  const userEntry = useMemo(() => (user.data ? toEntry(user.data) : null), [user.data]);
  const userReports = useMemo(() => (user.data ? currentReports(user.data) : []), [user.data]);
  const shipped = manifest.data && !userId ? pickDataset(manifest.data, id) : null;
  const entry = userId ? userEntry : shipped;
  const specs = useMemo(() => (shipped ? fileSpecs(shipped) : []), [shipped]);
  const combine = useCallback(
    (results: UseQueryResult<LoadResult>[]) => combineFiles(specs, results),
    [specs],
  );
  const files = useQueries({
    queries: specs.map((s) => datasetFileQueryOptions(shipped!.id, s.year, s.path)),
    combine,
  });
  const reports = userId ? userReports : files.reports;
  const shippedCheck = useQuery({
    ...datasetCheckQueryOptions(shipped?.id ?? '', files.loaded, files.reports),
    enabled: shipped !== null && !files.pending && files.reports.length > 0,
  });
  const userCheck = useMemo(
    () => (userReports.length > 0 ? checkReports(userReports) : null),
    [userReports],
  );
  const check = userId ? userCheck : files.reports.length > 0 ? (shippedCheck.data ?? null) : null;
  const years = useMemo(() => unionYears(entry, reports), [entry, reports]);

  const base = {
    manifest: manifest.data ?? null,
    entry,
    years,
    check,
    files: files.files,
    reports,
  };
  if (userId) return { ...base, ...userStatus(user, userId) };
  if (manifest.isPending) return { ...base, status: 'pending', errors: [] };
  if (manifest.isError) {
    return { ...base, status: 'error', errors: errorMessages(manifest.error, 'manifest.json') };
  }
  if (!entry) return { ...base, status: 'error', errors: [notFound(id)] };
  const checking = files.reports.length > 0 && check === null;
  return { ...base, status: files.pending || checking ? 'pending' : 'success', errors: [] };
}

/** A user dataset dressed as a manifest entry, so every view reads it the same way. */
function toEntry(d: UserDataset): DatasetEntry {
  return {
    id: d.id,
    title: { zh: d.title, en: d.title },
    simulated: false,
    years: [...d.years],
    files: {},
    source: { zh: '用户导入', en: 'Imported by the user' },
  };
}

function userStatus(
  query: UseQueryResult<UserDataset>,
  id: string,
): { status: LoadStatus; errors: LoadMessage[] } {
  if (query.isPending) return { status: 'pending', errors: [] };
  if (query.isError) {
    const e = query.error;
    const text =
      e instanceof StoreFailure ? e.error : { zh: String(e.message), en: String(e.message) };
    return {
      status: 'error',
      errors: [{ code: 'USER_DATASET', file: id, value: id, zh: text.zh, en: text.en }],
    };
  }
  return { status: 'success', errors: [] };
}

export function pickDataset(manifest: Manifest, id: string | null): DatasetEntry | null {
  if (id !== null) return manifest.datasets.find((d) => d.id === id) ?? null;
  return manifest.datasets.find((d) => d.default) ?? manifest.datasets[0] ?? null;
}

function fileSpecs(entry: DatasetEntry): FileSpec[] {
  return Object.entries(entry.files).map(([key, path]) => {
    const year = /^\d{4}$/.test(key) ? Number(key) : null;
    return { key, year, path };
  });
}

function combineFiles(specs: readonly FileSpec[], results: UseQueryResult<LoadResult>[]) {
  const files = specs.map((spec, i): DatasetFile => toDatasetFile(spec, results[i]));
  const loaded = files.filter((f) => f.result?.ok).map((f) => f.path);
  const reports = files.flatMap((f) => (f.result?.ok ? f.result.reports : []));
  const pending = files.some((f) => f.status === 'pending');
  return { files, reports, loaded, pending };
}

function toDatasetFile(spec: FileSpec, query: UseQueryResult<LoadResult> | undefined): DatasetFile {
  const none = { result: null, errors: [], warnings: [] };
  if (!query || query.isPending) return { ...spec, ...none, status: 'pending' };
  if (query.isError) {
    return { ...spec, ...none, status: 'error', errors: errorMessages(query.error, spec.path) };
  }
  const result = query.data;
  return {
    ...spec,
    status: result.ok ? 'success' : 'error',
    result,
    errors: result.ok ? [] : result.errors,
    warnings: result.warnings,
  };
}

function unionYears(entry: DatasetEntry | null, reports: readonly Report[]): number[] {
  const years = new Set(entry?.years ?? []);
  for (const r of reports) years.add(r.year);
  return [...years].sort((a, b) => a - b);
}

function notFound(id: string | null): LoadMessage {
  const name = id ?? '';
  return {
    code: 'DATASET_NOT_FOUND',
    file: 'manifest.json',
    value: name,
    zh: `清单中没有数据集「${name}」`,
    en: `The manifest lists no dataset "${name}"`,
  };
}
