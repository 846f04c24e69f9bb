/* eslint-disable @typescript-eslint/no-explicit-any -- a migration sees the schema as it was then, never the app's current DB type (STYLE.md). */
import { sql, SqliteAdapter, type Kysely } from 'kysely';

/**
 * The e-mails of merged-away clients get an index of their own (lower(email), deleted clients with merged_into only):
 * every import batch asks which of its unknown e-mails a merged-away client had (findMergedAwayEmails), and the unique
 * index on e-mails holds active clients only, so the question read the whole clients table (23 ms a batch at 100,000
 * clients; now a few index probes).
 *
 * SQLite: client_match_keys becomes a WITHOUT ROWID table, its primary key (key, client_id) the table itself: a key is
 * one b-tree insert instead of two (the rowid table and the primary key's index), and a lookup reads the key's entries
 * without a second search. Every write that creates a client files it under its keys, so this halves what the
 * duplicate machinery costs an import (bench: store.duplicates.*). The rows are copied as they are. PostgreSQL keeps
 * its heap table and index (nothing to do).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('clients_merged_email')
    .on('clients')
    .expression(sql`lower(email)`)
    .where(sql.ref('merged_into'), 'is not', null)
    .execute();
  if (db.getExecutor().adapter instanceof SqliteAdapter) await rebuild(db, 'without rowid');
}

/** Back to the rowid table (SQLite), the same rows; the index dropped. */
export async function down(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) await rebuild(db, '');
  await db.schema.dropIndex('clients_merged_email').execute();
}

async function rebuild(db: Kysely<any>, options: 'without rowid' | ''): Promise<void> {
  await db.schema
    .createTable('client_match_keys_next')
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('client_id', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('client_match_keys_next_pk', ['key', 'client_id'])
    .modifyEnd(sql.raw(options))
    .execute();
  await sql`insert into client_match_keys_next (key, client_id) select key, client_id from client_match_keys`.execute(db);
  await db.schema.dropTable('client_match_keys').execute();
  await db.schema.alterTable('client_match_keys_next').renameTo('client_match_keys').execute();
}
