/* eslint-disable @typescript-eslint/no-explicit-any -- a migration sees the schema as it was then, never the app's current DB type (STYLE.md). */
import { type Kysely, sql } from 'kysely';

/** The clients table: every key of the template (DESIGN.md §2) plus the store-managed fields. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('clients')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('code', 'text', (col) => col.notNull().unique())
    .addColumn('title', 'text')
    .addColumn('last_name', 'text', (col) => col.notNull())
    .addColumn('first_name', 'text', (col) => col.notNull())
    .addColumn('company', 'text')
    .addColumn('vat_number', 'text')
    .addColumn('email', 'text', (col) => col.notNull())
    .addColumn('phone', 'text')
    .addColumn('mobile', 'text')
    .addColumn('address', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('city', 'text')
    .addColumn('country', 'text')
    .addColumn('nationality', 'text')
    .addColumn('practice_country', 'text')
    .addColumn('language', 'text')
    .addColumn('birth_date', 'text')
    .addColumn('notes', 'text')
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('is_foreign', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('last_name_folded', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('first_name_folded', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('search_text', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('updated_by', 'text', (col) => col.notNull())
    .addColumn('deleted_at', 'text')
    .execute();

  await db.schema
    .createIndex('clients_email_active_unique')
    .on('clients')
    .unique()
    .expression(sql`lower(email)`)
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();

  await db.schema
    .createIndex('clients_name_active')
    .on('clients')
    .columns(['last_name_folded', 'first_name_folded', 'id'])
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('clients').execute();
}
