import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema';

/** True when another client (deleted ones included: a code is never reused) has this code. */
export async function isCodeTaken(db: Kysely<DB> | Transaction<DB>, code: string, exceptId?: string): Promise<boolean> {
  let query = db.selectFrom('clients').select('id').where('code', '=', code);
  if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}
