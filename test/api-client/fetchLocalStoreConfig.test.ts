import { fetchLocalStoreConfig } from '@/api-client/fetchLocalStoreConfig';
import { json, startTestServer, text, type TestServer } from './support/startTestServer';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('fetchLocalStoreConfig', () => {
  it('returns the local store configuration', async () => {
    const config = { storeUrl: 'https://localhost:3000', token: 'local-token' };
    server = await startTestServer([json(200, config)]);
    await expect(fetchLocalStoreConfig({ url: `${server.url}/local-store.json` })).resolves.toEqual(config);
    expect(server.requests[0]?.url).toBe('/local-store.json');
  });

  it('returns null when the file is not served', async () => {
    server = await startTestServer([text(404, 'Not found')]);
    await expect(fetchLocalStoreConfig({ url: `${server.url}/local-store.json` })).resolves.toBeNull();
  });

  it('rejects a file of another shape', async () => {
    server = await startTestServer([json(200, { storeUrl: 'not a url', token: '' })]);
    await expect(fetchLocalStoreConfig({ url: `${server.url}/local-store.json` })).rejects.toMatchObject({ code: 'invalid_response' });
  });

  it('rejects an HTML page served in its place', async () => {
    server = await startTestServer([text(200, '<!doctype html>')]);
    await expect(fetchLocalStoreConfig({ url: `${server.url}/local-store.json` })).rejects.toMatchObject({ code: 'invalid_response' });
  });
});
