import { COLUMN_KEYS } from '@/domain';
import { storeClientErrorOf as errorOf } from './support/storeClientErrorOf';
import { makeClient } from './support/makeClient';
import { apiError, dropConnection, json } from './support/startTestServer';
import { useFakeStoreServer } from './support/useFakeStoreServer';

const { clientFor, lastRequest, requests } = useFakeStoreServer();

const client = makeClient();
const list = { items: [client], total: 1, nextCursor: 'abc' };

describe('searchClients', () => {
  it.each([
    [{}, '/api/v1/clients'],
    [{ q: '  dup ' }, '/api/v1/clients?q=dup'],
    [{ q: '   ' }, '/api/v1/clients'],
    [{ q: 'Müller é', limit: 100 }, '/api/v1/clients?q=M%C3%BCller+%C3%A9&limit=100'],
    [{ letter: 'D', foreign: 'true' as const }, '/api/v1/clients?letter=D&foreign=true'],
    [{ q: 'a', cursor: 'x/y=' }, '/api/v1/clients?q=a&cursor=x%2Fy%3D'],
  ])('sends %j as %s and parses the list', async (search, url) => {
    const store = await clientFor([json(200, list)]);
    await expect(store.searchClients(search)).resolves.toEqual(list);
    expect(lastRequest()).toMatchObject({ method: 'GET', url });
    expect(lastRequest().headers.authorization).toBe('Bearer secret-token');
  });

  it('refuses a list without total', async () => {
    const store = await clientFor([json(200, { items: [], nextCursor: null })]);
    expect((await errorOf(store.searchClients({}))).code).toBe('invalid_response');
  });
});

describe('lookupClients', () => {
  const answer = { clients: [client], deleted: [], missing: { codes: ['CL-404'], ids: [] } };

  it('posts the codes and ids and parses the clients, the deleted ones and the missing keys', async () => {
    const store = await clientFor([json(200, answer)]);
    // An answer without `bases` (a store that was sent no versions) reads as no base at all.
    await expect(store.lookupClients({ codes: [client.code, 'CL-404'], ids: [client.id] })).resolves.toEqual({ ...answer, bases: [] });
    expect(lastRequest()).toMatchObject({ method: 'POST', url: '/api/v1/clients/lookup' });
    expect(JSON.parse(lastRequest().body)).toEqual({ codes: [client.code, 'CL-404'], ids: [client.id] });
  });

  it('sends the versions the rows were filled from and parses the bases', async () => {
    const { id, code } = client;
    const bases = [{ code, id, version: 1, values: Object.fromEntries(COLUMN_KEYS.map((key) => [key, client[key]])) }];
    const store = await clientFor([json(200, { ...answer, bases })]);
    await expect(store.lookupClients({ codes: [code], versions: { [code]: 1 } })).resolves.toEqual({ ...answer, bases });
    expect(JSON.parse(lastRequest().body)).toEqual({ codes: [code], versions: { [code]: 1 } });
  });

  it('sends the lookup again after a dropped connection (it changes nothing)', async () => {
    const store = await clientFor([dropConnection, json(200, answer)]);
    await expect(store.lookupClients({ codes: ['CL-404'] })).resolves.toEqual({ ...answer, bases: [] });
    expect(requests()).toHaveLength(2);
  });

  it('refuses an answer without `missing`', async () => {
    const store = await clientFor([json(200, { clients: [], deleted: [] })]);
    expect((await errorOf(store.lookupClients({ ids: ['x'] }))).code).toBe('invalid_response');
  });
});

describe('one client', () => {
  it('reads a client by its encoded id', async () => {
    const store = await clientFor([json(200, client)]);
    await expect(store.getClient('a/b')).resolves.toEqual(client);
    expect(lastRequest()).toMatchObject({ method: 'GET', url: '/api/v1/clients/a%2Fb' });
  });

  it('creates a client with a JSON body', async () => {
    const store = await clientFor([json(201, client)]);
    await expect(store.createClient({ lastName: 'Dupont', firstName: 'Marie', email: 'marie.dupont@example.ch' })).resolves.toEqual(client);
    expect(lastRequest()).toMatchObject({ method: 'POST', url: '/api/v1/clients' });
    expect(lastRequest().headers['content-type']).toBe('application/json');
    expect(JSON.parse(lastRequest().body)).toEqual({ lastName: 'Dupont', firstName: 'Marie', email: 'marie.dupont@example.ch' });
  });

  it('keeps the template engine field errors of a refused creation, and does not resend it', async () => {
    const fields = [{ path: 'email', code: 'email.invalid', message: 'Adresse email invalide' }];
    const store = await clientFor([apiError(400, 'validation_failed', 'Données invalides', fields)]);
    expect(await errorOf(store.createClient({ email: 'x' }))).toMatchObject({ code: 'validation_failed', fields });
    expect(requests()).toHaveLength(1);
  });

  it('does not resend a creation after a dropped connection', async () => {
    const store = await clientFor([dropConnection, json(201, client)]);
    expect((await errorOf(store.createClient({ lastName: 'X' }))).code).toBe('unreachable');
    expect(requests()).toHaveLength(1);
  });

  it('patches with If-Match carrying the version read', async () => {
    const updated = makeClient({ version: 4, city: 'Genève' });
    const store = await clientFor([json(200, updated)]);
    await expect(store.updateClient('c1', 3, { city: 'Genève', notes: null })).resolves.toEqual(updated);
    expect(lastRequest()).toMatchObject({ method: 'PATCH', url: '/api/v1/clients/c1' });
    expect(lastRequest().headers['if-match']).toBe('"3"');
    expect(JSON.parse(lastRequest().body)).toEqual({ city: 'Genève', notes: null });
  });

  it('gives the current record on a conflict', async () => {
    const current = makeClient({ version: 5, city: 'Lausanne', updatedBy: 'compta' });
    const store = await clientFor([json(409, { error: { code: 'conflict', message: 'Modifié entre-temps', fields: [] }, current })]);
    const error = await errorOf(store.updateClient('c1', 3, { city: 'Genève' }));
    expect(error).toMatchObject({ code: 'conflict', status: 409 });
    expect(error.current).toEqual(current);
    expect(requests()).toHaveLength(1);
  });

  it('reports a conflict without a current record (a taken email) with no current', async () => {
    const store = await clientFor([apiError(409, 'conflict', 'Email déjà utilisé')]);
    const error = await errorOf(store.updateClient('c1', 3, { email: 'a@b.ch' }));
    expect(error.code).toBe('conflict');
    expect(error.current).toBeUndefined();
  });

  it('deletes, with If-Match only when a version is given', async () => {
    const deleted = makeClient({ version: 2, deletedAt: '2026-11-27T11:00:00.000Z' });
    const store = await clientFor([json(200, deleted)]);
    await expect(store.deleteClient('c1')).resolves.toEqual(deleted);
    expect(lastRequest()).toMatchObject({ method: 'DELETE', url: '/api/v1/clients/c1' });
    expect(lastRequest().headers['if-match']).toBeUndefined();
    await store.deleteClient('c1', { version: 1 });
    expect(lastRequest().headers['if-match']).toBe('"1"');
  });

  it('restores a deleted client', async () => {
    const store = await clientFor([json(200, makeClient({ version: 3 }))]);
    await expect(store.restoreClient('c1')).resolves.toMatchObject({ version: 3, deletedAt: null });
    expect(lastRequest()).toMatchObject({ method: 'POST', url: '/api/v1/clients/c1/restore' });
  });

  it('reads the history', async () => {
    const history = {
      id: 'c1',
      items: [
        { version: 2, change: 'updated', changedAt: '2026-11-27T11:00:00.000Z', changedBy: 'compta', fields: ['city'], batchId: null },
        { version: 1, change: 'created', changedAt: '2026-11-27T10:00:00.000Z', changedBy: 'accueil', fields: [], batchId: 'b1' },
      ],
    };
    const store = await clientFor([json(200, history)]);
    await expect(store.getClientHistory('c1')).resolves.toEqual(history);
    expect(lastRequest()).toMatchObject({ method: 'GET', url: '/api/v1/clients/c1/history' });
  });
});

describe('importRows and revertImport', () => {
  const response = {
    batchId: 'b1',
    mode: 'upsert',
    results: [
      { row: 2, status: 'created', id: 'c1', code: 'CL-000001', version: 1, errors: [] },
      {
        row: 3,
        status: 'failed',
        id: null,
        code: null,
        errors: [{ path: 'email', code: 'value.required', message: 'Valeur obligatoire' }],
      },
    ],
    counts: { created: 1, updated: 0, unchanged: 0, conflict: 0, duplicate: 0, failed: 1 },
  };
  const rows = [
    { row: 2, values: { lastName: 'Dupont', firstName: 'Marie', email: 'm@d.ch', postalCode: 1201 } },
    { row: 3, values: { lastName: 'Martin', firstName: 'Luc', email: null } },
  ];

  it('posts the rows with the given Idempotency-Key', async () => {
    const store = await clientFor([json(200, response)]);
    await expect(store.importRows({ mode: 'upsert', rows }, { idempotencyKey: 'key-1' })).resolves.toEqual(response);
    expect(lastRequest()).toMatchObject({ method: 'POST', url: '/api/v1/imports' });
    expect(lastRequest().headers['idempotency-key']).toBe('key-1');
    expect(JSON.parse(lastRequest().body)).toEqual({ mode: 'upsert', rows });
  });

  it('makes up a key when none is given, a new one per call', async () => {
    const store = await clientFor([json(200, response)]);
    await store.importRows({ rows });
    await store.importRows({ rows });
    const keys = requests().map((request) => request.headers['idempotency-key']);
    expect(keys?.[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys?.[1]).not.toBe(keys?.[0]);
  });

  it('resends a batch after a dropped connection with the same key', async () => {
    const store = await clientFor([dropConnection, json(200, response)]);
    await expect(store.importRows({ rows }, { idempotencyKey: 'key-2' })).resolves.toEqual(response);
    expect(requests().map((request) => request.headers['idempotency-key'])).toEqual(['key-2', 'key-2']);
  });

  it('reports a key reused with other rows', async () => {
    const store = await clientFor([apiError(409, 'idempotency_mismatch')]);
    expect((await errorOf(store.importRows({ rows }, { idempotencyKey: 'k' }))).code).toBe('idempotency_mismatch');
  });

  it('reverts a batch', async () => {
    const reverted = { batchId: 'b 1', reverted: [{ id: 'c1', code: 'CL-000001', action: 'deleted' }], skipped: [] };
    const store = await clientFor([json(200, reverted)]);
    await expect(store.revertImport('b 1')).resolves.toEqual(reverted);
    expect(lastRequest()).toMatchObject({ method: 'POST', url: '/api/v1/imports/b%201/revert' });
  });

  it('does not resend a revert', async () => {
    const store = await clientFor([dropConnection]);
    expect((await errorOf(store.revertImport('b1'))).code).toBe('unreachable');
    expect(requests()).toHaveLength(1);
  });
});
