import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { ConnectedStore } from '../store/StoreProvider';

/** What the finder asks for: words, an initial, the foreign filter. */
export type ClientFilter = { q: string; letter: string | null; foreignOnly: boolean };

export const SEARCH_PAGE_SIZE = 50;

/** Query options for clients: one factory per resource; keys hold the store and every input; mutations invalidate `all`. */
export const clientQueries = {
  all: ['clients'] as const,
  search: (store: ConnectedStore, filter: ClientFilter) =>
    infiniteQueryOptions({
      queryKey: ['clients', store.storeUrl, 'search', filter] as const,
      queryFn: ({ signal, pageParam }) =>
        store.client.searchClients(
          {
            q: filter.q,
            letter: filter.letter ?? undefined,
            foreign: filter.foreignOnly ? 'true' : undefined,
            cursor: pageParam ?? undefined,
            limit: SEARCH_PAGE_SIZE,
          },
          { signal },
        ),
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextCursor,
      staleTime: 10_000,
    }),
  detail: (store: ConnectedStore, id: string) =>
    queryOptions({
      queryKey: ['clients', store.storeUrl, 'detail', id] as const,
      queryFn: ({ signal }) => store.client.getClient(id, { signal }),
    }),
  history: (store: ConnectedStore, id: string) =>
    queryOptions({
      queryKey: ['clients', store.storeUrl, 'history', id] as const,
      queryFn: ({ signal }) => store.client.getClientHistory(id, { signal }),
    }),
};
