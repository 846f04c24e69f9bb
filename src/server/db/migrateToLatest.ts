import type { Kysely, MigrationResultSet } from 'kysely';
import type { DB } from './schema';
import { createMigrator } from './createMigrator';
import { MigrationError } from './MigrationError';

/** Applies every pending migration (each in a transaction); returns the names applied. Throws MigrationError. */
export async function migrateToLatest(db: Kysely<DB>): Promise<string[]> {
  return namesOrThrow(await createMigrator(db).migrateToLatest());
}

export function namesOrThrow({ error, results = [] }: MigrationResultSet): string[] {
  if (error !== undefined) {
    const failed = results.find((result) => result.status === 'Error');
    throw new MigrationError(failed?.migrationName, { cause: error });
  }
  return results.map((result) => result.migrationName);
}
