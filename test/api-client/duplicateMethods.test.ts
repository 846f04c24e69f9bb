import type { ServerResponse } from 'node:http';
import { storeClientErrorOf as errorOf } from './support/storeClientErrorOf';
import { makeClient } from './support/makeClient';
import { dropConnection, json } from './support/startTestServer';
import { useFakeStoreServer } from './support/useFakeStoreServer';

const { clientFor, lastRequest, requests } = useFakeStoreServer();

const older = makeClient({ id: 'c1', code: 'CL-000001' });
const newer = makeClient({ id: 'c2', code: 'CL-000002', email: 'm.dupont@gmail.com' });
const pair = { clients: [older, newer], score: 0.95, reasons: ['sameNameBirthDate'], description: 'même nom et même date de naissance' };

describe('listDuplicates', () => {
  it.each([
    [{}, '/api/v1/duplicates'],
    [{ limit: 50 }, '/api/v1/duplicates?limit=50'],
    [{ cursor: 'x/y=', limit: 20 }, '/api/v1/duplicates?cursor=x%2Fy%3D&limit=20'],
  ])('sends %j as %s and parses the page', async (query, url) => {
    const page = { items: [pair], nextCursor: 'next' };
    const store = await clientFor([json(200, page)]);
    await expect(store.listDuplicates(query)).resolves.toEqual(page);
    expect(lastRequest()).toMatchObject({ method: 'GET', url });
  });

  it('refuses a pair without reasons', async () => {
    const store = await clientFor([json(200, { items: [{ ...pair, reasons: [] }], nextCursor: null })]);
    expect((await errorOf(store.listDuplicates({}))).code).toBe('invalid_response');
  });
});

describe('dismissDuplicate', () => {
  it('posts the two ids and takes the 204; sent again after a dropped connection (it is idempotent)', async () => {
    const noContent = (_request: unknown, response: ServerResponse) => {
      response.statusCode = 204;
      response.end();
    };
    const store = await clientFor([dropConnection, noContent]);
    await expect(store.dismissDuplicate(['c2', 'c1'])).resolves.toBeUndefined();
    expect(requests()).toHaveLength(2);
    expect(lastRequest()).toMatchObject({ method: 'POST', url: '/api/v1/duplicates/dismiss' });
    expect(JSON.parse(lastRequest().body)).toEqual({ ids: ['c2', 'c1'] });
  });
});

describe('mergeClients and unmergeClients', () => {
  const merged = makeClient({ id: 'c2', code: 'CL-000002', version: 2, deletedAt: '2026-12-03T10:00:00.000Z', mergedInto: 'c1' });

  it('posts the merge to the survivor and parses both clients', async () => {
    const answer = { client: makeClient({ version: 2, email: newer.email }), merged };
    const store = await clientFor([json(200, answer)]);
    const request = { from: 'c2', version: 1, fromVersion: 1, values: { email: newer.email } };
    await expect(store.mergeClients('c1', request)).resolves.toEqual(answer);
    expect(lastRequest()).toMatchObject({ method: 'POST', url: '/api/v1/clients/c1/merge' });
    expect(JSON.parse(lastRequest().body)).toEqual(request);
  });

  it('gives both clients of a refused merge, and does not resend it', async () => {
    const current = makeClient({ version: 3 });
    const other = makeClient({ id: 'c2', version: 2 });
    const store = await clientFor([json(409, { error: { code: 'conflict', message: 'Modifié', fields: [] }, current, other })]);
    const error = await errorOf(store.mergeClients('c1', { from: 'c2', version: 1, fromVersion: 1, values: {} }));
    expect(error).toMatchObject({ code: 'conflict', status: 409 });
    expect(error.current).toEqual(current);
    expect(error.other).toEqual(other);
    expect(requests()).toHaveLength(1);
  });

  it('posts the unmerge with the other client’s id and parses both clients', async () => {
    const answer = { client: makeClient({ version: 3 }), restored: makeClient({ id: 'c2', version: 3 }) };
    const store = await clientFor([json(200, answer)]);
    await expect(store.unmergeClients('c1', 'c2')).resolves.toEqual(answer);
    expect(lastRequest()).toMatchObject({ method: 'POST', url: '/api/v1/clients/c1/unmerge' });
    expect(JSON.parse(lastRequest().body)).toEqual({ from: 'c2' });
  });
});
