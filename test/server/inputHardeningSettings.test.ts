import { ApiError } from '@/contract/ApiError';
import { makeClientInput } from './support/makeClientInput';
import { dialects } from './support/useStoreFixture';
import { useTestApp } from './support/useTestApp';

/** Issue 14: the home country is an ISO 3166 country (the engine's country list), and PUT names the keys it does not know. */
describe.each(dialects)('PUT /api/v1/settings hardening on %s', (dialect) => {
  const { app, headers } = useTestApp(dialect);
  const put = (body: unknown, extra: Record<string, string> = {}) =>
    app().request('/api/v1/settings', { method: 'PUT', headers: headers(extra), body });
  const stored = async () => (await app().request('/api/v1/settings', { headers: headers() })).json();

  it.each(['ZZ', 'XX', 'AA', 'UK', 'EU'])(
    'refuses homeCountry %s with 400 naming homeCountry and the rule, storing nothing',
    async (homeCountry) => {
      const response = await put({ homeCountry });

      expect(response.statusCode).toBe(400);
      expect(ApiError.parse(response.json()).error).toEqual({
        code: 'validation_failed',
        message: 'La requête contient des valeurs invalides.',
        fields: [{ path: 'homeCountry', code: 'country.unknown', message: 'Pays inconnu.' }],
      });
      expect(response.text).not.toContain(homeCountry);
      expect(await stored()).toEqual({ homeCountry: 'CH' });
    },
  );

  it('takes every country the engine knows, Kosovo included, and the stored one is what client values use', async () => {
    for (const homeCountry of ['FR', 'LI', 'XK', 'CH']) expect((await put({ homeCountry })).statusCode).toBe(200);
    const client = await app().request('/api/v1/clients', { method: 'POST', headers: headers(), body: makeClientInput() });
    expect(client.statusCode).toBe(201);
  });

  it('refuses unknown keys with 400 naming each key, in English when asked', async () => {
    const response = await put({ homeCountry: 'FR', theme: 'dark', admin: true }, { 'accept-language': 'en' });

    expect(response.statusCode).toBe(400);
    expect(ApiError.parse(response.json()).error).toEqual({
      code: 'validation_failed',
      message: 'The request contains invalid values.',
      fields: [
        { path: 'theme', code: 'unrecognized_keys', message: 'Unknown field.' },
        { path: 'admin', code: 'unrecognized_keys', message: 'Unknown field.' },
      ],
    });
    expect(await stored()).toEqual({ homeCountry: 'CH' });
  });

  it('names an unknown key of a client body too (POST /api/v1/clients)', async () => {
    const response = await app().request('/api/v1/clients', {
      method: 'POST',
      headers: headers(),
      body: { ...makeClientInput(), shoeSize: '42' },
    });
    expect(ApiError.parse(response.json()).error.fields).toEqual([
      { path: 'shoeSize', code: 'unrecognized_keys', message: 'Champ inconnu.' },
    ]);
  });
});
