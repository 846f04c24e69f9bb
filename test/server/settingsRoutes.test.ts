import { ApiError } from '@/contract/ApiError';
import { OrganisationSettings } from '@/contract/OrganisationSettings';
import { buildTestApp, type TestApp } from './support/buildTestApp';
import { dialects, useStoreFixture } from './support/useStoreFixture';

describe.each(dialects)('GET and PUT /api/v1/settings on %s', (dialect) => {
  const fixture = useStoreFixture(dialect);
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await buildTestApp(fixture().database);
  });
  afterEach(() => testApp.close());

  const auth = () => ({ authorization: `Bearer ${fixture().token}` });
  const put = (body: unknown, headers: Record<string, string> = {}) =>
    testApp.request('/api/v1/settings', { method: 'PUT', headers: { ...auth(), ...headers }, body });

  it('starts with CH as home country, then keeps what PUT stores', async () => {
    const initial = await testApp.request('/api/v1/settings', { headers: auth() });
    expect(initial.statusCode).toBe(200);
    expect(OrganisationSettings.parse(initial.json())).toEqual({ homeCountry: 'CH' });

    const updated = await put({ homeCountry: 'FR' });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toEqual({ homeCountry: 'FR' });
    expect((await testApp.request('/api/v1/settings', { headers: auth() })).json()).toEqual({ homeCountry: 'FR' });

    await put({ homeCountry: 'CH' });
    expect((await testApp.request('/api/v1/settings', { headers: auth() })).json()).toEqual({ homeCountry: 'CH' });
  });

  it.each([
    ['lower case', { homeCountry: 'ch' }, 'invalid_format', 'Format invalide.'],
    ['three letters', { homeCountry: 'CHE' }, 'invalid_format', 'Format invalide.'],
    ['a number', { homeCountry: 41 }, 'invalid_type', 'Valeur manquante ou de type incorrect.'],
    ['missing', {}, 'invalid_type', 'Valeur manquante ou de type incorrect.'],
  ])('refuses a home country %s with 400 validation_failed naming homeCountry, in French', async (_case, body, code, message) => {
    const response = await put(body);

    expect(response.statusCode).toBe(400);
    const { error } = ApiError.parse(response.json());
    expect(error.code).toBe('validation_failed');
    expect(error.message).toBe('La requête contient des valeurs invalides.');
    expect(error.fields).toEqual([{ path: 'homeCountry', code, message }]);
  });

  it('words the validation error in English for an English client', async () => {
    const response = await put({ homeCountry: 'ch' }, { 'accept-language': 'en-GB,en;q=0.9' });

    expect(response.json()).toEqual({
      error: {
        code: 'validation_failed',
        message: 'The request contains invalid values.',
        fields: [{ path: 'homeCountry', code: 'invalid_format', message: 'Invalid format.' }],
      },
    });
  });

  it('leaves the stored value alone after a refused PUT', async () => {
    await put({ homeCountry: 'de' });
    expect((await testApp.request('/api/v1/settings', { headers: auth() })).json()).toEqual({ homeCountry: 'CH' });
  });

  it('answers 400 validation_failed to a body that is not JSON', async () => {
    const response = await testApp.request('/api/v1/settings', {
      method: 'PUT',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: '{"homeCountry":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
  });

  it('needs a token to read or change the settings', async () => {
    expect((await testApp.request('/api/v1/settings')).statusCode).toBe(401);
    expect((await testApp.request('/api/v1/settings', { method: 'PUT', body: { homeCountry: 'FR' } })).statusCode).toBe(401);
    expect((await testApp.request('/api/v1/settings', { headers: auth() })).json()).toEqual({ homeCountry: 'CH' });
  });
});
