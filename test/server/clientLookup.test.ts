import { ApiError } from '@/contract/ApiError';
import { ClientLookupResult } from '@/contract/ClientLookup';
import { ImportResponse } from '@/contract/ImportResponse';
import { dialects } from './support/useStoreFixture';
import { useTestApp } from './support/useTestApp';

describe.each(dialects)('POST /api/v1/clients/lookup on %s', (dialect) => {
  const { app, headers } = useTestApp(dialect);
  const lookup = (body: unknown, extra: Record<string, string> = {}) =>
    app().request('/api/v1/clients/lookup', { method: 'POST', headers: headers(extra), body });
  const found = async (body: unknown) => {
    const response = await lookup(body);
    expect(response.statusCode).toBe(200);
    return ClientLookupResult.parse(response.json());
  };
  const refused = async (body: unknown, status: number, extra: Record<string, string> = {}) => {
    const response = await lookup(body, extra);
    expect(response.statusCode).toBe(status);
    return ApiError.parse(response.json()).error;
  };

  const tag = `lk${Date.now()}`;
  const code = (name: string) => `${name}-${tag}`;
  let ids = new Map<string, string>();
  beforeAll(async () => {
    const names = ['A', 'B', 'C', 'GONE'];
    const response = await app().request('/api/v1/imports', {
      method: 'POST',
      headers: headers(),
      body: {
        rows: names.map((name, index) => ({
          row: index + 2,
          values: { code: code(name), lastName: `Nom${name}`, firstName: 'Anna', email: `${name}.${tag}@example.ch` },
        })),
      },
    });
    expect(response.statusCode).toBe(200);
    ids = new Map(ImportResponse.parse(response.json()).results.map((result, index) => [names[index] ?? '', result.id ?? '']));
    const deleted = await app().request(`/api/v1/clients/${ids.get('GONE')}`, { method: 'DELETE', headers: headers() });
    expect(deleted.statusCode).toBe(200);
  });

  it('finds clients by code (as imports match codes: the template rule, then exactly) and by id, each once, in the order asked', async () => {
    const result = await found({ codes: [`  ${code('B')} `, code('A'), code('B')], ids: [ids.get('C'), ids.get('A')] });
    expect(result.clients.map((client) => client.code)).toEqual([code('B'), code('A'), code('C')]);
    expect(result.clients[0]).toMatchObject({ id: ids.get('B'), lastName: 'NomB', version: 1, deletedAt: null });
    expect(result.deleted).toEqual([]);
    expect(result.missing).toEqual({ codes: [], ids: [] });
  });

  it('answers the deleted clients apart, and the codes and ids that name no client as they were sent', async () => {
    const result = await found({
      codes: [code('GONE'), code('a'), 'CL-999999', '   ', 'x'.repeat(200)],
      ids: ['nope', ids.get('GONE')],
    });
    expect(result.clients).toEqual([]);
    expect(result.deleted.map((client) => [client.code, typeof client.deletedAt])).toEqual([[code('GONE'), 'string']]);
    // Codes are matched exactly once the template rule is applied (a lower-case code is another code).
    expect(result.missing).toEqual({ codes: [code('a'), 'CL-999999', '   ', 'x'.repeat(200)], ids: ['nope'] });
  });

  it('answers, for the versions sent, each client as it was at that version when it changed since (from the history)', async () => {
    const id = ids.get('B') ?? '';
    const patch = (version: number, body: Record<string, unknown>) =>
      app().request(`/api/v1/clients/${id}`, { method: 'PATCH', headers: headers({ 'if-match': `"${version}"` }), body });
    expect((await patch(1, { city: 'Lausanne', phone: '021 555 12 12' })).statusCode).toBe(200);
    expect((await patch(2, { city: 'Sion', lastName: 'NomB2' })).statusCode).toBe(200);
    const result = await found({
      codes: [code('B'), code('A'), code('GONE'), 'CL-999999', ` ${code('B')}`],
      versions: { [code('B')]: 1, [code('A')]: 1, [code('GONE')]: 1, 'CL-999999': 1, [` ${code('B')}`]: 2, unasked: 1 },
    });
    expect(result.clients.map((client) => [client.code, client.version, client.city])).toEqual([
      [code('B'), 3, 'Sion'],
      [code('A'), 1, null],
    ]);
    // A: still at version 1 (nothing changed, no base); GONE deleted, CL-999999 missing: no base either.
    expect(result.bases).toEqual([
      {
        code: code('B'),
        id,
        version: 1,
        values: expect.objectContaining({ code: code('B'), lastName: 'NomB', city: null, phone: null, email: `B.${tag}@example.ch` }),
      },
      {
        code: ` ${code('B')}`,
        id,
        version: 2,
        values: expect.objectContaining({ lastName: 'NomB', city: 'Lausanne', phone: '+41215551212' }),
      },
    ]);
    expect(Object.keys(result.bases[0]?.values ?? {})).toHaveLength(18);
  });

  it('answers no base for a version the client never had, and none without versions', async () => {
    const result = await found({ codes: [code('C')], versions: { [code('C')]: 7 } });
    expect(result.clients.map((client) => client.version)).toEqual([1]);
    expect(result.bases).toEqual([]);
    expect((await found({ codes: [code('C')] })).bases).toEqual([]);
  });

  it('refuses versions that are not positive whole numbers, and more than 1,000 of them', async () => {
    const error = await refused({ codes: ['A'], versions: { A: 0, B: 1.5, C: '2' } }, 400);
    expect(error.fields.map((field) => field.path)).toEqual(['versions.A', 'versions.B', 'versions.C']);
    const versions = Object.fromEntries(Array.from({ length: 1001 }, (_, index) => [`V${index}`, 1]));
    const tooMany = await refused({ codes: ['A'], versions }, 413);
    expect(tooMany.fields).toEqual([{ path: 'versions', code: 'too_big', message: expect.stringContaining('1\u202f000') }]);
  });

  it('takes up to 1,000 codes and ids in all', async () => {
    const codes = Array.from({ length: 999 }, (_, index) => `N${index}-${tag}`);
    const result = await found({ codes, ids: [ids.get('A')] });
    expect(result.clients.map((client) => client.code)).toEqual([code('A')]);
    expect(result.missing.codes).toHaveLength(999);
  });

  it.each([
    ['1,001 codes', { codes: Array.from({ length: 1001 }, (_, index) => `N${index}`) }, 'codes'],
    ['600 codes and 401 ids', { codes: Array.from({ length: 600 }, String), ids: Array.from({ length: 401 }, String) }, 'codes'],
    ['1,001 ids', { ids: Array.from({ length: 1001 }, String) }, 'ids'],
  ])('answers 413 naming the limit for %s, in French by default and in English when asked', async (_name, body, path) => {
    const error = await refused(body, 413);
    expect(error).toEqual({
      code: 'payload_too_large',
      message: 'Requête trop volumineuse.',
      fields: [{ path, code: 'too_big', message: expect.stringContaining('Au plus 1\u202f000 codes clients et identifiants') }],
    });
    const english = await refused(body, 413, { 'accept-language': 'en' });
    expect(english.fields[0]?.message).toContain('At most 1,000 client codes and ids');
  });

  it.each([
    ['an empty body', {}],
    ['empty lists', { codes: [], ids: [] }],
  ])('refuses %s with 400 asking for a code or an id', async (_name, body) => {
    const error = await refused(body, 400);
    expect(error.code).toBe('validation_failed');
    expect(error.fields).toEqual([
      { path: 'codes', code: 'too_small', message: 'Au moins un code client (codes) ou un identifiant (ids) à rechercher.' },
    ]);
  });

  it.each([
    ['codes as a text', { codes: 'A' }, [['codes', 'invalid_type']]],
    ['a number among the codes', { codes: ['A', 12] }, [['codes.1', 'invalid_type']]],
    ['ids as an object', { ids: { a: 1 } }, [['ids', 'invalid_type']]],
    ['an unknown key', { codes: ['A'], names: ['x'] }, [['names', 'unrecognized_keys']]],
    ['a control character in a code', { codes: ['A\u0007'] }, [['codes.0', 'value.controlCharacter']]],
    ['a code over 200 characters', { codes: ['x'.repeat(201)] }, [['codes.0', 'too_big']]],
    ['an array body', [], [['', 'invalid_type']]],
  ])('refuses %s with 400 naming the field and the rule, in French', async (_name, body, expected) => {
    const error = await refused(body, 400);
    expect(error.code).toBe('validation_failed');
    expect(error.fields.map((field) => [field.path, field.code])).toEqual(expected);
    for (const field of error.fields) expect(field.message).toMatch(/^[A-ZÉ0-9]/);
    expect(error.fields.map((field) => field.message).join(' ')).not.toMatch(/expected|received|Invalid input/i);
  });

  it('refuses a body that is no JSON with 400, and a request without token with 401', async () => {
    const broken = await app().request('/api/v1/clients/lookup', {
      method: 'POST',
      headers: headers({ 'content-type': 'application/json' }),
      body: '{"codes": [',
    });
    expect(broken.statusCode).toBe(400);
    expect(ApiError.parse(broken.json()).error.code).toBe('validation_failed');
    const anonymous = await app().request('/api/v1/clients/lookup', { method: 'POST', body: { codes: ['A'] } });
    expect(anonymous.statusCode).toBe(401);
  });
});
