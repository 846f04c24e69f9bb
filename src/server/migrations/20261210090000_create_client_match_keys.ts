/* eslint-disable @typescript-eslint/no-explicit-any -- a migration sees the schema as it was then, never the app's current DB type (STYLE.md). */
import type { Kysely } from 'kysely';
import { blockingKeys, matchProfile, type MatchProfile } from '@/domain';

/** The lock rows writes that create clients take (PostgreSQL), one per bucket of blocking keys: see clientMatchKeys. */
const LOCK_BUCKETS = 1024;
const CHUNK = 1000;

/**
 * Probable duplicates: the blocking keys of each active client (the domain's blockingKeys: phone, UID, birth date, name
 * with postal code, e-mail local part), so a new client's candidates are a few index lookups away; and the lock rows
 * on which writes that create clients serialise per bucket of keys. The keys of the clients already stored are
 * written here (backfill), with the domain's rules as they are when the migration runs: the index is derived data.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('client_match_keys')
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('client_id', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('client_match_keys_pk', ['key', 'client_id'])
    .execute();
  await db.schema
    .createTable('client_match_locks')
    .addColumn('bucket', 'integer', (col) => col.primaryKey())
    .addColumn('writes', 'integer', (col) => col.notNull())
    .execute();
  const buckets = Array.from({ length: LOCK_BUCKETS }, (_, bucket) => ({ bucket, writes: 0 }));
  for (let start = 0; start < buckets.length; start += 500)
    await db
      .insertInto('client_match_locks')
      .values(buckets.slice(start, start + 500))
      .execute();

  await writeMatchKeys(db);
}

/** The clients' columns the matching rules read (as they were when these migrations were written), with the id. */
export const MATCHED_COLUMNS = ['id', 'last_name', 'first_name', 'vat_number', 'email', 'phone', 'mobile', 'postal_code', 'birth_date'];

/** The match profile of a clients row read with MATCHED_COLUMNS. */
export function rowProfile(row: any): MatchProfile {
  return matchProfile({
    lastName: row.last_name,
    firstName: row.first_name,
    vatNumber: row.vat_number,
    email: row.email,
    phone: row.phone,
    mobile: row.mobile,
    postalCode: row.postal_code,
    birthDate: row.birth_date,
  });
}

/** The active clients in id order, CHUNK at a time (keyset), with MATCHED_COLUMNS: the backfills' one walk of the base. */
export async function* activeClientChunks(db: Kysely<any>): AsyncGenerator<any[]> {
  let after = '';
  for (;;) {
    const rows: any[] = await db
      .selectFrom('clients')
      .select(MATCHED_COLUMNS)
      .where('deleted_at', 'is', null)
      .where('id', '>', after)
      .orderBy('id')
      .limit(CHUNK)
      .execute();
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1].id;
  }
}

/**
 * Backfill: the blocking keys of the active clients, a chunk at a time, inserted in multi-row statements (the table is
 * empty: also after a later migration emptied it to rebuild the keys under new rules).
 */
export async function writeMatchKeys(db: Kysely<any>): Promise<void> {
  for await (const rows of activeClientChunks(db)) {
    const keys = rows.flatMap((row) => blockingKeys(rowProfile(row)).map((key) => ({ key, client_id: row.id })));
    for (let start = 0; start < keys.length; start += 5000)
      await db
        .insertInto('client_match_keys')
        .values(keys.slice(start, start + 5000))
        .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('client_match_locks').execute();
  await db.schema.dropTable('client_match_keys').execute();
}
