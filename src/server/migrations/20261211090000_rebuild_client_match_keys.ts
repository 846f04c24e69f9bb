/* eslint-disable @typescript-eslint/no-explicit-any -- a migration sees the schema as it was then, never the app's current DB type (STYLE.md). */
import type { Kysely } from 'kysely';
import { writeMatchKeys } from './20261210090000_create_client_match_keys';

/**
 * The blocking keys under the sharper rules (the birth date with each name's initial, the e-mail local part with both
 * initials: no key a crowd of clients holds): the index is derived data, so it is emptied and written again from the
 * active clients with the domain's rules as they are when the migration runs.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('client_match_keys').execute();
  await writeMatchKeys(db);
}

/** Going back leaves the keys as they are: the rules that wrote the older keys are no longer in the code to write them again. */
export async function down(): Promise<void> {}
