import { type Kysely, NO_MIGRATIONS } from 'kysely';
import type { DB } from './schema';
import { createMigrator } from './createMigrator';
import { namesOrThrow } from './migrateToLatest';

/** Reverts every applied migration, newest first (tests and maintenance); returns the names reverted. */
export async function migrateToNone(db: Kysely<DB>): Promise<string[]> {
  return namesOrThrow(await createMigrator(db).migrateTo(NO_MIGRATIONS));
}
