import type { z } from 'zod';
import type { ClientSearch } from '@/contract/ClientSearch';

/** What `searchClients` takes: the GET /api/v1/clients query (`limit` optional, the store's default applies). */
export type ClientSearchInput = z.input<typeof ClientSearch>;

/** `/api/v1/clients?…` with only the parameters that are set (an empty `q` is left out). */
export function clientSearchPath(search: ClientSearchInput): string {
  const params = new URLSearchParams();
  if (search.q !== undefined && search.q.trim() !== '') params.set('q', search.q.trim());
  if (search.letter !== undefined) params.set('letter', search.letter);
  if (search.foreign !== undefined) params.set('foreign', search.foreign);
  if (search.deleted !== undefined) params.set('deleted', search.deleted);
  if (search.cursor !== undefined) params.set('cursor', search.cursor);
  if (search.limit !== undefined) params.set('limit', String(search.limit));
  const query = params.toString();
  return query === '' ? '/api/v1/clients' : `/api/v1/clients?${query}`;
}
