import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../db/schema';

/** The id of the active client holding `email` (case ignored), other than `exceptId`; null when none. */
export async function findEmailOwner(db: Kysely<DB> | Transaction<DB>, email: string, exceptId?: string): Promise<string | null> {
  let query = db
    .selectFrom('clients')
    .select('id')
    .where(sql<string>`lower(email)`, '=', email.toLowerCase())
    .where('deleted_at', 'is', null);
  if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst())?.id ?? null;
}
