// A dataset on screen: manifest → the dataset's files (one query each, in parallel, loaded in
// the dataset worker) → reports of the files that loaded → findings (checkReports, a query run
// in that worker). Every file keeps its own status, so one broken file is listed with its
// messages while the others still show; the dataset is pending until its findings are known. A
// user dataset (id `user-…`) comes from IndexedDB instead: its latest version of each (unit,
// year), checked here (memoised).
import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { CheckResult } from '../domain/findings';
import type { Report } from '../domain/report';
import type { LoadMessage, LoadResult } from '../io/load';
import type { DatasetEntry, Manifest } from '../io/manifest';
import { StoreFailure } from '../storage/store-failure';
import { currentReports, isUserDatasetId, type UserDataset } from '../storage/user-dataset';
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
  const combine = useMemo(() => fileCombiner(specs), [specs]);
  const files = useQueries({
    queries: specs.map((s) => datasetFileQueryOptions(shipped!.id, s.year, s.path)),
    combine,
  });
  const shippedYears = useMemo(() => unionYears(entry, files.reports), [entry, files.reports]);
  const shippedCheck = useQuery({
    ...datasetCheckQueryOptions(shipped?.id ?? '', files.loaded, files.reports, shippedYears),
    enabled: shipped !== null && !files.pending && files.reports.length > 0,
  });
  // The checks' code (a seventh of the page's own) is fetched when a user dataset is first shown:
  // the shipped datasets are checked in the dataset worker.
  const userCheck = useQuery({
    queryKey: ['user-check', userId, user.dataUpdatedAt] as const,
    queryFn: async () => (await import('../domain/checks')).checkReports(userReports),
    enabled: userId !== null && userReports.length > 0,
    staleTime: Infinity,
  });
  const check = userId
    ? userReports.length > 0
      ? (userCheck.data ?? null)
      : null
    : files.reports.length > 0
      ? (shippedCheck.data ?? null)
      : null;
  // Views get the reports once the dataset is ready (every file settled, its findings and
  // headline series worked out): they show it as pending until then anyway, and charting each
  // partial set of a province (one file after another) cost seconds of the page's time.
  const ready = !files.pending && (files.reports.length === 0 || check !== null);
  const reports = userId ? userReports : ready ? files.reports : NO_REPORTS;
  const years = useMemo(() => unionYears(entry, reports), [entry, reports]);

  let state: { status: LoadStatus; errors: LoadMessage[] };
  if (userId) {
    state = userStatus(user, userId);
    if (state.status === 'success' && userReports.length > 0 && check === null) {
      state = userCheck.isError
        ? { status: 'error', errors: errorMessages(userCheck.error, userId) }
        : { status: 'pending', errors: NONE };
    }
  } else if (manifest.isPending) state = { status: 'pending', errors: NONE };
  else if (manifest.isError) {
    state = { status: 'error', errors: errorMessages(manifest.error, 'manifest.json') };
  } else if (!entry) state = { status: 'error', errors: [notFound(id)] };
  else {
    state = { status: ready ? 'success' : 'pending', errors: NONE };
  }
  const { status, errors } = state;
  const filesNow = files.files;
  const manifestData = manifest.data ?? null;
  // The same object while nothing changed, so views that wait for a new dataset can skip work.
  return useMemo(
    () => ({
      manifest: manifestData,
      entry,
      years,
      check,
      files: filesNow,
      reports,
      status,
      errors,
    }),
    [manifestData, entry, years, check, filesNow, reports, status, errors],
  );
}

const NONE: LoadMessage[] = [];
const NO_REPORTS: Report[] = [];

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
  if (query.isPending) return { status: 'pending', errors: NONE };
  if (query.isError) {
    const e = query.error;
    const text =
      e instanceof StoreFailure ? e.error : { zh: String(e.message), en: String(e.message) };
    return {
      status: 'error',
      errors: [{ code: 'USER_DATASET', file: id, value: id, zh: text.zh, en: text.en }],
    };
  }
  return { status: 'success', errors: NONE };
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

/**
 * The files' states and their reports together. A class, not a plain object: TanStack Query
 * compares a plain combined result deeply with the last one (structural sharing), which at
 * 30,000 reports took seconds and copied reports. The reports array is kept while no file's
 * result changed, so what depends on it is not computed again.
 */
class CombinedFiles {
  constructor(
    readonly files: DatasetFile[],
    readonly reports: Report[],
    readonly loaded: string[],
    readonly pending: boolean,
  ) {}
}

function fileCombiner(specs: readonly FileSpec[]) {
  let last: { results: (LoadResult | undefined)[]; reports: Report[] } | null = null;
  return (queries: UseQueryResult<LoadResult>[]): CombinedFiles => {
    const files = specs.map((spec, i): DatasetFile => toDatasetFile(spec, queries[i]));
    const results = files.map((f) => (f.result?.ok ? f.result : undefined));
    if (!last || results.some((r, i) => r !== last!.results[i])) {
      last = { results, reports: results.flatMap((r) => r?.reports ?? []) };
    }
    const loaded = files.filter((f) => f.result?.ok).map((f) => f.path);
    const pending = files.some((f) => f.status === 'pending');
    return new CombinedFiles(files, last.reports, loaded, pending);
  };
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
