/* eslint-disable @typescript-eslint/no-explicit-any -- a migration sees the schema as it was then, never the app's current DB type (STYLE.md). */
import { type Kysely, sql } from 'kysely';

/**
 * What search, history, imports and undo need: the folded words of each active client with its
 * sort key (a prefix search is a b-tree range that also gives what to sort by), one row per version (who, when, the fields changed and their values before), the
 * import batches, the idempotency keys, and the counter of assigned client codes.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('client_words')
    .addColumn('word', 'text', (col) => col.notNull())
    .addColumn('last_name_folded', 'text', (col) => col.notNull())
    .addColumn('first_name_folded', 'text', (col) => col.notNull())
    .addColumn('client_id', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('client_words_pk', ['word', 'last_name_folded', 'first_name_folded', 'client_id'])
    .execute();

  await db.schema
    .createTable('client_versions')
    .addColumn('client_id', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('change', 'text', (col) => col.notNull())
    .addColumn('changed_at', 'text', (col) => col.notNull())
    .addColumn('changed_by', 'text', (col) => col.notNull())
    .addColumn('fields', 'text', (col) => col.notNull())
    .addColumn('previous', 'text', (col) => col.notNull())
    .addColumn('batch_id', 'text')
    .addPrimaryKeyConstraint('client_versions_pk', ['client_id', 'version'])
    .execute();
  await db.schema
    .createIndex('client_versions_batch')
    .on('client_versions')
    .column('batch_id')
    .where(sql.ref('batch_id'), 'is not', null)
    .execute();

  await db.schema
    .createTable('import_batches')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('mode', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.notNull())
    .addColumn('reverted_at', 'text')
    .execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('request_hash', 'text', (col) => col.notNull())
    .addColumn('status_code', 'integer', (col) => col.notNull())
    .addColumn('response', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('counters')
    .addColumn('name', 'text', (col) => col.primaryKey())
    .addColumn('value', 'integer', (col) => col.notNull())
    .execute();
  await db
    .insertInto('counters')
    .values([
      { name: 'client_code', value: 0 },
      { name: 'client_id', value: 0 },
    ])
    .execute();

  // Foreign clients only (about one in eight): browsing them in order stays an index range, at a small cost per insert.
  await db.schema
    .createIndex('clients_foreign_name_active')
    .on('clients')
    .columns(['last_name_folded', 'first_name_folded', 'id'])
    .where(sql<boolean>`deleted_at is null and is_foreign = 1`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('clients_foreign_name_active').execute();
  for (const table of ['counters', 'idempotency_keys', 'import_batches', 'client_versions', 'client_words']) {
    await db.schema.dropTable(table).execute();
  }
}
