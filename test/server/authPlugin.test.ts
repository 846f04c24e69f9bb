import { ApiError } from '@/contract/ApiError';
import { createToken, revokeToken } from '@/server/tokens';
import { requestOnce } from './support/buildTestApp';
import { dialects, useStoreFixture } from './support/useStoreFixture';

describe.each(dialects)('bearer-token authentication on %s', (dialect) => {
  const fixture = useStoreFixture(dialect);

  const get = (path: string, headers: Record<string, string> = {}) => requestOnce(fixture().database, path, { headers });

  it('answers 200 with a valid token', async () => {
    const response = await get('/api/v1/settings', { authorization: `Bearer ${fixture().token}` });
    expect(response.statusCode).toBe(200);
  });

  it('accepts the scheme in any case', async () => {
    const response = await get('/api/v1/settings', { authorization: `bearer ${fixture().token}` });
    expect(response.statusCode).toBe(200);
  });

  it.each([
    ['no Authorization header', {}],
    ['an unknown token', { authorization: 'Bearer sc_unknown' }],
    ['another scheme', { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }],
    ['an empty bearer', { authorization: 'Bearer ' }],
  ])('answers 401 unauthorized with %s, in French, asking for a bearer token', async (_case, headers) => {
    const response = await get('/api/v1/settings', headers);
    expect(response.statusCode).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer');
    expect(ApiError.parse(response.json())).toEqual({
      error: { code: 'unauthorized', message: 'Jeton d’accès manquant, inconnu ou révoqué.', fields: [] },
    });
  });

  it('answers in English when the client prefers English', async () => {
    const response = await get('/api/v1/settings', { 'accept-language': 'en-US,en;q=0.9,fr;q=0.8' });
    expect(response.json().error.message).toBe('Missing, unknown or revoked access token.');
  });

  it('refuses a token once revoked', async () => {
    const { db } = fixture().database;
    const { token } = await createToken(db, 'soon-revoked');
    expect((await get('/api/v1/settings', { authorization: `Bearer ${token}` })).statusCode).toBe(200);

    await revokeToken(db, 'soon-revoked');

    expect((await get('/api/v1/settings', { authorization: `Bearer ${token}` })).statusCode).toBe(401);
  });

  it('answers 401 before 404 on unknown API paths, so they reveal nothing', async () => {
    expect((await get('/api/v1/no-such-thing')).statusCode).toBe(401);
    expect((await get('/api/v2/anything')).statusCode).toBe(401);
    expect((await get('/%61pi/v1/settings')).statusCode).toBe(401);
    const found = await get('/api/v1/no-such-thing', { authorization: `Bearer ${fixture().token}` });
    expect(found.statusCode).toBe(404);
    expect(found.json().error.code).toBe('not_found');
  });

  it('answers 404 without a token outside the API', async () => {
    const response = await get('/favicon.ico');
    expect(response.statusCode).toBe(404);
    expect(ApiError.parse(response.json()).error.code).toBe('not_found');
  });
});
