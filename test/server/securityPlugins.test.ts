import { ApiError } from '@/contract/ApiError';
import { buildTestApp, TEST_ORIGIN } from './support/buildTestApp';
import { dialects, useStoreFixture } from './support/useStoreFixture';

const SECRET = 'Dupont jean.dupont@example.ch';

describe.each(dialects)('CORS, security headers, limits and errors on %s', (dialect) => {
  const fixture = useStoreFixture(dialect);
  const auth = () => ({ authorization: `Bearer ${fixture().token}` });

  it('gives the pane’s origin Access-Control-Allow-Origin', async () => {
    const testApp = await buildTestApp(fixture().database);
    const response = await testApp.request('/api/v1/settings', { headers: { ...auth(), origin: TEST_ORIGIN } });
    await testApp.close();

    expect(response.statusCode).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBe(TEST_ORIGIN);
    expect(response.headers['access-control-expose-headers']).toContain('ETag');
  });

  it('answers a preflight from the pane’s origin before authentication', async () => {
    const testApp = await buildTestApp(fixture().database);
    const response = await testApp.request('/api/v1/settings', {
      method: 'OPTIONS',
      headers: {
        origin: TEST_ORIGIN,
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    await testApp.close();

    expect(response.statusCode).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe(TEST_ORIGIN);
    expect(response.headers['access-control-allow-methods']).toContain('PUT');
    expect(response.headers['access-control-allow-headers']).toMatch(/authorization/i);
  });

  it.each(['https://evil.example', 'https://localhost:3001', 'null'])(
    'refuses origin %s: 403 forbidden_origin, no Access-Control-Allow-Origin',
    async (origin) => {
      const testApp = await buildTestApp(fixture().database);
      const simple = await testApp.request('/api/v1/settings', { headers: { ...auth(), origin } });
      const preflight = await testApp.request('/api/v1/settings', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'PUT' },
      });
      await testApp.close();

      for (const response of [simple, preflight]) {
        expect(response.statusCode).toBe(403);
        expect(response.headers['access-control-allow-origin']).toBeUndefined();
        expect(ApiError.parse(response.json()).error.code).toBe('forbidden_origin');
      }
    },
  );

  it('sends the security headers on successes and on errors', async () => {
    const testApp = await buildTestApp(fixture().database);
    const responses = [
      await testApp.request('/api/v1/health'),
      await testApp.request('/api/v1/settings'),
      await testApp.request('/nowhere'),
    ];
    await testApp.close();

    for (const response of responses) {
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(response.headers['content-security-policy']).toContain("default-src 'none'");
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('answers 429 rate_limited in the ApiError shape past the limit, with Retry-After', async () => {
    const testApp = await buildTestApp(fixture().database, { rateLimitPerMinute: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await testApp.request('/api/v1/health')).statusCode);
    const limited = await testApp.request('/api/v1/health', { headers: { 'accept-language': 'en' } });
    await testApp.close();

    expect(statuses).toEqual([200, 200, 429]);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect(limited.json()).toEqual({ error: { code: 'rate_limited', message: 'Too many requests: try again in a moment.', fields: [] } });
  });

  it('answers 413 payload_too_large past the body limit', async () => {
    const testApp = await buildTestApp(fixture().database, { bodyLimitBytes: 64 });
    const response = await testApp.request('/api/v1/settings', {
      method: 'PUT',
      headers: auth(),
      body: { homeCountry: 'FR', padding: 'x'.repeat(200) },
    });
    await testApp.close();

    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('payload_too_large');
  });

  it('answers an unexpected error with a generic 500: no stack, no message, nothing personal in the log', async () => {
    const testApp = await buildTestApp(fixture().database, {}, (app) => {
      app.get('/api/v1/test/explode', async () => {
        throw new Error(`cannot save ${SECRET}`);
      });
    });
    const response = await testApp.request(`/api/v1/test/explode?q=${encodeURIComponent(SECRET)}`, { headers: auth() });
    const unauthorized = await testApp.request('/api/v1/test/explode');
    await testApp.close();

    expect(unauthorized.statusCode).toBe(401);
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ error: { code: 'internal', message: 'Erreur interne de la base clients.', fields: [] } });
    expect(response.text).not.toMatch(/stack|Dupont|\bat .*\.ts/);
    const logs = testApp.logs();
    expect(logs).toContain('"errorName":"Error"');
    expect(logs).toContain('"path":"/api/v1/test/explode"');
    expect(logs).not.toMatch(/Dupont|dupont|stack|\.ts:\d+/);
    expect(logs).not.toContain(fixture().token);
  });
});
