import type { Client } from '@/contract/Client';
import { searchOf, type ClientFilter } from './clientQueries';
import type { ConnectedStore } from '../store/StoreProvider';

/** The most clients "Insérer les résultats" writes into one sheet. */
export const INSERT_MAX_CLIENTS = 10_000;

/** Every client of a search, page after page (200 a page), up to `max`; `capped` when more matched. */
export async function collectClients(
  store: ConnectedStore,
  filter: ClientFilter,
  options: { max?: number; signal?: AbortSignal } = {},
): Promise<{ clients: Client[]; capped: boolean }> {
  const max = options.max ?? INSERT_MAX_CLIENTS;
  const clients: Client[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await store.client.searchClients({ ...searchOf(filter), cursor, limit: 200 }, { signal: options.signal });
    clients.push(...page.items);
    if (clients.length >= max) return { clients: clients.slice(0, max), capped: page.total > max };
    if (page.nextCursor === null) return { clients, capped: false };
    cursor = page.nextCursor;
  }
}
