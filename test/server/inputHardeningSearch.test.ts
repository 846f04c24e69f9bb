import { ApiError } from '@/contract/ApiError';
import { ClientList } from '@/contract/ClientList';
import { makeClientInput } from './support/makeClientInput';
import { dialects } from './support/useStoreFixture';
import { useTestApp } from './support/useTestApp';

/** Issue 14: a search of punctuation alone finds no one, and a cursor only pages on the search that made it. */
describe.each(dialects)('search hardening on %s', (dialect) => {
  const { app, headers } = useTestApp(dialect);
  beforeAll(async () => {
    for (const lastName of ['Ponct', 'Ponctuel', 'Ponctualité']) {
      const response = await app().request('/api/v1/clients', { method: 'POST', headers: headers(), body: makeClientInput({ lastName }) });
      expect(response.statusCode).toBe(201);
    }
  });
  const get = (query: string, extra: Record<string, string> = {}) => app().request(`/api/v1/clients?${query}`, { headers: headers(extra) });

  it.each(['%', '_', "'", '*', '%_', '--', '. , ;', "' * %"])('finds no one for q=%s (200, empty)', async (q) => {
    const everyone = ClientList.parse((await get('limit=1')).json());
    expect(everyone.total).toBeGreaterThanOrEqual(3);

    const response = await get(`q=${encodeURIComponent(q)}`);

    expect(response.statusCode).toBe(200);
    expect(ClientList.parse(response.json())).toEqual({ items: [], total: 0, nextCursor: null });
  });

  it('still browses everyone without q, and with a blank q', async () => {
    for (const query of ['limit=200', 'q=%20%20&limit=200']) {
      expect(ClientList.parse((await get(query)).json()).total).toBeGreaterThanOrEqual(3);
    }
  });

  it('pages on with a cursor of the same search, and refuses it for another search with 400 naming cursor', async () => {
    const first = ClientList.parse((await get('q=ponct&limit=1')).json());
    expect(first.total).toBe(3);
    expect(first.nextCursor).not.toBeNull();
    const cursor = encodeURIComponent(first.nextCursor ?? '');
    // The same search, with its words in another order or another page size: accepted.
    expect((await get(`q=PONCT&limit=2&cursor=${cursor}`)).statusCode).toBe(200);

    for (const other of [
      `q=ponctu&cursor=${cursor}`,
      `cursor=${cursor}`,
      `q=ponct&letter=P&cursor=${cursor}`,
      `q=ponct&foreign=true&cursor=${cursor}`,
    ]) {
      const response = await get(other, { 'accept-language': 'en' });
      expect(response.statusCode).toBe(400);
      expect(ApiError.parse(response.json()).error).toEqual({
        code: 'validation_failed',
        message: 'The request contains invalid values.',
        fields: [
          {
            path: 'querystring.cursor',
            code: 'invalid_value',
            message: 'This cursor comes from another search: start the search again from the first page.',
          },
        ],
      });
    }
    const french = await get(`q=autre&cursor=${cursor}`);
    expect(ApiError.parse(french.json()).error.fields[0]?.message).toBe(
      'Ce curseur vient d’une autre recherche\u00a0: relancez la recherche depuis la première page.',
    );
  });
});
