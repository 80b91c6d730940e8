// One data file of a dataset: fetch bytes → tryLoadReports (decode, parse, check) → LoadResult.
// A file the server does not have becomes a failed LoadResult, so the page lists it by name
// beside the others instead of losing it.
import { queryOptions } from '@tanstack/react-query';
import { tryLoadReports, type LoadResult } from '../io/load';
import { fetchBytes, HttpError } from './fetch-static';
import { httpFailure } from './manifest';

export function datasetFileQueryOptions(datasetId: string, year: number | null, path: string) {
  return queryOptions({
    queryKey: ['dataset-file', datasetId, year, path] as const,
    queryFn: async ({ signal }): Promise<LoadResult> => {
      try {
        return tryLoadReports(await fetchBytes(path, signal), path);
      } catch (error) {
        if (!(error instanceof HttpError)) throw error; // network: let the query retry
        return { ok: false, file: path, errors: [...httpFailure(error).messages], warnings: [] };
      }
    },
    staleTime: Infinity,
  });
}
