import { type Kysely, Migrator } from 'kysely';
import type { DB } from './schema';
import { migrations } from '../migrations/migrations';

/** Kysely's migrator over the static list of src/server/migrations. */
export function createMigrator(db: Kysely<DB>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}
