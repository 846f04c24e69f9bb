import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { storeAcceptsToken } from '../../scripts/start/storeAcceptsToken';

describe('storeAcceptsToken', () => {
  let server: http.Server;
  let url: string;
  let status = 200;
  let seen: { path?: string; authorization?: string } = {};

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      seen = { path: request.url, authorization: request.headers.authorization };
      response.statusCode = status;
      response.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  it('asks an authenticated endpoint with the bearer token', async () => {
    status = 200;
    await expect(storeAcceptsToken(`${url}/`, 'sc_abc')).resolves.toBe(true);
    expect(seen).toEqual({ path: '/api/v1/settings', authorization: 'Bearer sc_abc' });
  });

  it('is false on 401 and throws on other failures', async () => {
    status = 401;
    await expect(storeAcceptsToken(url, 'sc_abc')).resolves.toBe(false);
    status = 500;
    await expect(storeAcceptsToken(url, 'sc_abc')).rejects.toThrow('GET /api/v1/settings → 500');
  });
});
