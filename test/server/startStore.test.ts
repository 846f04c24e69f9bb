import { sql } from 'kysely';
import { startStore } from '@/server/server';
import { createTestDatabase, type TestDatabase } from './support/createTestDatabase';
import { httpRequest } from './support/httpRequest';
import { dialects } from './support/useStoreFixture';

describe.each(dialects)('startStore in process on %s', (dialect) => {
  let testDatabase: TestDatabase;
  beforeAll(async () => {
    testDatabase = await createTestDatabase(dialect);
  });
  afterAll(() => testDatabase.drop());

  it('migrates, listens on the port it reports, and closes the server and the database', async () => {
    const store = await startStore({
      host: '127.0.0.1',
      port: 0,
      database: testDatabase.config,
      corsOrigins: ['https://localhost:3000'],
      rateLimitPerMinute: 100,
      bodyLimitBytes: 1024,
      logLevel: 'silent',
    });
    expect(store.url).toBe(`http://127.0.0.1:${store.port}`);
    expect(store.port).toBeGreaterThan(0);
    expect((await httpRequest(`${store.url}/api/v1/health`)).json()).toMatchObject({ status: 'ok', database: dialect });

    await Promise.all([store.close(), store.close()]);
    await store.close();

    await expect(httpRequest(`${store.url}/api/v1/health`)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await expect(sql`select 1`.execute(store.database.db)).rejects.toBeDefined();
  });
});
