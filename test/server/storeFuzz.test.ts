import { createHash } from 'node:crypto';
import http from 'node:http';
import fc from 'fast-check';
import { sql, type Kysely } from 'kysely';
import { ApiError } from '@/contract/ApiError';
import { COLUMN_KEYS } from '@/domain';
import type { DB } from '@/server/db/schema';
import { buildTestApp, type TestApp } from './support/buildTestApp';
import { makeClientInput } from './support/makeClientInput';
import { dialects, useStoreFixture } from './support/useStoreFixture';

/** Requests per database: a few thousand in all, in well under a minute. */
const RUNS = 2000;
/** A fixed seed, so that a run is the same every time (FUZZ_SEED=… explores others). */
const SEED = Number(process.env.FUZZ_SEED ?? 14_2026);

/** One request over a kept-alive socket (light-my-request, behind `app.inject`, needs an ES module jest cannot load here). */
function send(agent: http.Agent, url: string, options: { method: string; headers: Record<string, string>; payload?: string }) {
  return new Promise<{ statusCode: number; body: string }>((resolve, reject) => {
    const outgoing = http.request(url, { method: options.method, headers: options.headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => resolve({ statusCode: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    outgoing.on('error', reject);
    outgoing.end(options.payload);
  });
}

/** Every table's row count and a hash of all its rows (in a stable order): equal fingerprints, same data. */
async function fingerprint(db: Kysely<DB>): Promise<string> {
  const tables = (await db.introspection.getTables()).map((table) => table.name).sort();
  const hash = createHash('sha256');
  for (const table of tables) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
    const texts = rows.rows
      .map((row) => JSON.stringify(row, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value)))
      .sort();
    hash.update(`${table}:${texts.length}\n${texts.join('\n')}\n`);
  }
  return hash.digest('hex');
}

const NASTY = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[2J',
  '\u007f',
  '\u0085',
  '\ud800',
  'dup\ud801@x.ch',
  '\udc00',
  '👍',
  '%',
  '_',
  "'",
  '*',
  '%FF',
  '\\',
  '"',
  "'; drop table clients; --",
  '__proto__',
  'constructor',
  'null',
  '1e309',
  '-1',
  '0',
  'NaN',
  'CH',
  'ZZ',
  'jean.dupont@example.ch',
  'Dupont',
  'CL-000001',
  '2026-13-45',
  'x'.repeat(300),
  'é'.repeat(5000),
  'y'.repeat(12_000),
];

const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: text },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, [], {}) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);
const clientValues = fc.dictionary(fc.oneof(fc.constantFrom(...COLUMN_KEYS), fc.constantFrom('shoeSize', '__proto__', 'id')), anyValue, {
  maxKeys: 6,
});
const body: fc.Arbitrary<unknown> = fc.oneof(
  clientValues,
  fc.record({
    mode: fc.oneof(fc.constantFrom('upsert', 'create', 'update'), text),
    rows: fc.array(fc.record({ row: anyValue, values: clientValues }), { maxLength: 3 }),
  }),
  fc.record({ homeCountry: anyValue }, { requiredKeys: [] }),
  fc.record({
    signature: anyValue,
    headers: fc.array(anyValue, { maxLength: 3 }),
    columns: fc.array(fc.record({ header: anyValue, target: anyValue }), { maxLength: 3 }),
  }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constant(undefined),
);

/** A path segment as a client would send it: UTF-8 percent-encoded (lone surrogates become U+FFFD), or raw escapes. */
const segment = fc.oneof(
  text.map((value) => [...Buffer.from(value, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('')),
  fc.constantFrom('%FF', '%00', '%E0%A4%A', '%', '..', '', 'x'.repeat(200)),
);
const ROUTES = [
  '/api/v1/clients/:id',
  '/api/v1/clients/:id/history',
  '/api/v1/clients/:id/restore',
  '/api/v1/imports/:id/revert',
  '/api/v1/:id',
  '/:id',
];
const path = fc.oneof(
  fc.constantFrom(
    '/api/v1/clients',
    '/api/v1/imports',
    '/api/v1/settings',
    '/api/v1/mappings',
    '/api/v1/mappings/history',
    '/api/v1/health',
    '/api/v1/openapi.json',
  ),
  fc.tuple(fc.constantFrom(...ROUTES), segment).map(([route, id]) => route.replace(':id', id)),
);
const queryKey = fc.constantFrom('q', 'letter', 'foreign', 'cursor', 'limit', 'signature', 'q[]', 'other');
const query = fc
  .array(fc.tuple(queryKey, segment), { maxLength: 3 })
  .map((pairs) => (pairs.length === 0 ? '' : `?${pairs.map(([key, value]) => `${key}=${value}`).join('&')}`));

const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 60 });
/** A client that would be stored but for one value (maybe harmless, maybe not). */
const nearValidClient = fc
  .tuple(fc.constantFrom(...COLUMN_KEYS), anyValue, fc.nat())
  .map(([key, value, n]) => ({ lastName: 'Fuzz', firstName: 'Test', email: `fuzz${n}@example.ch`, [key]: value }));
/** Coherent method, path and body (`:seeded` is one of the seeded clients' ids): the writes, reached often. */
const write = fc.oneof(
  fc.record({ method: fc.constant('POST'), path: fc.constant('/api/v1/clients'), body: nearValidClient }),
  fc.record({
    method: fc.constant('PATCH'),
    path: fc.constant('/api/v1/clients/:seeded'),
    body: fc.dictionary(fc.constantFrom(...COLUMN_KEYS), anyValue, { maxKeys: 2 }),
  }),
  fc.record({
    method: fc.constantFrom('DELETE', 'POST'),
    path: fc.constantFrom('/api/v1/clients/:seeded', '/api/v1/clients/:seeded/restore'),
    body: fc.constant(undefined),
  }),
  fc.record({
    method: fc.constant('POST'),
    path: fc.constant('/api/v1/imports'),
    body: fc.record({ rows: fc.array(fc.record({ row: fc.nat(), values: nearValidClient }), { minLength: 1, maxLength: 3 }) }),
  }),
  fc.record({ method: fc.constant('PUT'), path: fc.constant('/api/v1/settings'), body: fc.record({ homeCountry: anyValue }) }),
  fc.record({
    method: fc.constant('PUT'),
    path: fc.constant('/api/v1/mappings'),
    body: fc.record({
      signature: fc.constantFrom('email', 'nom', 'x'),
      headers: fc.array(text, { maxLength: 2 }),
      columns: fc.array(fc.record({ header: text, target: fc.constantFrom('email', 'lastName', 'ignore') }), { maxLength: 2 }),
    }),
  }),
);
const request = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'),
  path,
  query,
  write: fc.option(write, { nil: undefined, freq: 2 }),
  body,
  rawBody: fc.option(
    fc.oneof(printable, fc.constantFrom('{"lastName":', '[1,2', 'null', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{}}}')),
    { nil: undefined },
  ),
  token: fc.constantFrom('valid', 'valid', 'valid', 'none', 'wrong'),
  contentType: fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'text/plain',
    'application/x-www-form-urlencoded',
    undefined,
  ),
  acceptLanguage: fc.option(fc.oneof(printable, fc.constantFrom('en', 'fr-CH', 'en;q=0', 'de, en;q=0.5')), { nil: undefined }),
  ifMatch: fc.option(fc.oneof(printable, fc.constantFrom('"1"', '1', '*', '"999999999999999999999"')), { nil: undefined }),
  idempotencyKey: fc.option(printable, { nil: undefined }),
});

/** Issue 14: random methods, paths, queries, bodies and headers never get a 5xx, always get the ApiError shape, and a refused request changes nothing. */
describe.each(dialects)('store fuzz on %s', (dialect) => {
  const fixture = useStoreFixture(dialect);
  let testApp: TestApp;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const seeded: string[] = [];
  beforeAll(async () => {
    testApp = await buildTestApp(fixture().database, { rateLimitPerMinute: 100_000 });
    for (let index = 0; index < 3; index += 1) {
      const response = await testApp.request('/api/v1/clients', {
        method: 'POST',
        headers: { authorization: `Bearer ${fixture().token}` },
        body: makeClientInput(),
      });
      expect(response.statusCode).toBe(201);
      seeded.push(response.json().id);
    }
  });
  afterAll(async () => {
    agent.destroy();
    await testApp.close();
  });

  it(`answers ${RUNS} generated requests without a 5xx, errors in the ApiError shape, data untouched by every refusal`, async () => {
    const db = fixture().database.db;
    let before = await fingerprint(db);
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, async (generated) => {
        const headers: Record<string, string> = {};
        if (generated.token === 'valid') headers.authorization = `Bearer ${fixture().token}`;
        if (generated.token === 'wrong') headers.authorization = 'Bearer sc_not-a-token';
        if (generated.contentType !== undefined) headers['content-type'] = generated.contentType;
        if (generated.acceptLanguage !== undefined) headers['accept-language'] = generated.acceptLanguage;
        if (generated.ifMatch !== undefined) headers['if-match'] = generated.ifMatch;
        if (generated.idempotencyKey !== undefined) headers['idempotency-key'] = generated.idempotencyKey;
        const { write } = generated;
        const method = write?.method ?? generated.method;
        const id = seeded[generated.query.length % seeded.length] ?? '';
        const target = write === undefined ? `${generated.path}${generated.query}` : write.path.replace(':seeded', id);
        if (write !== undefined) headers['content-type'] = 'application/json';
        if (write !== undefined && target.includes(id) && generated.ifMatch === undefined) {
          const current = await send(agent, `${testApp.url}/api/v1/clients/${id}`, {
            method: 'GET',
            headers: { authorization: `Bearer ${fixture().token}` },
          });
          headers['if-match'] = String(JSON.parse(current.body).version);
        }
        const hasBody = method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
        const body = write === undefined ? generated.body : write.body;
        const raw = write === undefined ? generated.rawBody : undefined;
        const payload = !hasBody ? undefined : (raw ?? (body === undefined ? undefined : JSON.stringify(body)));
        const response = await send(agent, `${testApp.url}${target}`, { method, headers, payload });

        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
        expect(response.statusCode).toBeLessThan(500);
        const after = await fingerprint(db);
        if (response.statusCode >= 400) {
          if (method !== 'HEAD') {
            const parsed: unknown = JSON.parse(response.body);
            expect(ApiError.safeParse(parsed).success).toBe(true);
            expect(Object.keys(parsed as object).filter((key) => key !== 'current')).toEqual(['error']);
            expect(Object.keys((parsed as ApiError).error)).toEqual(['code', 'message', 'fields']);
          }
          expect(after).toBe(before);
        }
        before = after;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    if (process.env.FUZZ_DEBUG) console.log(JSON.stringify([...statuses].sort()));
    // The run reached the routes, not only the authentication or the router's refusals.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(0);
    // Bounded by RUNS, not by time: about 20 s per database on a quiet machine, several times that beside other suites.
  }, 300_000);
});
