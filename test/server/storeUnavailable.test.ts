import { Client } from '@/contract/Client';
import { Health } from '@/contract/Health';
import type { DatabaseConfig } from '@/server/db/DatabaseConfig';
import { migrateToLatest } from '@/server/db/migrateToLatest';
import { openDatabase, type StoreDatabase } from '@/server/db/openDatabase';
import { createToken } from '@/server/tokens';
import { authHeaders } from './support/authHeaders';
import { buildTestApp, type TestApp } from './support/buildTestApp';
import { createTestDatabase, type TestDatabase } from './support/createTestDatabase';
import { expectStoreUnavailable } from './support/expectStoreUnavailable';
import { makeClientInput } from './support/makeClientInput';
import { holdSqliteWriteLock } from './support/sqliteLockHolder';

// Real processes and databases beside the other suites: bounded by their work, not by a clock (jest's 30 s default is
// too close on two loaded cores).
jest.setTimeout(120_000);

type Fixture = { testDatabase: TestDatabase; database: StoreDatabase; app: TestApp; token: string; file: string };

/** Per suite: a SQLite store whose writes wait `busyTimeoutMs` for another connection's write lock, and its app. */
function useSqliteStore(busyTimeoutMs?: number): () => Fixture {
  let fixture: Fixture | undefined;
  beforeAll(async () => {
    const testDatabase = await createTestDatabase('sqlite');
    const config = testDatabase.config as Extract<DatabaseConfig, { dialect: 'sqlite' }>;
    const database = openDatabase({ ...config, busyTimeoutMs });
    await migrateToLatest(database.db);
    const { token } = await createToken(database.db, 'test');
    fixture = { testDatabase, database, token, file: config.file, app: await buildTestApp(database) };
  });
  afterAll(async () => {
    await fixture?.app.close();
    await fixture?.database.close();
    await fixture?.testDatabase.drop();
  });
  return () => {
    if (fixture === undefined) throw new Error('fixture read outside a test');
    return fixture;
  };
}

describe('SQLite: a write while another connection holds the write lock', () => {
  const store = useSqliteStore();
  const post = (body: unknown) => store().app.request('/api/v1/clients', { method: 'POST', headers: authHeaders(store().token), body });

  it('waits for the lock (busy timeout) and succeeds once it is released, instead of failing at once', async () => {
    const before = await post(makeClientInput({ lastName: 'Avant' }));
    expect(before.statusCode).toBe(201);
    // Another program writes the same file (a client edited by hand) and keeps the lock a moment.
    const holder = await holdSqliteWriteLock(store().file, [`update clients set notes = 'ailleurs' where id = '${before.json().id}'`], 500);
    const during = await post(makeClientInput({ lastName: 'Pendant' }));
    await holder.ended;
    expect([during.statusCode, during.statusCode === 201 ? '' : during.text]).toEqual([201, '']);
    const edit = await store().app.request(`/api/v1/clients/${before.json().id}`, {
      method: 'PATCH',
      headers: authHeaders(store().token, { 'if-match': '"1"' }),
      body: { city: 'Sion' },
    });
    expect(Client.parse(edit.json())).toMatchObject({ city: 'Sion', notes: 'ailleurs', version: 2 });
  });
});

describe('SQLite: the write lock held past the busy timeout', () => {
  const store = useSqliteStore(200);
  const request = (path: string, options: { method?: string; body?: unknown; lang?: string } = {}) =>
    store().app.request(path, { ...options, headers: authHeaders(store().token, options.lang ? { 'accept-language': options.lang } : {}) });

  it('answers 503 with Retry-After (and /health says so) while it lasts, then recovers by itself', async () => {
    const created = await request('/api/v1/clients', { method: 'POST', body: makeClientInput({ lastName: 'Verrou' }) });
    expect(created.statusCode).toBe(201);
    const holder = await holdSqliteWriteLock(store().file);
    try {
      const refused = await request('/api/v1/clients', { method: 'POST', body: makeClientInput({ lastName: 'Refusé' }) });
      expectStoreUnavailable(refused);
      const imported = await request('/api/v1/imports', {
        method: 'POST',
        lang: 'en',
        body: { rows: [{ row: 2, values: makeClientInput({ lastName: 'Refusé' }) }] },
      });
      expectStoreUnavailable(imported, 'en');
      const health = await store().app.request('/api/v1/health');
      expect(health.statusCode).toBe(503);
      expect(Number(health.headers['retry-after'])).toBeGreaterThan(0);
      expect(Health.parse(health.json())).toMatchObject({ status: 'unavailable', database: 'sqlite' });
      // Reads go on (WAL): only writes wait for the lock.
      expect((await request(`/api/v1/clients/${created.json().id}`)).statusCode).toBe(200);
    } finally {
      await holder.release();
    }
    const health = await store().app.request('/api/v1/health');
    expect([health.statusCode, Health.parse(health.json()).status]).toEqual([200, 'ok']);
    expect((await request('/api/v1/clients', { method: 'POST', body: makeClientInput({ lastName: 'Après' }) })).statusCode).toBe(201);
    const search = await request('/api/v1/clients?q=refuse');
    expect(search.json()).toMatchObject({ total: 0 });
  });
});
