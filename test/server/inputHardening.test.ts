import { ApiError } from '@/contract/ApiError';
import { Client } from '@/contract/Client';
import { ClientList } from '@/contract/ClientList';
import { ImportResponse } from '@/contract/ImportResponse';
import { headerSignature } from '@/domain';
import { makeClientInput } from './support/makeClientInput';
import { dialects } from './support/useStoreFixture';
import { useTestApp } from './support/useTestApp';

/** Issue 14: control characters and ill-formed strings, refused by the template engine's rule wherever they come in. */
describe.each(dialects)('control characters and ill-formed strings on %s', (dialect) => {
  const { app, headers } = useTestApp(dialect);
  const post = (body: unknown, extra: Record<string, string> = {}) =>
    app().request('/api/v1/clients', { method: 'POST', headers: headers(extra), body });
  const get = (path: string, extra: Record<string, string> = {}) => app().request(path, { headers: headers(extra) });
  const total = async (q: string) => ClientList.parse((await get(`/api/v1/clients?q=${encodeURIComponent(q)}`)).json()).total;

  it.each([
    ['NUL in a last name', { lastName: 'Du\u0000pont' }, 'lastName', 3],
    ['a bell in a city', { city: 'Gen\u0007ève' }, 'city', 4],
    ['DEL in a company', { company: 'ACME\u007f SA' }, 'company', 5],
    ['a C1 control in notes', { notes: 'ligne\u0085suite' }, 'notes', 6],
    ['NUL in notes', { notes: 'a\u0000' }, 'notes', 2],
    ['a vertical tab in a first name', { firstName: 'Je\u000ban' }, 'firstName', 3],
  ])('refuses %s with 400 naming the field and the position, stores nothing', async (_case, values, path, position) => {
    const before = await total('Dupont');
    const response = await post(makeClientInput(values));

    expect(response.statusCode).toBe(400);
    const { error } = ApiError.parse(response.json());
    expect(error.code).toBe('validation_failed');
    expect(error.fields).toEqual([
      { path, code: 'value.controlCharacter', message: `Caractère de contrôle invisible en position ${position}\u00a0: supprimez-le.` },
    ]);
    expect(response.text).not.toContain('\\u0000');
    expect(await total('Dupont')).toBe(before);
  });

  it('keeps tabs and line breaks in notes, and reads them as spaces in one-line values', async () => {
    const response = await post(makeClientInput({ lastName: 'Tab\tulé', notes: 'ligne 1\r\nligne\t2' }));

    expect(response.statusCode).toBe(201);
    const client = Client.parse(response.json());
    expect(client.lastName).toBe('Tab ulé');
    expect(client.notes).toBe('ligne 1\nligne\t2');
  });

  it('refuses lone surrogates in an email: neither is stored, so the uniqueness check is not defeated', async () => {
    for (const email of ['dup\ud800@x.ch', 'dup\ud801@x.ch', '\udc00dup@x.ch']) {
      const response = await post(makeClientInput({ email }), { 'accept-language': 'en' });
      expect(response.statusCode).toBe(400);
      expect(ApiError.parse(response.json()).error.fields).toEqual([
        {
          path: 'email',
          code: 'value.malformedText',
          message: expect.stringMatching(/^Malformed character at position \d+: retype the value\.$/),
        },
      ]);
    }
    expect(await total('dup')).toBe(0);
    // A well-formed pair (an emoji) is text like any other.
    const emoji = await post(makeClientInput({ lastName: 'Dupré', notes: 'client fidèle 👍' }));
    expect(emoji.statusCode).toBe(201);
  });

  it('refuses an import row with a control character, naming the key, and writes nothing of it', async () => {
    const response = await app().request('/api/v1/imports', {
      method: 'POST',
      headers: headers(),
      body: { rows: [{ row: 7, values: { lastName: 'Nul\u0000le', firstName: 'Anna', email: 'nulle@example.ch' } }] },
    });

    expect(response.statusCode).toBe(200);
    const [result] = ImportResponse.parse(response.json()).results;
    expect(result).toMatchObject({ row: 7, status: 'failed' });
    expect(result?.errors).toEqual([
      { path: 'lastName', code: 'value.controlCharacter', message: 'Caractère de contrôle invisible en position 4\u00a0: supprimez-le.' },
    ]);
    expect(await total('nulle')).toBe(0);
  });

  it.each([
    ['an id with NUL', '/api/v1/clients/%00', 'params.id', 'value.controlCharacter'],
    ['an id with a control character', '/api/v1/clients/ab%01cd/history', 'params.id', 'value.controlCharacter'],
    ['a search with NUL', '/api/v1/clients?q=du%00pont', 'querystring.q', 'value.controlCharacter'],
    ['a search with an escape character', '/api/v1/clients?q=%1B', 'querystring.q', 'value.controlCharacter'],
    ['a cursor with NUL', `/api/v1/clients?cursor=${encodeURIComponent('a\u0000b')}`, 'querystring.cursor', 'value.controlCharacter'],
    ['a batch id with NUL', '/api/v1/imports/%00/revert', 'params.batchId', 'value.controlCharacter'],
  ])('refuses %s with 400 naming it (never a 500)', async (_case, path, field, code) => {
    const method = path.endsWith('/revert') ? 'POST' : 'GET';
    const response = await app().request(path, { method, headers: headers() });

    expect(response.statusCode).toBe(400);
    const { error } = ApiError.parse(response.json());
    expect(error.code).toBe('validation_failed');
    expect(error.fields).toEqual([expect.objectContaining({ path: field, code })]);
  });

  it('refuses a cursor whose decoded key holds NUL or a lone surrogate', async () => {
    for (const key of [
      ['du\u0000pont', '', 'x'],
      ['\ud800', '', 'x'],
    ]) {
      const cursor = Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
      const response = await get(`/api/v1/clients?cursor=${cursor}`);
      expect(response.statusCode).toBe(400);
      expect(ApiError.parse(response.json()).error.fields.map((field) => field.path)).toEqual(['querystring.cursor']);
    }
  });

  it('refuses a remembered mapping whose header holds a control character or a lone surrogate', async () => {
    for (const header of ['E-mail\u0000', 'Nom\ud800']) {
      const response = await app().request('/api/v1/mappings', {
        method: 'PUT',
        headers: headers(),
        body: { signature: headerSignature([header]), headers: [header], columns: [{ header, target: 'email' }] },
      });
      expect(response.statusCode).toBe(400);
      const paths = ApiError.parse(response.json()).error.fields.map((field) => field.path);
      expect(paths).toEqual(expect.arrayContaining(['headers.0', 'columns.0.header']));
    }
    // A header written on two lines (Alt+Enter in Excel) is a header like any other.
    const twoLines = 'E-mail\n(pro)';
    const saved = await app().request('/api/v1/mappings', {
      method: 'PUT',
      headers: headers(),
      body: { signature: headerSignature([twoLines]), headers: [twoLines], columns: [{ header: twoLines, target: 'email' }] },
    });
    expect(saved.statusCode).toBe(200);
  });
});
