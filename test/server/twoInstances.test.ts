import { ImportResponse } from '@/contract/ImportResponse';
import { createTestDatabase, type TestDatabase } from './support/createTestDatabase';
import { queryDatabase } from './support/databaseChecks';
import { httpRequest, type HttpResponse } from './support/httpRequest';
import { databaseTarget, runStoreCommand, startStoreProcess, type StoreProcess } from './support/storeProcess';

// Real processes and databases beside the other suites: bounded by their work, not by a clock (jest's 30 s default is
// too close on two loaded cores).
jest.setTimeout(120_000);

const BATCHES = 6;
const ROWS = 40;
const CREATES = 20;

describe('two store processes on one PostgreSQL', () => {
  let testDatabase: TestDatabase;
  let stores: StoreProcess[] = [];
  let token = '';
  beforeAll(async () => {
    testDatabase = await createTestDatabase('postgres');
    const target = databaseTarget(testDatabase.config);
    const created = await runStoreCommand(['token', 'create', 'poste-1', ...target.args], target.env);
    token = created.stdout.trimEnd().split('\n').at(-1) ?? '';
    // Both start at once: the migrations' lock lets one migrate while the other waits.
    stores = await Promise.all([startStoreProcess(target.args, target.env), startStoreProcess(target.args, target.env)]);
  }, 60_000);
  afterAll(async () => {
    for (const store of stores) {
      if (store.child.exitCode === null) store.child.kill('SIGTERM');
      await store.exited;
    }
    await testDatabase.drop();
  });

  const send = (instance: number, path: string, options: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
    httpRequest(`${stores[instance % 2]?.url}${path}`, { ...options, headers: { authorization: `Bearer ${token}`, ...options.headers } });
  const sql = <T>(statement: string) => queryDatabase<T>(testDatabase.config, statement);

  it('serves concurrent imports, creates and edits through both: unique codes, idempotency keys honoured across instances, no duplicate, no 500', async () => {
    const tag = `duo${Date.now()}`;
    const person = (name: string) => ({ lastName: name, firstName: 'Anna', email: `${name}@${tag}.example.ch` });
    const batchBody = (batch: number) => ({
      rows: Array.from({ length: ROWS }, (_, row) => ({ row: row + 2, values: person(`b${batch}r${row}`) })),
    });

    // Each batch sent twice at once with one Idempotency-Key, once to each instance; creates and imports interleaved.
    const imports = Array.from({ length: BATCHES }, (_, batch) =>
      [0, 1].map((instance) =>
        send(instance + batch, '/api/v1/imports', {
          method: 'POST',
          body: batchBody(batch),
          headers: { 'idempotency-key': `${tag}-${batch}` },
        }),
      ),
    );
    const creates = Array.from({ length: CREATES }, (_, index) =>
      send(index, '/api/v1/clients', { method: 'POST', body: person(`c${index}`) }),
    );
    const importResponses = await Promise.all(imports.map((pair) => Promise.all(pair)));
    const createResponses = await Promise.all(creates);

    const statuses = (responses: HttpResponse[]) =>
      responses.map((response) => (response.statusCode >= 500 ? response.text : response.statusCode));
    expect(statuses(importResponses.flat())).toEqual(Array.from({ length: 2 * BATCHES }, () => 200));
    expect(statuses(createResponses)).toEqual(Array.from({ length: CREATES }, () => 201));
    for (const [first, second] of importResponses) {
      // One instance applied the batch, the other answered with what it stored.
      expect(second?.json()).toEqual(first?.json());
      expect([first?.headers['idempotent-replayed'], second?.headers['idempotent-replayed']].sort()).toEqual(['true', undefined]);
      expect(new Set(ImportResponse.parse(first?.json()).results.map((result) => result.status))).toEqual(new Set(['created']));
    }

    // Upserts of overlapping clients by email, in opposite orders, through both; edits of the same clients with If-Match.
    const overlap = Array.from({ length: ROWS }, (_, row) => person(`b0r${row}`));
    const upserts = [0, 1, 2, 3].map((round) =>
      send(round, '/api/v1/imports', {
        method: 'POST',
        body: {
          rows: (round % 2 === 0 ? overlap : [...overlap].reverse()).map((values, row) => ({
            row: row + 2,
            values: { ...values, notes: `tour ${round}` },
          })),
        },
      }),
    );
    const targets = ImportResponse.parse(importResponses[1]?.[0]?.json()).results.slice(0, 10);
    const edits = targets.flatMap((target, index) =>
      [0, 1].map((instance) =>
        send(instance, `/api/v1/clients/${target.id}`, {
          method: 'PATCH',
          body: { city: instance === 0 ? 'Sion' : 'Bulle' },
          headers: { 'if-match': '"1"', 'accept-language': index % 2 === 0 ? 'fr' : 'en' },
        }),
      ),
    );
    const [upsertResponses, editResponses] = await Promise.all([Promise.all(upserts), Promise.all(edits)]);
    expect(statuses(upsertResponses)).toEqual([200, 200, 200, 200]);
    for (const response of upsertResponses)
      expect(new Set(ImportResponse.parse(response.json()).results.map((result) => result.status))).toEqual(new Set(['updated']));
    // Of two edits of one version, exactly one wins; the other is told about the conflict.
    for (let index = 0; index < targets.length; index += 1)
      expect([editResponses[2 * index]?.statusCode, editResponses[2 * index + 1]?.statusCode].sort()).toEqual([200, 409]);

    const [counts] = await sql<{ clients: number; codes: number; emails: number }>(
      `select count(*)::int as clients, count(distinct code)::int as codes, count(distinct lower(email))::int as emails from clients where email like '%@${tag}.example.ch'`,
    );
    expect(counts).toEqual({ clients: BATCHES * ROWS + CREATES, codes: BATCHES * ROWS + CREATES, emails: BATCHES * ROWS + CREATES });
    const [versions] = await sql<{ max: number; min: number }>(
      `select min(version)::int as min, max(version)::int as max from clients where email like 'b0r%@${tag}.example.ch'`,
    );
    expect(versions).toEqual({ min: 5, max: 5 });
    const [batches] = await sql<{ n: number }>(`select count(*)::int as n from idempotency_keys where key like '${tag}-%'`);
    expect(batches?.n).toBe(BATCHES);
  });
});
