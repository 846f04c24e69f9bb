import { createStoreClient } from '@/api-client/createStoreClient';
import { storeClientErrorOf as errorOf } from './support/storeClientErrorOf';
import { apiError, json, startTestServer, type Handler, type TestServer } from './support/startTestServer';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientFor(handlers: Handler[]) {
  server = await startTestServer(handlers);
  return createStoreClient({ storeUrl: server.url, token: 'secret-token', policy: { timeoutMs: 2_000, retries: 0, retryDelayMs: 1 } });
}

const input = {
  signature: 'nom|prenom|email',
  headers: ['Nom', 'Prénom', 'E-mail'],
  columns: [{ header: 'E-mail', target: 'email' as const }],
};
const saved = { ...input, version: 2, savedAt: '2026-11-30T09:15:00.000Z', savedBy: 'marie' };

describe('remembered mappings', () => {
  it('reads the mapping of a signature, encoded in the query', async () => {
    const store = await clientFor([json(200, saved)]);
    await expect(store.getMapping('nom|prenom|email')).resolves.toEqual(saved);
    expect(server?.requests.at(-1)).toMatchObject({ method: 'GET', url: '/api/v1/mappings?signature=nom%7Cprenom%7Cemail' });
  });

  it('answers null when none is remembered (404), and fails on other errors', async () => {
    const store = await clientFor([apiError(404, 'not_found'), apiError(401, 'unauthorized')]);
    await expect(store.getMapping('x')).resolves.toBeNull();
    expect((await errorOf(store.getMapping('x'))).code).toBe('unauthorized');
  });

  it('saves a mapping with PUT and a JSON body', async () => {
    const store = await clientFor([json(200, saved)]);
    await expect(store.saveMapping(input)).resolves.toEqual(saved);
    expect(server?.requests.at(-1)).toMatchObject({ method: 'PUT', url: '/api/v1/mappings' });
  });
});
