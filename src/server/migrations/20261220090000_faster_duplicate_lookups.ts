/* eslint-disable @typescript-eslint/no-explicit-any -- a migration sees the schema as it was then, never the app's current DB type (STYLE.md). */
import { sql, SqliteAdapter, type Kysely } from 'kysely';
import { matchKeyNumber } from '@/domain';
import { writeMatchKeys } from './20261210090000_create_client_match_keys';

const CHUNK = 5000;

/**
 * Lighter duplicate machinery for imports.
 *
 * The e-mails of merged-away clients get an index of their own (lower(email), clients with merged_into only): every
 * import batch asks which of its unknown e-mails a merged-away client had (findMergedAwayEmails), and the unique index
 * on e-mails holds active clients only, so the question read the whole clients table (23 ms a batch at 100,000
 * clients; now a few index probes).
 *
 * client_match_keys files each key as its number (domain matchKeyNumber: 8 bytes instead of a text of ~20), and on
 * SQLite as a WITHOUT ROWID table, its primary key (key, client_id) the table itself: a key is one b-tree insert
 * instead of two, and the index a batch's keys land in all over is a fraction of the size (fewer pages written per
 * commit). The stored keys are converted as they are (their numbers), not derived again.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('clients_merged_email')
    .on('clients')
    .expression(sql`lower(email)`)
    .where(sql.ref('merged_into'), 'is not', null)
    .execute();
  await createKeyTable(db, 'bigint', 'client_match_key_numbers_pk');
  let after: { key: string; client_id: string } | null = null;
  for (;;) {
    let select = db.selectFrom('client_match_keys').select(['key', 'client_id']);
    if (after !== null) {
      const last = after;
      select = select.where((eb) => eb(eb.refTuple('key', 'client_id'), '>', eb.tuple(last.key, last.client_id)));
    }
    const rows: { key: string; client_id: string }[] = await select.orderBy('key').orderBy('client_id').limit(CHUNK).execute();
    if (rows.length === 0) break;
    await db
      .insertInto('client_match_keys_next')
      .values(rows.map((row) => ({ key: matchKeyNumber(row.key), client_id: row.client_id })))
      // Two keys of one client with one number (a collision) are one row.
      .onConflict((oc) => oc.columns(['key', 'client_id']).doNothing())
      .execute();
    after = rows[rows.length - 1] ?? null;
  }
  await replaceKeyTable(db);
}

/**
 * Back to text keys (numbers cannot be read back as keys: they are derived again from the active clients with the
 * domain's rules as they are, like the keys' first migration) and no index for merged-away e-mails.
 */
export async function down(db: Kysely<any>): Promise<void> {
  await createKeyTable(db, 'text', 'client_match_keys_pk');
  await replaceKeyTable(db);
  await writeMatchKeys(db);
  await db.schema.dropIndex('clients_merged_email').execute();
}

async function createKeyTable(db: Kysely<any>, type: 'bigint' | 'text', primaryKey: string): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  await db.schema
    .createTable('client_match_keys_next')
    .addColumn('key', type, (col) => col.notNull())
    .addColumn('client_id', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint(primaryKey, ['key', 'client_id'])
    .modifyEnd(sql.raw(sqlite && type === 'bigint' ? 'without rowid' : ''))
    .execute();
}

async function replaceKeyTable(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('client_match_keys').execute();
  await db.schema.alterTable('client_match_keys_next').renameTo('client_match_keys').execute();
}
