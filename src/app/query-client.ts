// One QueryClient per app instance. The shipped files never change while the page is open, so
// nothing refetches on focus; a network failure is retried once before the panel shows it.
import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: 1, refetchOnWindowFocus: false, staleTime: Infinity },
    },
  });
}
