import type { Insertable, Transaction } from 'kysely';
import type { DB } from './schema';

/** The tables written in bulk (a batch's new clients, their search words, their versions). */
export type BulkTable = 'clients' | 'client_words' | 'client_versions' | 'client_match_keys' | 'duplicate_pairs';

/**
 * Inserts many rows of one table inside the transaction `trx` (all rows must have the same keys).
 * SQLite: one cached prepared statement run per row on the transaction's connection (better-sqlite3
 * is synchronous, so nothing else runs in between). PostgreSQL: multi-row INSERTs through Kysely.
 */
export type RowInserter = <T extends BulkTable>(trx: Transaction<DB>, table: T, rows: readonly Insertable<DB[T]>[]) => Promise<void>;
