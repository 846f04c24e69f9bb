import net from 'node:net';
import { ApiError } from '@/contract/ApiError';
import { dialects } from './support/useStoreFixture';
import { useTestApp } from './support/useTestApp';

type RawAnswer = { statusCode: number; text: string; json: () => unknown };

/** Writes `request` as is on a socket to the app (nothing checks or fixes it on the way) and reads the answer until the server closes. */
function rawRequest(url: string, request: string | Buffer): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect({ host: hostname, port: Number(port) }, () => socket.end(request));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const answer = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = answer.split('\r\n\r\n');
      const text = rest.join('\r\n\r\n');
      resolve({ statusCode: Number(head.split(' ')[1]), text, json: () => JSON.parse(text) });
    });
  });
}

const SECRET = 'jean.dupont@example.ch';

/** Issue 14: the framework's and Node's own refusals answer in the ApiError shape, in the request's language, echoing nothing. */
describe.each(dialects)('framework errors over real HTTP on %s', (dialect) => {
  const { app, headers } = useTestApp(dialect);
  const expectShape = (
    answer: { statusCode: number; text: string; json: () => unknown },
    statusCode: number,
    code: string,
    message: string,
  ) => {
    expect(answer.statusCode).toBe(statusCode);
    const body = ApiError.parse(answer.json());
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error.code).toBe(code);
    expect(body.error.message).toBe(message);
    return body.error;
  };

  it('answers a bad URL encoding with 400 naming the URL, in French by default and in English when asked', async () => {
    const french = await app().request('/api/v1/clients/%FF', { headers: headers() });
    const error = expectShape(french, 400, 'validation_failed', 'La requête contient des valeurs invalides.');
    expect(error.fields).toEqual([{ path: 'url', code: 'invalid_format', message: 'Format invalide.' }]);
    expect(french.text).not.toContain('%FF');

    const english = await app().request(`/api/v1/clients/${encodeURIComponent(SECRET)}%E0%A4%A`, {
      headers: headers({ 'accept-language': 'en' }),
    });
    expectShape(english, 400, 'validation_failed', 'The request contains invalid values.');
    expect(english.text).not.toContain('dupont');
  });

  it('answers an over-long id with 400 naming params.id (not a 414 echoing the path)', async () => {
    for (const length of [101, 5000]) {
      const id = `${SECRET}${'x'.repeat(length)}`;
      const response = await app().request(`/api/v1/clients/${id}`, { headers: headers({ 'accept-language': 'en' }) });
      const error = expectShape(response, 400, 'validation_failed', 'The request contains invalid values.');
      expect(error.fields).toEqual([{ path: 'params.id', code: 'too_big', message: 'At most 64 characters.' }]);
      expect(response.text).not.toContain('dupont');
    }
  });

  it('answers oversized headers with 431 in the ApiError shape, in English when the request asked first', async () => {
    const big = 'x'.repeat(20_000);
    const french = await app().request('/api/v1/clients', { headers: headers({ 'x-filler': big }) });
    const error = expectShape(french, 431, 'payload_too_large', 'Requête trop volumineuse.');
    expect(error.fields).toEqual([
      { path: 'headers', code: 'too_big', message: 'En-têtes et adresse de la requête trop volumineux\u00a0: 16\u00a0Ko au plus.' },
    ]);

    const english = await rawRequest(
      app().url,
      `GET /api/v1/clients/${SECRET} HTTP/1.1\r\nHost: x\r\nAccept-Language: en-GB,en;q=0.9\r\nX-Filler: ${big}\r\n\r\n`,
    );
    expectShape(english, 431, 'payload_too_large', 'Request too large.');
    expect(english.text).not.toContain('dupont');
  });

  it('answers a URL longer than the header limit with 431 in the ApiError shape, echoing nothing', async () => {
    const response = await rawRequest(app().url, `GET /api/v1/clients?q=${SECRET}${'y'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expectShape(response, 431, 'payload_too_large', 'Requête trop volumineuse.');
    expect(response.text).not.toContain('dupont');
  });

  it.each([
    ['a NUL in a header value', `GET /api/v1/clients HTTP/1.1\r\nHost: x\r\nX-Name: ${SECRET}\u0000\r\n\r\n`],
    ['a header without a colon', `GET /api/v1/clients HTTP/1.1\r\nHost: x\r\n${SECRET}\r\n\r\n`],
    ['a broken request line', `GET /api/v1/clients/${SECRET} HTTQ/9\r\n\r\n`],
    ['a bad chunk size', 'POST /api/v1/clients HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'],
  ])('answers %s (refused by Node’s parser) with 400 in the ApiError shape, echoing nothing', async (_case, request) => {
    const response = await rawRequest(app().url, request);
    expectShape(response, 400, 'validation_failed', 'La requête contient des valeurs invalides.');
    expect(response.text).not.toContain('dupont');
  });

  it('answers unknown routes with 404 (401 first under /api without a token), in the request’s language, echoing nothing', async () => {
    const outside = await app().request(`/nope/${SECRET}`, { headers: { 'accept-language': 'en' } });
    expectShape(outside, 404, 'not_found', 'Resource not found.');
    const withoutToken = await app().request(`/api/v1/${SECRET}`);
    expectShape(withoutToken, 401, 'unauthorized', 'Jeton d’accès manquant, inconnu ou révoqué.');
    for (const [method, path] of [
      ['GET', `/api/v1/${SECRET}`],
      ['DELETE', '/api/v1/settings'],
      ['PUT', '/api/v1/clients'],
      ['GET', '/api/v2/clients'],
    ]) {
      const response = await app().request(path ?? '', { method, headers: headers() });
      expectShape(response, 404, 'not_found', 'Ressource introuvable.');
      expect(response.text).not.toContain('dupont');
    }
  });
});
