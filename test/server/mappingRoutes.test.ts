import { ApiError } from '@/contract/ApiError';
import { MappingHistory, MappingList, SavedMapping, type MappingInput } from '@/contract/ColumnMapping';
import { headerSignature, MAPPING_TARGETS, MAX_SIGNATURE_LENGTH } from '@/domain';
import { signatureHash } from '@/server/mappings/mappingRepository';
import { createToken } from '@/server/tokens';
import { authHeaders } from './support/authHeaders';
import { buildTestApp, type TestApp } from './support/buildTestApp';
import { dialects, useStoreFixture } from './support/useStoreFixture';

const headers = ['Primary Email', 'Nom complet', 'Geburtstag', 'Notes internes'];
const signature = headerSignature(headers);

function mappingInput(overrides: Partial<MappingInput> = {}): MappingInput {
  return {
    signature,
    headers,
    columns: [
      { header: 'Primary Email', target: 'email' },
      { header: 'Nom complet', target: 'fullName' },
      { header: 'Notes internes', target: 'ignore' },
    ],
    ...overrides,
  };
}

describe.each(dialects)('remembered column mappings on %s', (dialect) => {
  const fixture = useStoreFixture(dialect);
  let testApp: TestApp;
  let otherToken: string;
  beforeAll(async () => {
    testApp = await buildTestApp(fixture().database);
    otherToken = (await createToken(fixture().database.db, 'accueil')).token;
  });
  afterAll(() => testApp.close());

  const put = (body: unknown, token = fixture().token, extra: Record<string, string> = {}) =>
    testApp.request('/api/v1/mappings', { method: 'PUT', headers: authHeaders(token, extra), body });
  const get = (path: string, extra: Record<string, string> = {}) => testApp.request(path, { headers: authHeaders(fixture().token, extra) });
  const query = (value: string) => `signature=${encodeURIComponent(value)}`;

  it('saves a mapping as version 1 by the token’s name, then answers it for its signature', async () => {
    const saved = await put(mappingInput());
    expect(saved.statusCode).toBe(200);
    const mapping = SavedMapping.parse(saved.json());
    expect(mapping).toEqual({ ...mappingInput(), version: 1, savedAt: expect.any(String), savedBy: 'test' });
    expect(Date.parse(mapping.savedAt)).not.toBeNaN();

    const read = await get(`/api/v1/mappings?${query(signature)}`);
    expect(read.statusCode).toBe(200);
    expect(SavedMapping.parse(read.json())).toEqual(mapping);
  });

  it('appends a version on every PUT: the latest is answered, the history lists them all newest first with who saved each', async () => {
    const own = mappingInput({ signature: 'email|societe', headers: ['E-mail', 'Société'], columns: [] });
    const first = SavedMapping.parse((await put(own)).json());
    const second = SavedMapping.parse((await put({ ...own, columns: [{ header: 'Société', target: 'company' }] }, otherToken)).json());
    expect([first.version, second.version]).toEqual([1, 2]);
    expect(second.savedBy).toBe('accueil');

    expect(SavedMapping.parse((await get(`/api/v1/mappings?${query(own.signature)}`)).json())).toEqual(second);
    const history = await get(`/api/v1/mappings/history?${query(own.signature)}`);
    expect(history.statusCode).toBe(200);
    expect(MappingHistory.parse(history.json())).toEqual({ signature: own.signature, items: [second, first] });
  });

  it('keeps header texts and targets as given (accents, duplicates, every target)', async () => {
    const columns = MAPPING_TARGETS.map((target, index) => ({ header: `Colonne é${index}`, target }));
    const input = mappingInput({ signature: 'toutes|les|cibles', headers: ['Colonne é0', ''], columns: [...columns, columns[0]!] });
    const saved = SavedMapping.parse((await put(input)).json());
    expect(saved).toMatchObject({ headers: input.headers, columns: input.columns });
  });

  it('gives concurrent saves of one signature distinct version numbers', async () => {
    const own = mappingInput({ signature: 'concurrent|saves' });
    const answers = await Promise.all(Array.from({ length: 12 }, () => put(own)));
    expect(answers.map((answer) => answer.statusCode)).toEqual(Array(12).fill(200));
    const versions = answers.map((answer) => SavedMapping.parse(answer.json()).version).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: 12 }, (_, index) => index + 1));
  });

  it('keeps a signature of the longest length the domain makes', async () => {
    const long = Array.from({ length: 400 }, (_, index) => `colonne${index}`)
      .join('|')
      .slice(0, MAX_SIGNATURE_LENGTH);
    expect(long).toHaveLength(MAX_SIGNATURE_LENGTH);
    expect((await put(mappingInput({ signature: long }))).statusCode).toBe(200);
    expect(SavedMapping.parse((await get(`/api/v1/mappings?${query(long)}`)).json()).signature).toBe(long);
  });

  it('lists the latest version of each mapping, the most recently saved first, at most 200', async () => {
    const before = MappingList.parse((await get('/api/v1/mappings')).json());
    expect(before.items.length).toBeGreaterThan(0);
    expect(before.items.filter((item) => item.signature === 'email|societe').map((item) => item.version)).toEqual([2]);
    const savedAts = before.items.map((item) => item.savedAt);
    expect(savedAts).toEqual([...savedAts].sort().reverse());

    const rows = Array.from({ length: 205 }, (_, index) => ({
      signature_hash: signatureHash(`bulk|${index}`),
      version: 1,
      signature: `bulk|${index}`,
      headers: '[]',
      columns: '[]',
      saved_at: `2099-01-01T00:00:00.${String(index).padStart(3, '0')}Z`,
      saved_by: 'test',
    }));
    await fixture().database.db.insertInto('column_mappings').values(rows).execute();
    const list = MappingList.parse((await get('/api/v1/mappings')).json());
    expect(list.items).toHaveLength(200);
    expect(list.items[0]?.signature).toBe('bulk|204');
    expect(list.items[199]?.signature).toBe('bulk|5');
  });

  it('answers 404 mapping_not_found for a signature never saved, in French or English', async () => {
    const fr = await get(`/api/v1/mappings?${query('jamais|vu')}`);
    expect(fr.statusCode).toBe(404);
    expect(ApiError.parse(fr.json())).toEqual({
      error: { code: 'mapping_not_found', message: 'Aucune correspondance de colonnes enregistrée pour ces en-têtes.', fields: [] },
    });
    const en = await get(`/api/v1/mappings/history?${query('jamais|vu')}`, { 'accept-language': 'en' });
    expect(en.statusCode).toBe(404);
    expect(en.json().error).toEqual({ code: 'mapping_not_found', message: 'No column mapping saved for these headers.', fields: [] });
  });

  it.each([
    ['an empty signature', { signature: '' }, 'signature', 'too_small', 'Valeur requise\u00a0: ne peut pas être vide.'],
    ['a signature that is not folded', { signature: 'Primary Email' }, 'signature', 'invalid_format', 'Format invalide.'],
    [
      'a signature over the length',
      { signature: 'a'.repeat(MAX_SIGNATURE_LENGTH + 1) },
      'signature',
      'too_big',
      '4\u202f000 caractères au plus.',
    ],
    [
      'an unknown target',
      { columns: [{ header: 'Primary Email', target: 'courriel' }] },
      'columns.0.target',
      'invalid_value',
      `Valeur non autorisée\u00a0: ${MAPPING_TARGETS.join(', ')}.`,
    ],
    [
      'a blank header',
      { columns: [{ header: '  ', target: 'email' }] },
      'columns.0.header',
      'too_small',
      'Valeur requise\u00a0: ne peut pas être vide.',
    ],
    [
      'a header over 200 characters',
      { columns: [{ header: 'x'.repeat(201), target: 'email' }] },
      'columns.0.header',
      'too_big',
      '200 caractères au plus.',
    ],
    ['a sheet header over 200 characters', { headers: ['x'.repeat(201)] }, 'headers.0', 'too_big', '200 caractères au plus.'],
    [
      'more than 1000 columns',
      { columns: Array(1001).fill({ header: 'a', target: 'email' }) },
      'columns',
      'too_big',
      '1\u202f000 éléments au plus.',
    ],
    ['no columns list', { columns: undefined }, 'columns', 'invalid_type', 'Valeur manquante ou de type incorrect.'],
  ])('refuses %s with 400 validation_failed naming the field and the rule, in French', async (_case, overrides, path, code, message) => {
    const response = await put({ ...mappingInput(), ...overrides });
    expect(response.statusCode).toBe(400);
    const { error } = ApiError.parse(response.json());
    expect(error).toMatchObject({ code: 'validation_failed', message: 'La requête contient des valeurs invalides.' });
    expect(error.fields).toEqual([{ path, code, message }]);
  });

  it('words a refused target in English for an English client, and saves nothing', async () => {
    const response = await put(
      mappingInput({ signature: 'refused|en', columns: [{ header: 'x', target: 'nope' as 'email' }] }),
      undefined,
      {
        'accept-language': 'en-GB',
      },
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      { path: 'columns.0.target', code: 'invalid_value', message: `Value not allowed: ${MAPPING_TARGETS.join(', ')}.` },
    ]);
    expect((await get(`/api/v1/mappings?${query('refused|en')}`)).statusCode).toBe(404);
  });

  it('refuses an empty or missing signature in the query with 400 naming it', async () => {
    const empty = await get('/api/v1/mappings?signature=');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields).toEqual([
      { path: 'querystring.signature', code: 'too_small', message: 'Valeur requise\u00a0: ne peut pas être vide.' },
    ]);
    const missing = await get('/api/v1/mappings/history');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toEqual([
      { path: 'querystring.signature', code: 'invalid_type', message: 'Valeur manquante ou de type incorrect.' },
    ]);
  });

  it('needs a token for every mapping route (401, nothing saved)', async () => {
    const anonymous = [
      await testApp.request('/api/v1/mappings', { method: 'PUT', body: mappingInput({ signature: 'anonymous' }) }),
      await testApp.request(`/api/v1/mappings?${query(signature)}`),
      await testApp.request('/api/v1/mappings'),
      await testApp.request(`/api/v1/mappings/history?${query(signature)}`),
      await testApp.request('/api/v1/mappings', { headers: { authorization: 'Bearer sc_wrong' } }),
    ];
    for (const response of anonymous) {
      expect(response.statusCode).toBe(401);
      expect(response.json().error).toMatchObject({ code: 'unauthorized', message: 'Jeton d’accès manquant, inconnu ou révoqué.' });
    }
    expect((await get(`/api/v1/mappings?${query('anonymous')}`)).statusCode).toBe(404);
  });

  it('describes the mapping routes in the OpenAPI document', async () => {
    const document = (await testApp.request('/api/v1/openapi.json')).json();
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/v1/mappings', '/api/v1/mappings/history']));
    expect(Object.keys(document.paths['/api/v1/mappings'])).toEqual(expect.arrayContaining(['get', 'put']));
  });
});
