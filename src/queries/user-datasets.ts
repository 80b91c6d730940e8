// The user's datasets as queries: IndexedDB list / one dataset → cached until an import, rename
// or delete invalidates ['user-datasets']. A storage failure becomes a thrown StoreFailure so
// the query's error carries the zh/en message.
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { StoreFailure } from '../storage/store-failure';

// The IndexedDB code loads on the first query, not with the page.
const read = () => import('../storage/user-datasets-read');

export const USER_DATASETS_KEY = ['user-datasets'] as const;

export function userDatasetsQueryOptions() {
  return queryOptions({
    queryKey: [...USER_DATASETS_KEY, 'list'] as const,
    queryFn: async () => {
      const result = await (await read()).listUserDatasets();
      if (!result.ok) throw new StoreFailure(result.error);
      return result.value;
    },
    staleTime: Infinity,
    retry: false,
  });
}

export function userDatasetQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...USER_DATASETS_KEY, 'one', id] as const,
    queryFn: async () => {
      const result = await (await read()).getUserDataset(id);
      if (!result.ok) throw new StoreFailure(result.error);
      return result.value;
    },
    staleTime: Infinity,
    retry: false,
  });
}

/** After any change to the stored datasets. */
export function invalidateUserDatasets(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: USER_DATASETS_KEY });
}
