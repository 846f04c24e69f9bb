import { existsSync } from 'node:fs';
import path from 'node:path';
import { Health } from '@/contract/Health';
import { ImportResponse } from '@/contract/ImportResponse';
import type { DatabaseConfig } from '@/server/db/DatabaseConfig';
import { createScratchDatabase, createTestDatabase, type TestDatabase } from './support/createTestDatabase';
import { integrityProblems, queryDatabase } from './support/databaseChecks';
import { expectStoreUnavailable } from './support/expectStoreUnavailable';
import { httpRequest, type HttpResponse } from './support/httpRequest';
import {
  startPostgresServer,
  startPostgresServerAgain,
  stopPostgresServer,
  stopPostgresServerKeepingData,
  type PostgresServer,
} from './support/postgresServer';
import { databaseTarget, runStoreCommand, startStoreProcess, type StoreProcess } from './support/storeProcess';
import { dialects } from './support/useStoreFixture';

// Real processes and databases beside the other suites: bounded by their work, not by a clock (jest's 30 s default is
// too close on two loaded cores).
jest.setTimeout(120_000);

const BATCHES = 10;

/** An import of `batches` batches of `rows` new clients, each batch with its own Idempotency-Key, through the real store process. */
function importPlan(tag: string, rows: number) {
  const body = (batch: number) => ({
    mode: 'create',
    rows: Array.from({ length: rows }, (_, row) => ({
      row: row + 2,
      values: { lastName: `Nom${row}`, firstName: 'Léa', email: `b${batch}r${row}@${tag}.example.ch`, city: 'Lausanne' },
    })),
  });
  return {
    send: (store: StoreProcess, token: string, batch: number): Promise<HttpResponse> =>
      httpRequest(`${store.url}/api/v1/imports`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'idempotency-key': `${tag}-${batch}` },
        body: body(batch),
      }),
    /** The clients of the import in the database: how many, and how many distinct emails and codes. */
    count: async (config: DatabaseConfig) => {
      const [counts] = await queryDatabase<{ clients: number; emails: number; codes: number }>(
        config,
        `select count(*) as clients, count(distinct lower(email)) as emails, count(distinct code) as codes from clients where email like '%@${tag}.example.ch'`,
      );
      return { clients: Number(counts?.clients), emails: Number(counts?.emails), codes: Number(counts?.codes) };
    },
  };
}

async function createStoreToken(config: DatabaseConfig): Promise<string> {
  const target = databaseTarget(config);
  const created = await runStoreCommand(['token', 'create', 'fautes', ...target.args], target.env);
  if (created.code !== 0) throw new Error(created.stderr);
  return created.stdout.trimEnd().split('\n').at(-1) ?? '';
}

const startStore = (config: DatabaseConfig) => {
  const target = databaseTarget(config);
  return startStoreProcess(target.args, target.env, { direct: true });
};

async function stopStore(store: StoreProcess | undefined): Promise<void> {
  if (store === undefined) return;
  if (store.child.exitCode === null && store.child.signalCode === null) store.child.kill('SIGTERM');
  await store.exited;
}

describe.each(dialects)('the store process killed with SIGKILL in the middle of an import on %s', (dialect) => {
  let testDatabase: TestDatabase;
  let store: StoreProcess | undefined;
  beforeAll(async () => {
    testDatabase = await createTestDatabase(dialect);
  });
  afterAll(async () => {
    await stopStore(store);
    await testDatabase.drop();
  });

  it('restarted and resumed with the same Idempotency-Keys: exactly the expected clients, no duplicate, integrity checks clean', async () => {
    const tag = `kill${Date.now()}`;
    const rows = 300;
    const plan = importPlan(tag, rows);
    const token = await createStoreToken(testDatabase.config);
    store = await startStore(testDatabase.config);
    const acknowledged = new Map<number, unknown>();
    for (const batch of [0, 1, 2]) {
      const response = await plan.send(store, token, batch);
      expect(response.statusCode).toBe(200);
      acknowledged.set(batch, response.json());
    }
    // The other batches all at once; the store is killed as soon as the first of them is answered.
    const killed = store;
    const inFlight = Array.from({ length: BATCHES - 3 }, (_, index) =>
      plan.send(killed, token, index + 3).then(
        (response) => {
          if (response.statusCode === 200) acknowledged.set(index + 3, response.json());
          return response.statusCode;
        },
        () => 'cut',
      ),
    );
    await Promise.race(inFlight);
    killed.child.kill('SIGKILL');
    expect(await killed.exited).toBeNull();
    const answers = await Promise.all(inFlight);
    expect(answers).toContain('cut');
    expect(answers.every((answer) => answer === 200 || answer === 'cut')).toBe(true);

    store = await startStore(testDatabase.config);
    for (let batch = 0; batch < BATCHES; batch += 1) {
      const response = await plan.send(store, token, batch);
      expect([batch, response.statusCode]).toEqual([batch, 200]);
      // A batch answered before the kill is answered the same again, not applied twice.
      if (acknowledged.has(batch)) {
        expect(response.headers['idempotent-replayed']).toBe('true');
        expect(response.json()).toEqual(acknowledged.get(batch));
      }
      expect(new Set(ImportResponse.parse(response.json()).results.map((result) => result.status))).toEqual(new Set(['created']));
    }
    expect(await plan.count(testDatabase.config)).toEqual({ clients: BATCHES * rows, emails: BATCHES * rows, codes: BATCHES * rows });
    await stopStore(store);
    expect(await integrityProblems(testDatabase.config)).toEqual([]);
  });
});

describe('PostgreSQL stopped and started again while the store serves', () => {
  let server: PostgresServer | undefined;
  let scratch: TestDatabase | undefined;
  let store: StoreProcess | undefined;
  beforeAll(async () => {
    server = await startPostgresServer();
    scratch = await createScratchDatabase('postgres', { adminUrl: server.url, prefix: 'suivi_fault' });
  }, 60_000);
  afterAll(async () => {
    await stopStore(store);
    // Started again by the test, unless it failed in between.
    if (server !== undefined) {
      if (!existsSync(path.join(server.dataDir, 'postmaster.pid'))) startPostgresServerAgain(server);
      stopPostgresServer(server);
    }
  });

  it('answers 503 with Retry-After (and /health says so) while it is down, then serves again without a restart; the import resumed is exact', async () => {
    const config = scratch!.config;
    const tag = `pgdown${Date.now()}`;
    const rows = 200;
    const plan = importPlan(tag, rows);
    const token = await createStoreToken(config);
    store = await startStore(config);
    const running = store;
    const get = (path: string, lang = 'fr') =>
      httpRequest(`${running.url}${path}`, { headers: { authorization: `Bearer ${token}`, 'accept-language': lang } });
    for (const batch of [0, 1]) expect((await plan.send(running, token, batch)).statusCode).toBe(200);

    // PostgreSQL stops (fast shutdown: connections cut) as soon as the first of four batches in flight is answered.
    const inFlight = [2, 3, 4, 5].map((batch) => plan.send(running, token, batch));
    await Promise.race(inFlight);
    stopPostgresServerKeepingData(server!);
    const cut = await Promise.all(inFlight).catch((error) => {
      throw new Error(`${error}\n${running.stdout()}\n${running.stderr()}`);
    });
    for (const response of cut) {
      expect([200, 503]).toContain(response.statusCode);
      if (response.statusCode === 503) expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    }

    const refused = await plan.send(running, token, 6);
    expectStoreUnavailable(refused);
    expectStoreUnavailable(await get('/api/v1/clients?q=nom', 'en'), 'en');
    const down = await get('/api/v1/health');
    expect(down.statusCode).toBe(503);
    expect(Health.parse(down.json())).toMatchObject({ status: 'unavailable', database: 'postgres' });
    expect(running.child.exitCode).toBeNull();

    startPostgresServerAgain(server!);
    const up = await get('/api/v1/health');
    expect([up.statusCode, Health.parse(up.json()).status]).toEqual([200, 'ok']);
    for (let batch = 0; batch < BATCHES; batch += 1)
      expect([batch, (await plan.send(running, token, batch)).statusCode]).toEqual([batch, 200]);
    expect(await plan.count(config)).toEqual({ clients: BATCHES * rows, emails: BATCHES * rows, codes: BATCHES * rows });
    expect(running.stdout()).not.toMatch(/"level":50/);
    expect(await integrityProblems(config)).toEqual([]);
  });
});
