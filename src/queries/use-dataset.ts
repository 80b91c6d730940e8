// A dataset on screen: manifest → the dataset's files (one query each, in parallel) → reports
// of the files that loaded → findings (checkReports, memoised). Every file keeps its own status,
// so one broken file is listed with its messages while the others still show.
import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { checkReports } from '../domain/checks';
import type { CheckResult } from '../domain/findings';
import type { Report } from '../domain/report';
import type { LoadMessage, LoadResult } from '../io/load';
import type { DatasetEntry, Manifest } from '../io/manifest';
import { datasetFileQueryOptions } from './dataset-file';
import { errorMessages } from './load-failure';
import { manifestQueryOptions } from './manifest';

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
  const entry = manifest.data ? pickDataset(manifest.data, id) : null;
  const specs = useMemo(() => (entry ? fileSpecs(entry) : []), [entry]);
  const combine = useCallback(
    (results: UseQueryResult<LoadResult>[]) => combineFiles(specs, results),
    [specs],
  );
  const files = useQueries({
    queries: specs.map((s) => datasetFileQueryOptions(entry!.id, s.year, s.path)),
    combine,
  });
  const check = useMemo(
    () => (files.reports.length > 0 ? checkReports(files.reports) : null),
    [files.reports],
  );
  const years = useMemo(() => unionYears(entry, files.reports), [entry, files.reports]);

  const base = { manifest: manifest.data ?? null, entry, years, check, ...files };
  if (manifest.isPending) return { ...base, status: 'pending', errors: [] };
  if (manifest.isError) {
    return { ...base, status: 'error', errors: errorMessages(manifest.error, 'manifest.json') };
  }
  if (!entry) return { ...base, status: 'error', errors: [notFound(id)] };
  return {
    ...base,
    status: files.files.some((f) => f.status === 'pending') ? 'pending' : 'success',
    errors: [],
  };
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
  const reports = files.flatMap((f) => (f.result?.ok ? f.result.reports : []));
  return { files, reports };
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
