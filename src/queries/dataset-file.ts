// One data file of a dataset: fetch its bytes and tryLoadReports (decode, parse, normalise) in
// the dataset worker → LoadResult. A file the server does not have becomes a failed LoadResult, so
// the page lists it by name beside the others instead of losing it. Then the checks over the
// files that loaded, in the same worker (the page's own thread when there is none, with the
// checks' code fetched then).
import { queryOptions } from '@tanstack/react-query';
import type { CheckResult } from '../domain/findings';
import { rememberSeries } from '../domain/indicators';
import type { Report } from '../domain/report';
import type { LoadResult } from '../io/load';
import { HttpError } from './fetch-static';
import { fetchAndLoadInWorker, summariseInWorker } from './load-client';
import { httpFailure } from './manifest';

export function datasetFileQueryOptions(datasetId: string, year: number | null, path: string) {
  return queryOptions({
    queryKey: ['dataset-file', datasetId, year, path] as const,
    queryFn: async ({ signal }): Promise<LoadResult> => {
      try {
        return await fetchAndLoadInWorker(path, signal);
      } catch (error) {
        if (!(error instanceof HttpError)) throw error; // network: let the query retry
        return { ok: false, file: path, errors: [...httpFailure(error).messages], warnings: [] };
      }
    },
    staleTime: Infinity,
  });
}

/**
 * checkReports over the reports of a dataset's loaded files (`reports` is what they gave, in
 * `paths` order): in the worker that holds them, which also works out every indicator's series
 * over `years` and hands them over (so the page's KPI cards and trends find them ready); else
 * here. The key names the files, whose content never changes while the page is open.
 */
export function datasetCheckQueryOptions(
  datasetId: string,
  paths: readonly string[],
  reports: readonly Report[],
  years: readonly number[],
) {
  return queryOptions({
    queryKey: ['dataset-check', datasetId, years.join(','), ...paths] as const,
    queryFn: async (): Promise<CheckResult> => {
      const summary = await summariseInWorker(paths, years).catch(() => null);
      if (!summary) return (await import('../domain/checks')).checkReports(reports);
      rememberSeries(reports, years, summary.series);
      return summary.check;
    },
    staleTime: Infinity,
  });
}
