import { ApiError } from '@/contract/ApiError';
import { Client } from '@/contract/Client';
import { ClientHistory } from '@/contract/ClientHistory';
import { Conflict } from '@/contract/Conflict';
import { makeClientInput } from './support/makeClientInput';
import { dialects } from './support/useStoreFixture';
import { useTestApp } from './support/useTestApp';

describe.each(dialects)('client profiles on %s', (dialect) => {
  const { app, headers } = useTestApp(dialect);
  const post = (body: unknown, extra: Record<string, string> = {}) =>
    app().request('/api/v1/clients', { method: 'POST', headers: headers(extra), body });
  const get = (path: string) => app().request(path, { headers: headers() });
  const patch = (id: string, body: unknown, extra: Record<string, string> = {}) =>
    app().request(`/api/v1/clients/${id}`, { method: 'PATCH', headers: headers(extra), body });
  const create = async (overrides = {}) => {
    const response = await post(makeClientInput(overrides));
    expect(response.statusCode).toBe(201);
    return Client.parse(response.json());
  };

  it('creates a client: 201, Location, ETag, values normalised by the template engine, a CL- code, version 1', async () => {
    const response = await post(
      makeClientInput({ lastName: 'Müller', firstName: 'Zoé', email: 'Zoe.Muller@Example.CH', phone: '022 123 45 67', country: 'Suisse' }),
    );

    expect(response.statusCode).toBe(201);
    const client = Client.parse(response.json());
    expect(response.headers.location).toBe(`/api/v1/clients/${client.id}`);
    expect(response.headers.etag).toBe('"1"');
    expect(client).toMatchObject({
      lastName: 'Müller',
      firstName: 'Zoé',
      email: 'Zoe.Muller@example.ch',
      phone: '+41221234567',
      country: 'CH',
      nationality: null,
      practiceCountry: null,
      language: 'fr',
      version: 1,
      foreign: false,
      createdBy: 'test',
      updatedBy: 'test',
      deletedAt: null,
    });
    expect(client.code).toMatch(/^CL-\d{6}$/);

    const read = await get(response.headers.location ?? '');
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBe('"1"');
    expect(Client.parse(read.json())).toEqual(client);
  });

  it('assigns consecutive codes, keeps a given code, and never reuses a code after a delete', async () => {
    const first = await create();
    const given = await create({ code: 'VIP-7' });
    expect(given.code).toBe('VIP-7');
    expect((await app().request(`/api/v1/clients/${first.id}`, { method: 'DELETE', headers: headers() })).statusCode).toBe(200);
    const next = await create();
    expect(Number(next.code.slice(3))).toBe(Number(first.code.slice(3)) + 1);
  });

  it('skips an assigned number whose code was typed by hand', async () => {
    const before = await create();
    const typed = `CL-${String(Number(before.code.slice(3)) + 1).padStart(6, '0')}`;
    await create({ code: typed });
    const after = await create();
    expect(after.code).toBe(`CL-${String(Number(before.code.slice(3)) + 2).padStart(6, '0')}`);
  });

  it('marks a client foreign when nationality or country of practice is not the home country', async () => {
    expect((await create({ nationality: 'française' })).foreign).toBe(true);
    expect((await create({ practiceCountry: 'Deutschland' })).foreign).toBe(true);
    expect((await create({ country: 'France', postalCode: '75001', phone: '01 23 45 67 89' })).foreign).toBe(true);
    expect((await create({ nationality: 'suisse' })).foreign).toBe(false);
  });

  it('refuses invalid values with 400 naming each field with the template engine’s codes and texts, in French or English', async () => {
    const body = { lastName: '', firstName: 'Ana', email: 'ana@', birthDate: '31.02.1990' };
    const fr = await post(body);
    expect(fr.statusCode).toBe(400);
    const frError = ApiError.parse(fr.json()).error;
    expect(frError.code).toBe('validation_failed');
    expect(frError.fields).toEqual([
      { path: 'lastName', code: 'value.required', message: 'Valeur obligatoire manquante.' },
      { path: 'email', code: 'email.invalid', message: 'Adresse e-mail invalide «\u00a0ana@\u00a0».' },
      { path: 'birthDate', code: 'date.impossible', message: expect.stringContaining('Date impossible') },
    ]);

    const en = ApiError.parse((await post(body, { 'accept-language': 'en' })).json()).error;
    expect(en.message).toBe('The request contains invalid values.');
    expect(en.fields.map((field) => field.code)).toEqual(['value.required', 'email.invalid', 'date.impossible']);
    expect(en.fields[0]?.message).not.toBe(frError.fields[0]?.message);
  });

  it('refuses unknown keys with 400', async () => {
    const response = await post({ ...makeClientInput(), shoeSize: '42' });
    expect(response.statusCode).toBe(400);
    expect(ApiError.parse(response.json()).error.fields[0]?.code).toBe('unrecognized_keys');
  });

  it('answers 409 naming email when an active client has the same email, case ignored; a deleted one frees it', async () => {
    const owner = await create({ email: 'Unique.Person@example.ch' });
    const response = await post(makeClientInput({ email: 'unique.person@EXAMPLE.ch' }));
    expect(response.statusCode).toBe(409);
    expect(ApiError.parse(response.json()).error).toMatchObject({
      code: 'conflict',
      fields: [{ path: 'email', code: 'email.taken', message: 'Cette adresse e-mail appartient déjà à un autre client.' }],
    });

    await app().request(`/api/v1/clients/${owner.id}`, { method: 'DELETE', headers: headers() });
    expect((await post(makeClientInput({ email: 'unique.person@example.ch' }))).statusCode).toBe(201);
  });

  it('answers 409 naming code when the code belongs to another client', async () => {
    await create({ code: 'DUP-1' });
    const response = await post(makeClientInput({ code: 'DUP-1' }));
    expect(response.statusCode).toBe(409);
    expect(ApiError.parse(response.json()).error.fields).toEqual([expect.objectContaining({ path: 'code', code: 'code.taken' })]);
  });

  it('patches with If-Match: 428 without it, 409 with the current client when stale, 200 and a new ETag otherwise', async () => {
    const client = await create({ city: 'Lausanne' });

    const missing = await patch(client.id, { city: 'Sion' });
    expect(missing.statusCode).toBe(428);
    expect(ApiError.parse(missing.json()).error).toEqual({
      code: 'precondition_required',
      message: 'En-tête If-Match requis pour cette modification.',
      fields: [],
    });

    const updated = await patch(client.id, { city: 'Sion', phone: '027 123 45 67' }, { 'if-match': '"1"' });
    expect(updated.statusCode).toBe(200);
    expect(updated.headers.etag).toBe('"2"');
    expect(Client.parse(updated.json())).toMatchObject({ city: 'Sion', phone: '+41271234567', version: 2, lastName: client.lastName });

    const stale = await patch(client.id, { city: 'Bulle' }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(409);
    const conflict = Conflict.parse(stale.json());
    expect(conflict.error.code).toBe('conflict');
    expect(conflict.current).toMatchObject({ id: client.id, city: 'Sion', version: 2 });
  });

  it('validates a patch against the whole client with the engine (400), and writes no version when nothing changes', async () => {
    const client = await create();
    const invalid = await patch(client.id, { email: 'nope', lastName: null }, { 'if-match': '1' });
    expect(invalid.statusCode).toBe(400);
    expect(ApiError.parse(invalid.json()).error.fields.map((field) => [field.path, field.code])).toEqual([
      ['lastName', 'value.required'],
      ['email', 'email.invalid'],
    ]);

    const same = await patch(client.id, { city: client.city }, { 'if-match': '1' });
    expect(same.statusCode).toBe(200);
    expect(Client.parse(same.json()).version).toBe(1);
  });

  it('answers 409 naming email when a patch takes another client’s email', async () => {
    const other = await create();
    const client = await create();
    const response = await patch(client.id, { email: other.email?.toUpperCase() ?? '' }, { 'if-match': '1' });
    expect(response.statusCode).toBe(409);
    expect(ApiError.parse(response.json()).error.fields[0]).toMatchObject({ path: 'email', code: 'email.taken' });
  });

  it('lets exactly one of two concurrent PATCHes of the same version win', async () => {
    const client = await create();
    const [a, b] = await Promise.all([
      patch(client.id, { city: 'Aarau' }, { 'if-match': '"1"' }),
      patch(client.id, { city: 'Baden' }, { 'if-match': '"1"' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const winner = a.statusCode === 200 ? a : b;
    const loser = a.statusCode === 200 ? b : a;
    const final = Client.parse((await get(`/api/v1/clients/${client.id}`)).json());
    expect(final).toMatchObject({ version: 2, city: Client.parse(winner.json()).city });
    expect(Conflict.parse(loser.json()).current).toMatchObject({ version: 2, city: final.city });
  });

  it('soft-deletes and restores, each a version; 404 for unknown ids and for patching a deleted client', async () => {
    const client = await create();
    const deleted = await app().request(`/api/v1/clients/${client.id}`, { method: 'DELETE', headers: headers() });
    expect(deleted.statusCode).toBe(200);
    expect(Client.parse(deleted.json())).toMatchObject({ version: 2, deletedAt: expect.any(String) });
    expect((await app().request(`/api/v1/clients/${client.id}`, { method: 'DELETE', headers: headers() })).statusCode).toBe(404);
    expect((await patch(client.id, { city: 'Sion' }, { 'if-match': '2' })).statusCode).toBe(404);

    const restored = await app().request(`/api/v1/clients/${client.id}/restore`, { method: 'POST', headers: headers() });
    expect(restored.statusCode).toBe(200);
    expect(Client.parse(restored.json())).toMatchObject({ version: 3, deletedAt: null });

    for (const path of ['/api/v1/clients/nope', '/api/v1/clients/nope/history']) {
      const response = await get(path);
      expect(response.statusCode).toBe(404);
      expect(ApiError.parse(response.json()).error.code).toBe('not_found');
    }
    expect((await app().request('/api/v1/clients/nope/restore', { method: 'POST', headers: headers() })).statusCode).toBe(404);
  });

  it('refuses to restore a client whose email an active client took meanwhile (409)', async () => {
    const client = await create({ email: 'taken.later@example.ch' });
    await app().request(`/api/v1/clients/${client.id}`, { method: 'DELETE', headers: headers() });
    await create({ email: 'TAKEN.later@example.ch' });
    const response = await app().request(`/api/v1/clients/${client.id}/restore`, { method: 'POST', headers: headers() });
    expect(response.statusCode).toBe(409);
    expect(ApiError.parse(response.json()).error.fields[0]).toMatchObject({ path: 'email', code: 'email.taken' });
  });

  it('keeps the history: who (token name), when, which change, which fields, newest first', async () => {
    const client = await create({ city: 'Nyon' });
    await patch(client.id, { city: 'Morges', notes: 'VIP' }, { 'if-match': '1' });
    await app().request(`/api/v1/clients/${client.id}`, { method: 'DELETE', headers: headers() });
    await app().request(`/api/v1/clients/${client.id}/restore`, { method: 'POST', headers: headers() });

    const response = await get(`/api/v1/clients/${client.id}/history`);
    expect(response.statusCode).toBe(200);
    const history = ClientHistory.parse(response.json());
    expect(history.items.map((item) => [item.version, item.change, item.fields])).toEqual([
      [4, 'restored', []],
      [3, 'deleted', []],
      [2, 'updated', ['city', 'notes']],
      [1, 'created', expect.arrayContaining(['code', 'lastName', 'firstName', 'email', 'city'])],
    ]);
    expect(history.items.every((item) => item.changedBy === 'test' && !Number.isNaN(Date.parse(item.changedAt)))).toBe(true);
  });

  it('needs a token on every client route', async () => {
    expect((await app().request('/api/v1/clients')).statusCode).toBe(401);
    expect((await app().request('/api/v1/clients', { method: 'POST', body: makeClientInput() })).statusCode).toBe(401);
  });
});
