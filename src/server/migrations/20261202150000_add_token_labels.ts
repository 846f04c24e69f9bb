/* eslint-disable @typescript-eslint/no-explicit-any -- a migration sees the schema as it was then, never the app's current DB type (STYLE.md). */
import type { Kysely } from 'kysely';

/**
 * A token's display name ("Poste local"), given at creation: what the pane shows as the author of a change or of a
 * remembered mapping. Null for the tokens created before (their name is shown, nothing is invented).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('api_tokens').addColumn('label', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('api_tokens').dropColumn('label').execute();
}
