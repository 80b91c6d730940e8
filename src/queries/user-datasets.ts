// The user's datasets as queries: IndexedDB list / one dataset → cached until an import, rename
// or delete invalidates ['user-datasets']. A storage failure becomes a thrown StoreFailure so
// the query's error carries the zh/en message.
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { StoreFailure } from '../storage/idb';
import { getUserDataset, listUserDatasets } from '../storage/user-datasets-read';

export const USER_DATASETS_KEY = ['user-datasets'] as const;

export function userDatasetsQueryOptions() {
  return queryOptions({
    queryKey: [...USER_DATASETS_KEY, 'list'] as const,
    queryFn: async () => {
      const result = await listUserDatasets();
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
      const result = await getUserDataset(id);
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
