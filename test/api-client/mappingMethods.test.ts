import type { SavedMapping } from '@/contract/ColumnMapping';
import { storeClientErrorOf as errorOf } from './support/storeClientErrorOf';
import { apiError, json } from './support/startTestServer';
import { useFakeStoreServer } from './support/useFakeStoreServer';

const { clientFor, requests } = useFakeStoreServer();

const mapping: SavedMapping = {
  signature: 'primaryemail|nomcomplet',
  headers: ['Primary Email', 'Nom complet'],
  columns: [{ header: 'Nom complet', target: 'fullName' }],
  version: 3,
  savedAt: '2026-12-02T04:00:00.000Z',
  savedBy: 'accueil',
};

describe('getMapping', () => {
  it('asks for the encoded signature and parses the saved mapping', async () => {
    const store = await clientFor([json(200, mapping)]);
    await expect(store.getMapping('primaryemail|nomcomplet')).resolves.toEqual(mapping);
    expect(requests()[0]).toMatchObject({ method: 'GET', url: '/api/v1/mappings?signature=primaryemail%7Cnomcomplet' });
    expect(requests()[0]?.headers.authorization).toBe('Bearer secret-token');
  });

  it('answers null when the store has no mapping for the signature (404 mapping_not_found), without retrying', async () => {
    const store = await clientFor([apiError(404, 'mapping_not_found')]);
    await expect(store.getMapping('jamais|vu')).resolves.toBeNull();
    expect(requests()).toHaveLength(1);
  });

  it('throws the other errors: a store without the route (404 not_found), a refused token, an invalid body', async () => {
    const notFound = await errorOf((await clientFor([apiError(404, 'not_found')])).getMapping('a'));
    expect(notFound).toMatchObject({ code: 'not_found', status: 404 });
    expect((await errorOf((await clientFor([apiError(401, 'unauthorized')])).getMapping('a'))).code).toBe('unauthorized');
    expect((await errorOf((await clientFor([json(200, { ...mapping, version: 0 })])).getMapping('a'))).code).toBe('invalid_response');
  });

  it('retries a 5xx like every GET', async () => {
    const store = await clientFor([apiError(500, 'internal'), json(200, mapping)]);
    await expect(store.getMapping('a')).resolves.toEqual(mapping);
    expect(requests()).toHaveLength(2);
  });
});

describe('saveMapping and listMappings', () => {
  it('puts the mapping as JSON and parses the new version; a 500 is not retried (a resend would add a version)', async () => {
    const store = await clientFor([json(200, mapping)]);
    const input = { signature: mapping.signature, headers: mapping.headers, columns: mapping.columns };
    await expect(store.saveMapping(input)).resolves.toEqual(mapping);
    expect(requests()[0]).toMatchObject({ method: 'PUT', url: '/api/v1/mappings' });
    expect(JSON.parse(requests()[0]?.body ?? '')).toEqual(input);

    const failing = await clientFor([apiError(500, 'internal')]);
    expect((await errorOf(failing.saveMapping(input))).code).toBe('internal');
    expect(requests()).toHaveLength(1);
  });

  it('throws validation_failed with the fields of a refused mapping', async () => {
    const fields = [{ path: 'columns.0.target', code: 'invalid_value', message: 'Valeur non autorisée : …' }];
    const store = await clientFor([apiError(400, 'validation_failed', 'refusé', fields)]);
    const error = await errorOf(store.saveMapping({ signature: 'a', headers: [], columns: [] }));
    expect(error).toMatchObject({ code: 'validation_failed', status: 400, fields });
  });

  it('lists the mappings', async () => {
    const store = await clientFor([json(200, { items: [mapping] })]);
    await expect(store.listMappings()).resolves.toEqual({ items: [mapping] });
    expect(requests()[0]).toMatchObject({ method: 'GET', url: '/api/v1/mappings' });
  });

  it('reads a mapping_not_found where none is expected as not_found', async () => {
    const store = await clientFor([apiError(404, 'mapping_not_found')]);
    expect(await errorOf(store.listMappings())).toMatchObject({ code: 'not_found', status: 404 });
  });
});
