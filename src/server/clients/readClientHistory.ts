import type { Kysely } from 'kysely';
import { ClientHistory, ClientChange } from '../../contract/ClientHistory';
import { COLUMN_KEYS, type ColumnKey } from '../../domain/index';
import type { DB } from '../db/schema';
import { findClientOrThrow } from './findClientOrThrow';

/** Every version of a client, newest first: who, when, what kind of change, which keys. Throws StoreError not_found. */
export async function readClientHistory(db: Kysely<DB>, id: string): Promise<ClientHistory> {
  await findClientOrThrow(db, id);
  const rows = await db
    .selectFrom('client_versions')
    .select(['version', 'change', 'changed_at', 'changed_by', 'fields', 'batch_id'])
    .where('client_id', '=', id)
    .orderBy('version', 'desc')
    .execute();
  return {
    id,
    items: rows.map((row) => ({
      version: Number(row.version),
      change: ClientChange.parse(row.change),
      changedAt: row.changed_at,
      changedBy: row.changed_by,
      fields: (JSON.parse(row.fields) as string[]).filter((key): key is ColumnKey => (COLUMN_KEYS as readonly string[]).includes(key)),
      batchId: row.batch_id,
    })),
  };
}
