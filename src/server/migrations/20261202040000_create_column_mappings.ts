/* eslint-disable @typescript-eslint/no-explicit-any -- a migration sees the schema as it was then, never the app's current DB type (STYLE.md). */
import type { Kysely } from 'kysely';

/**
 * Remembered column mappings: one row per version, every PUT appends one. Keyed by the sha256 of the header signature
 * (a signature may be 4,000 characters, more than a PostgreSQL b-tree entry holds), the signature itself kept beside it;
 * the primary key makes two concurrent saves of one signature take distinct version numbers.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('column_mappings')
    .addColumn('signature_hash', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('signature', 'text', (col) => col.notNull())
    .addColumn('headers', 'text', (col) => col.notNull())
    .addColumn('columns', 'text', (col) => col.notNull())
    .addColumn('saved_at', 'text', (col) => col.notNull())
    .addColumn('saved_by', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('column_mappings_pk', ['signature_hash', 'version'])
    .execute();
  await db.schema.createIndex('column_mappings_saved_at').on('column_mappings').columns(['saved_at', 'signature_hash']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('column_mappings').execute();
}
