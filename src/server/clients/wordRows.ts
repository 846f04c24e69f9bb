import type { ClientWordTable } from '../db/schema';
import type { DerivedColumns } from './derivedColumns';

/** The client_words rows of a client: each word with the client's sort key. */
export function wordRows(clientId: string, sortKey: Pick<DerivedColumns, 'last_name_folded' | 'first_name_folded'>, words: readonly string[]): ClientWordTable[] {
  return words.map((word) => ({ word, last_name_folded: sortKey.last_name_folded, first_name_folded: sortKey.first_name_folded, client_id: clientId }));
}
