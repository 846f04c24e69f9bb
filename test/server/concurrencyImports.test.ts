import { ClientHistory } from '@/contract/ClientHistory';
import { ImportResponse } from '@/contract/ImportResponse';
import { createClient, runWrite } from '@/server/clients/clientWrites';
import { TRANSACTION_ATTEMPTS } from '@/server/db/withTransactionRetry';
import { authHeaders } from './support/authHeaders';
import { buildTestApp, type TestApp } from './support/buildTestApp';
import { expectStoreUnavailable } from './support/expectStoreUnavailable';
import { makeClientInput } from './support/makeClientInput';
import { dialects, useStoreFixture } from './support/useStoreFixture';
import { useTestApp } from './support/useTestApp';

// Real processes and databases beside the other suites: bounded by their work, not by a clock (jest's 30 s default is
// too close on two loaded cores).
jest.setTimeout(120_000);

const BATCHES = 10;
const CLIENTS = 30;

/** The same items in another order, the same on every run (`seed`). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  let state = seed >>> 0;
  for (let index = result.length - 1; index > 0; index -= 1) {
    state = (state * 1664525 + 1013904223) >>> 0;
    const other = state % (index + 1);
    [result[index], result[other]] = [result[other] as T, result[index] as T];
  }
  return result;
}

describe.each(dialects)('concurrent imports over the same clients on %s', (dialect) => {
  const { app, headers } = useTestApp(dialect);
  const postImport = (body: unknown, extra: Record<string, string> = {}) =>
    app().request('/api/v1/imports', { method: 'POST', headers: headers(extra), body });

  it('ten parallel imports updating the same clients in different orders all succeed (no deadlock, no 500), no update lost', async () => {
    const tag = `conc${Date.now()}`;
    const codes = Array.from({ length: CLIENTS }, (_, index) => `P${index}-${tag}`);
    const seeded = await postImport({
      rows: codes.map((code, index) => ({
        row: index + 2,
        values: { code, lastName: 'Rossi', firstName: 'Anna', email: `${code}@example.ch` },
      })),
    });
    expect(seeded.statusCode).toBe(200);
    const ids = new Map(ImportResponse.parse(seeded.json()).results.map((result) => [result.code, result.id]));

    for (const round of [1, 2, 3]) {
      const responses = await Promise.all(
        Array.from({ length: BATCHES }, (_, batch) =>
          postImport(
            {
              mode: 'update',
              rows: shuffled(codes, round * 100 + batch).map((code, index) => ({
                row: index + 2,
                values: { code, notes: `tour ${round}, lot ${batch}` },
              })),
            },
            { 'idempotency-key': `${tag}-${round}-${batch}` },
          ),
        ),
      );
      expect(responses.map((response) => [response.statusCode, response.statusCode === 200 ? '' : response.text])).toEqual(
        Array.from({ length: BATCHES }, () => [200, '']),
      );
      for (const response of responses)
        expect(new Set(ImportResponse.parse(response.json()).results.map((result) => result.status))).toEqual(new Set(['updated']));
    }

    // Every batch updated every client once: 1 creation + 3 rounds × 10 batches, each a version of its own.
    for (const code of [codes[0], codes[CLIENTS - 1]]) {
      const history = ClientHistory.parse(
        (await app().request(`/api/v1/clients/${ids.get(code ?? '')}/history`, { headers: headers() })).json(),
      );
      expect(history.items).toHaveLength(1 + 3 * BATCHES);
      expect(history.items.map((item) => item.version)).toEqual(
        Array.from({ length: 1 + 3 * BATCHES }, (_, index) => 3 * BATCHES + 1 - index),
      );
    }
  });
});

describe.each(dialects)('a write that keeps meeting concurrent transactions on %s', (dialect) => {
  const fixture = useStoreFixture(dialect);
  let testApp: TestApp | undefined;
  let attempts = 0;
  beforeAll(async () => {
    testApp = await buildTestApp(fixture().database, {}, (app) => {
      // A write whose every attempt ends as PostgreSQL ends a deadlock's victim (after writing a client).
      app.post('/test/always-deadlocked', async (request) =>
        runWrite(app, request, async (context) => {
          attempts += 1;
          await createClient(context, makeClientInput({ lastName: 'Bloqué' }), 'fr');
          throw Object.assign(new Error('deadlock detected'), { code: '40P01' });
        }),
      );
    });
  });
  afterAll(() => testApp?.close());

  it('is tried again a few times, then answered 503 with Retry-After in the request language, nothing written', async () => {
    const response = await testApp!.request('/test/always-deadlocked', {
      method: 'POST',
      headers: authHeaders(fixture().token, { 'accept-language': 'en' }),
    });
    expect(attempts).toBe(TRANSACTION_ATTEMPTS);
    expectStoreUnavailable(response, 'en');
    const search = await testApp!.request('/api/v1/clients?q=bloque', { headers: authHeaders(fixture().token) });
    expect(search.json()).toMatchObject({ total: 0 });
  });
});
