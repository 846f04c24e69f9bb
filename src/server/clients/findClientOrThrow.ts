import type { Kysely, Transaction } from 'kysely';
import type { ClientRow, DB } from '../db/schema';
import { StoreError } from '../errors/StoreError';

/** The client with this id, deleted or not. Throws StoreError not_found. */
export async function findClientOrThrow(db: Kysely<DB> | Transaction<DB>, id: string): Promise<ClientRow> {
  const row = await db.selectFrom('clients').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) throw new StoreError('not_found');
  return row;
}
