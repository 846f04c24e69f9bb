import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { ClientSearchInput } from '@/api-client/clientSearchPath';
import type { ClientInput } from '@/contract/ClientInput';
import type { ConnectedStore } from '../store/StoreProvider';

/** What the finder asks for: words, an initial, the foreign filter, the deleted clients instead of the active ones. */
export type ClientFilter = { q: string; letter: string | null; foreignOnly: boolean; deletedOnly: boolean };

export const SEARCH_PAGE_SIZE = 50;
export const DUPLICATE_PAGE_SIZE = 20;

/** The store's search parameters for a filter (the finder's pages and "Insérer les résultats" alike). */
export function searchOf(filter: ClientFilter): ClientSearchInput {
  return {
    q: filter.q,
    letter: filter.letter ?? undefined,
    foreign: filter.foreignOnly ? 'true' : undefined,
    deleted: filter.deletedOnly ? 'true' : undefined,
  };
}

/** Query options for clients: one factory per resource; keys hold the store and every input; mutations invalidate `all`. */
export const clientQueries = {
  all: ['clients'] as const,
  search: (store: ConnectedStore, filter: ClientFilter) =>
    infiniteQueryOptions({
      queryKey: ['clients', store.storeUrl, 'search', filter] as const,
      queryFn: ({ signal, pageParam }) =>
        store.client.searchClients({ ...searchOf(filter), cursor: pageParam ?? undefined, limit: SEARCH_PAGE_SIZE }, { signal }),
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextCursor,
      staleTime: 10_000,
    }),
  detail: (store: ConnectedStore, id: string) =>
    queryOptions({
      queryKey: ['clients', store.storeUrl, 'detail', id] as const,
      queryFn: ({ signal }) => store.client.getClient(id, { signal }),
    }),
  /** The probable pairs of the base, best first, a page at a time (under `all`: a merge or an edit refreshes them). */
  duplicates: (store: ConnectedStore) =>
    infiniteQueryOptions({
      queryKey: ['clients', store.storeUrl, 'duplicates'] as const,
      queryFn: ({ signal, pageParam }) =>
        store.client.listDuplicates({ cursor: pageParam ?? undefined, limit: DUPLICATE_PAGE_SIZE }, { signal }),
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextCursor,
    }),
  history: (store: ConnectedStore, id: string) =>
    queryOptions({
      queryKey: ['clients', store.storeUrl, 'history', id] as const,
      queryFn: ({ signal }) => store.client.getClientHistory(id, { signal }),
    }),
  /**
   * The stored clients that a new client's values so far probably are (the form's check as the user types). No retry
   * here (the store client retries by itself; the next keystroke asks again); a stale request is cancelled through
   * `signal` when the values change.
   */
  candidates: (store: ConnectedStore, values: ClientInput) =>
    queryOptions({
      queryKey: ['clients', store.storeUrl, 'candidates', values] as const,
      queryFn: ({ signal }) => store.client.findCandidates(values, { signal }),
      staleTime: 10_000,
      retry: false,
    }),
};
