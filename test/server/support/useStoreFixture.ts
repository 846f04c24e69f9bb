import type { Dialect } from '@/server/db/DatabaseConfig';
import { migrateToLatest } from '@/server/db/migrateToLatest';
import { openDatabase, type StoreDatabase } from '@/server/db/openDatabase';
import { createToken } from '@/server/tokens';
import { createTestDatabase, type TestDatabase } from './createTestDatabase';

export type StoreFixture = { testDatabase: TestDatabase; database: StoreDatabase; token: string };

/**
 * Per suite (one describe.each branch): a fresh database of `dialect`, migrated, with one token
 * named `test`; closed and dropped after the suite. Read `fixture()` inside tests only.
 */
export function useStoreFixture(dialect: Dialect): () => StoreFixture {
  let fixture: StoreFixture | undefined;
  beforeAll(async () => {
    const testDatabase = await createTestDatabase(dialect);
    const database = openDatabase(testDatabase.config);
    await migrateToLatest(database.db);
    const { token } = await createToken(database.db, 'test');
    fixture = { testDatabase, database, token };
  });
  afterAll(async () => {
    await fixture?.database.close();
    await fixture?.testDatabase.drop();
  });
  return () => {
    if (fixture === undefined) throw new Error('fixture read outside a test');
    return fixture;
  };
}

export const dialects: Dialect[] = ['sqlite', 'postgres'];
