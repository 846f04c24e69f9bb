import { ApiError } from '@/contract/ApiError';
import { createToken } from '@/server/tokens';
import { authHeaders } from './support/authHeaders';
import { buildTestApp, type TestApp } from './support/buildTestApp';
import { dialects, useStoreFixture } from './support/useStoreFixture';

/** Issue 14: one budget per token across routes, and one per address for what is not (yet) authenticated. */
describe.each(dialects)('rate limit per token and per address on %s', (dialect) => {
  const fixture = useStoreFixture(dialect);
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await buildTestApp(fixture().database, { rateLimitPerMinute: 4 });
  });
  afterEach(() => testApp.close());

  const statusesOf = async (requests: [string, Record<string, string>][]) => {
    const statuses: number[] = [];
    for (const [path, headers] of requests) statuses.push((await testApp.request(path, { headers })).statusCode);
    return statuses;
  };

  it('counts one budget per token whatever the route: alternating routes reaches it', async () => {
    const headers = authHeaders(fixture().token);
    const paths = ['/api/v1/clients', '/api/v1/settings', '/api/v1/mappings', '/api/v1/clients/none', '/api/v1/nope', '/api/v1/settings'];
    expect(await statusesOf(paths.map((path) => [path, headers]))).toEqual([200, 200, 200, 404, 429, 429]);

    const last = await testApp.request('/api/v1/clients', { headers: authHeaders(fixture().token, { 'accept-language': 'en' }) });
    expect(ApiError.parse(last.json()).error).toEqual({
      code: 'rate_limited',
      message: 'Too many requests: try again in a moment.',
      fields: [],
    });
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('gives another token its own budget', async () => {
    const other = (await createToken(fixture().database.db, `autre-${Date.now()}`)).token;
    expect(await statusesOf(Array.from({ length: 5 }, () => ['/api/v1/settings', authHeaders(fixture().token)]))).toEqual([
      200, 200, 200, 200, 429,
    ]);
    expect(await statusesOf([['/api/v1/settings', authHeaders(other)]])).toEqual([200]);
  });

  it('counts requests without a token per address, public routes and unknown paths included', async () => {
    const paths = ['/api/v1/health', '/api/v1/clients', '/elsewhere', '/api/v1/openapi.json', '/api/v1/health'];
    expect(await statusesOf(paths.map((path) => [path, {}]))).toEqual([200, 401, 404, 200, 429]);
  });

  it('counts refused tokens on the address, so that new made-up tokens do not buy new budgets', async () => {
    const madeUp = Array.from({ length: 6 }, (_, index): [string, Record<string, string>] => [
      '/api/v1/clients',
      authHeaders(`sc_made-up-${index}`),
    ]);
    expect(await statusesOf(madeUp)).toEqual([401, 401, 401, 401, 429, 429]);
  });
});
