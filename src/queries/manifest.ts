// Manifest query: fetch data/manifest.json → tryParseManifest (in the dataset worker, started
// while the manifest is fetched) → the list of datasets.
import { queryOptions } from '@tanstack/react-query';
import { fetchText, HttpError } from './fetch-static';
import { parseManifestInWorker, warmWorker } from './load-client';
import { LoadFailure } from './load-failure';

export const MANIFEST_PATH = 'manifest.json';

export function manifestQueryOptions() {
  return queryOptions({
    queryKey: ['manifest'] as const,
    queryFn: async ({ signal }) => {
      warmWorker();
      const text = await fetchText(MANIFEST_PATH, signal).catch((error: unknown) => {
        throw error instanceof HttpError ? httpFailure(error) : error;
      });
      const parsed = await parseManifestInWorker(text, MANIFEST_PATH);
      if (!parsed.ok) throw new LoadFailure(parsed.errors);
      return parsed.manifest;
    },
    staleTime: Infinity,
  });
}

export function httpFailure(error: HttpError): LoadFailure {
  return new LoadFailure([
    {
      code: 'HTTP',
      file: error.path,
      zh: `无法读取文件 ${error.path}（HTTP ${error.status}）`,
      en: `Could not fetch ${error.path} (HTTP ${error.status})`,
    },
  ]);
}
