import { createStoreClient, type StoreClientOptions } from '@/api-client/createStoreClient';
import { storeClientErrorOf as errorOf } from './support/storeClientErrorOf';
import type { StoreClientErrorCode } from '@/api-client/StoreClientError';
import {
  apiError,
  dropConnection,
  json,
  neverAnswer,
  startTestServer,
  text,
  type Handler,
  type TestServer,
} from './support/startTestServer';

const health = { status: 'ok', version: '0.1.0', database: 'sqlite' };
const settings = { homeCountry: 'CH' };
const fastPolicy = { timeoutMs: 2_000, retries: 2, retryDelayMs: 1 };

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientFor(handlers: Handler[], options: Partial<StoreClientOptions> = {}) {
  server = await startTestServer(handlers);
  return createStoreClient({ storeUrl: server.url, token: 'secret-token', policy: fastPolicy, ...options });
}

describe('createStoreClient: requests', () => {
  it('reads the health of the store without sending the token', async () => {
    const client = await clientFor([json(200, health)]);
    await expect(client.health()).resolves.toEqual(health);
    expect(server?.requests).toHaveLength(1);
    expect(server?.requests[0]).toMatchObject({ method: 'GET', url: '/api/v1/health' });
    expect(server?.requests[0]?.headers.authorization).toBeUndefined();
  });

  it('sends the bearer token and the language when reading the settings', async () => {
    const client = await clientFor([json(200, settings)], { language: 'en' });
    await expect(client.getSettings()).resolves.toEqual(settings);
    expect(server?.requests[0]?.url).toBe('/api/v1/settings');
    expect(server?.requests[0]?.headers.authorization).toBe('Bearer secret-token');
    expect(server?.requests[0]?.headers['accept-language']).toBe('en');
  });

  it('accepts a store URL with a trailing slash', async () => {
    server = await startTestServer([json(200, health)]);
    const client = createStoreClient({ storeUrl: `${server.url}/`, token: 't', policy: fastPolicy });
    await client.health();
    expect(server.requests[0]?.url).toBe('/api/v1/health');
  });
});

describe('createStoreClient: retries of idempotent GETs', () => {
  it('retries after 5xx answers and returns the first success', async () => {
    const client = await clientFor([apiError(503, 'internal'), apiError(500, 'internal'), json(200, health)]);
    await expect(client.health()).resolves.toEqual(health);
    expect(server?.requests).toHaveLength(3);
  });

  it('retries after a dropped connection', async () => {
    const client = await clientFor([dropConnection, json(200, settings)]);
    await expect(client.getSettings()).resolves.toEqual(settings);
    expect(server?.requests).toHaveLength(2);
  });

  it('retries after a timeout', async () => {
    const client = await clientFor([neverAnswer, json(200, health)], { policy: { ...fastPolicy, timeoutMs: 300 } });
    await expect(client.health()).resolves.toEqual(health);
    expect(server?.requests).toHaveLength(2);
  });

  it('gives up after the configured number of retries with the last error', async () => {
    const client = await clientFor([apiError(500, 'internal', 'boom')]);
    const error = await errorOf(client.health());
    expect(error).toMatchObject({ code: 'internal', status: 500 });
    expect(server?.requests).toHaveLength(1 + fastPolicy.retries);
  });

  it('does not retry 4xx answers', async () => {
    const client = await clientFor([apiError(401, 'unauthorized', 'Jeton invalide')]);
    const error = await errorOf(client.getSettings());
    expect(error).toMatchObject({ code: 'unauthorized', status: 401, message: 'Jeton invalide' });
    expect(server?.requests).toHaveLength(1);
  });

  it('does not retry when retries are 0', async () => {
    const client = await clientFor([dropConnection], { policy: { ...fastPolicy, retries: 0 } });
    await errorOf(client.health());
    expect(server?.requests).toHaveLength(1);
  });
});

describe('createStoreClient: error mapping', () => {
  const cases: Array<{ name: string; handler: Handler; code: StoreClientErrorCode; status?: number }> = [
    { name: 'a 401 without body', handler: text(401, 'no'), code: 'unauthorized', status: 401 },
    { name: 'a 404 error body', handler: apiError(404, 'not_found'), code: 'not_found', status: 404 },
    { name: 'a 429 error body', handler: apiError(429, 'rate_limited'), code: 'rate_limited', status: 429 },
    { name: 'a proxy 504 without body', handler: text(504, 'Error occurred while trying to proxy'), code: 'unreachable', status: 504 },
    { name: 'a 200 with another shape', handler: json(200, { status: 'ok' }), code: 'invalid_response', status: 200 },
    { name: 'a 200 that is not JSON', handler: text(200, '<html></html>'), code: 'invalid_response', status: 200 },
    { name: 'a 418 without our error body', handler: json(418, { error: 'teapot' }), code: 'invalid_response', status: 418 },
    { name: 'an unknown error code', handler: apiError(400, 'made_up'), code: 'invalid_response', status: 400 },
    { name: 'a dropped connection', handler: dropConnection, code: 'unreachable' },
  ];

  it.each(cases)('maps $name to $code', async ({ handler, code, status }) => {
    const client = await clientFor([handler]);
    const error = await errorOf(client.health());
    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
  });

  it('keeps the field errors of the store', async () => {
    const fields = [{ path: '/homeCountry', code: 'pattern', message: 'Code pays ISO attendu' }];
    const client = await clientFor([apiError(400, 'validation_failed', 'Données invalides', fields)]);
    const error = await errorOf(client.getSettings());
    expect(error).toMatchObject({ code: 'validation_failed', fields });
  });

  it('reports an unreachable store when nothing listens', async () => {
    server = await startTestServer([json(200, health)]);
    const url = server.url;
    await server.close();
    server = undefined;
    const client = createStoreClient({ storeUrl: url, token: 't', policy: fastPolicy });
    expect((await errorOf(client.health())).code).toBe('unreachable');
  });

  it('reports a timeout when the store never answers', async () => {
    const client = await clientFor([neverAnswer], { policy: { timeoutMs: 200, retries: 1, retryDelayMs: 1 } });
    expect((await errorOf(client.health())).code).toBe('timeout');
    expect(server?.requests).toHaveLength(2);
  });

  it('stops at once, without retry, when the caller aborts', async () => {
    const controller = new AbortController();
    const client = await clientFor([
      (request) => {
        controller.abort();
        request.socket.destroy();
      },
    ]);
    expect((await errorOf(client.health({ signal: controller.signal }))).code).toBe('aborted');
    expect(server?.requests).toHaveLength(1);
  });

  it('does not send a request when the signal is already aborted', async () => {
    const client = await clientFor([json(200, health)]);
    const controller = new AbortController();
    controller.abort();
    expect((await errorOf(client.health({ signal: controller.signal }))).code).toBe('aborted');
    expect(server?.requests).toHaveLength(0);
  });
});
