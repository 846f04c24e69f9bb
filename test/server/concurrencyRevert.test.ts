import { Client as PgClient } from 'pg';
import { Client } from '@/contract/Client';
import { ImportResponse } from '@/contract/ImportResponse';
import { RevertResponse } from '@/contract/RevertResponse';
import { holdSqliteWriteLock } from './support/sqliteLockHolder';
import { dialects, useStoreFixture } from './support/useStoreFixture';
import { buildTestApp, type TestApp } from './support/buildTestApp';
import { authHeaders } from './support/authHeaders';

// Real processes and databases beside the other suites: bounded by their work, not by a clock (jest's 30 s default is
// too close on two loaded cores).
jest.setTimeout(120_000);

/**
 * Another instance's edit of `ids` (a new version of each, as a PATCH writes it), committed while the
 * revert request `start()` sends is already running: PostgreSQL, the edit holds its row locks until the
 * revert waits on one of them; SQLite, another process holds the write lock and commits a moment later.
 */
async function editWhileReverting<T>(database: ReturnType<ReturnType<typeof useStoreFixture>>, ids: string[], start: () => Promise<T>) {
  const edit = `update clients set version = version + 1, notes = 'édité ailleurs' where id in (${ids.map((id) => `'${id}'`).join(', ')})`;
  const { config } = database.testDatabase;
  if (config.dialect === 'sqlite') {
    const holder = await holdSqliteWriteLock(config.file, [edit], 700);
    const result = await start();
    await holder.ended;
    return result;
  }
  const editor = new PgClient({ connectionString: config.url });
  const watcher = new PgClient({ connectionString: config.url });
  await Promise.all([editor.connect(), watcher.connect()]);
  try {
    await editor.query('begin');
    await editor.query(edit);
    const reverting = start();
    // Once the revert waits on a row lock of the edit, the edit commits.
    for (;;) {
      const waiting = await watcher.query(
        "select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
      );
      if (waiting.rows[0].n > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await editor.query('commit');
    return await reverting;
  } finally {
    await Promise.all([editor.end(), watcher.end()]);
  }
}

describe.each(dialects)('a revert racing an edit on %s', (dialect) => {
  const fixture = useStoreFixture(dialect);
  let testApp: TestApp | undefined;
  beforeAll(async () => {
    testApp = await buildTestApp(fixture().database);
  });
  afterAll(() => testApp?.close());
  const request = (path: string, options: { method?: string; body?: unknown } = {}) =>
    (testApp as TestApp).request(path, { ...options, headers: authHeaders(fixture().token) });
  const runImport = async (rows: unknown[]) => {
    const response = await request('/api/v1/imports', { method: 'POST', body: { rows } });
    expect(response.statusCode).toBe(200);
    return ImportResponse.parse(response.json());
  };
  const getClient = async (id: string) => Client.parse((await request(`/api/v1/clients/${id}`)).json());

  it('reports exactly what it wrote: clients edited meanwhile are listed as left alone, never as deleted or restored', async () => {
    const tag = `race${Date.now()}`;
    const person = (name: string, extra: Record<string, unknown> = {}) => ({
      lastName: name,
      firstName: 'Anna',
      email: `${name}.${tag}@example.ch`,
      code: `${name}-${tag}`,
      city: 'Avant',
      ...extra,
    });
    const seed = await runImport([{ row: 2, values: person('B') }]);
    const batch = await runImport([
      { row: 2, values: person('A') },
      { row: 3, values: { code: `B-${tag}`, city: 'Après' } },
      { row: 4, values: person('C') },
    ]);
    const [a, b, c] = batch.results.map((result) => result.id ?? '');
    expect(batch.results.map((result) => result.status)).toEqual(['created', 'updated', 'created']);
    expect(b).toBe(seed.results[0]?.id);

    const response = await editWhileReverting(fixture(), [a ?? '', b ?? ''], () =>
      request(`/api/v1/imports/${batch.batchId}/revert`, { method: 'POST' }),
    );
    expect([response.statusCode, response.statusCode === 200 ? '' : response.text]).toEqual([200, '']);
    const revert = RevertResponse.parse(response.json());
    expect(revert.reverted).toEqual([{ id: c, code: `C-${tag}`, action: 'deleted' }]);
    expect([...revert.skipped].sort((x, y) => x.code.localeCompare(y.code))).toEqual([
      { id: a, code: `A-${tag}`, reason: 'changed_after' },
      { id: b, code: `B-${tag}`, reason: 'changed_after' },
    ]);

    // What the answer says is what the store holds.
    expect(await getClient(a ?? '')).toMatchObject({ deletedAt: null, notes: 'édité ailleurs', version: 2 });
    expect(await getClient(b ?? '')).toMatchObject({ deletedAt: null, city: 'Après', notes: 'édité ailleurs', version: 3 });
    expect((await getClient(c ?? '')).deletedAt).not.toBeNull();
  });
});
