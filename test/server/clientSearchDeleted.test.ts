import { ApiError } from '@/contract/ApiError';
import { clientSearcher, storePeople } from './support/searchClients';
import { dialects } from './support/useStoreFixture';
import { useTestApp } from './support/useTestApp';

const people = [
  { firstName: 'Jean', lastName: 'Dupont', city: 'Genève', email: 'jean.dupont@horlo.ch' },
  { firstName: 'Zoé', lastName: 'Dupuis', city: 'Sion', email: 'zoe@example.ch' },
  { firstName: 'Émile', lastName: 'Égger', city: 'Zürich', email: 'emile@example.ch', nationality: 'allemande' },
  { firstName: 'Paul', lastName: 'Gone', city: 'Sion', email: 'paul.gone@example.ch' },
  { firstName: 'Rita', lastName: 'Quaglia', city: 'Mendrisio', email: 'rita@example.ch' },
];
/** Deleted before the tests: found by `deleted=true` only. */
const deleted = ['Zoé Dupuis', 'Émile Égger', 'Paul Gone'];

describe.each(dialects)('GET /api/v1/clients?deleted=true (the deleted clients) on %s', (dialect) => {
  const { app, headers } = useTestApp(dialect);
  let ids = new Map<string, string>();
  beforeAll(async () => {
    ids = await storePeople(app, headers, people);
    for (const name of deleted) {
      const response = await app().request(`/api/v1/clients/${ids.get(name) ?? ''}`, { method: 'DELETE', headers: headers() });
      expect(response.statusCode).toBe(200);
    }
  });

  const { search, names } = clientSearcher(app, headers);

  it.each([
    ['deleted=true', ['Zoé Dupuis', 'Émile Égger', 'Paul Gone']],
    ['deleted=true&q=dup', ['Zoé Dupuis']],
    ['deleted=true&q=SION', ['Zoé Dupuis', 'Paul Gone']],
    ['deleted=true&q=zurich', ['Émile Égger']],
    ['deleted=true&q=paul%20sion', ['Paul Gone']],
    ['deleted=true&q=paul%20geneve', []],
    ['deleted=true&q=ul', []],
    ['deleted=true&letter=G', ['Paul Gone']],
    ['deleted=true&foreign=true', ['Émile Égger']],
    ['deleted=true&q=jean', []],
    ['deleted=false', ['Jean Dupont', 'Rita Quaglia']],
    ['q=dup', ['Jean Dupont']],
    ['', ['Jean Dupont', 'Rita Quaglia']],
  ])('%s gives %j, sorted by folded last name then first name', async (query, expected) => {
    expect(await names(query)).toEqual(expected);
  });

  it('gives each deleted client with the moment of its deletion, and the total', async () => {
    const list = await search('deleted=true');
    expect(list.total).toBe(3);
    for (const client of list.items) expect(Number.isNaN(Date.parse(client.deletedAt ?? ''))).toBe(false);
  });

  it('pages the deleted clients with a cursor that the active list refuses', async () => {
    const first = await search('deleted=true&limit=2');
    expect(first.items).toHaveLength(2);
    expect(first.total).toBe(3);
    const second = await search(`deleted=true&limit=2&cursor=${first.nextCursor}`);
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((client) => client.lastName)).toEqual(['Dupuis', 'Égger', 'Gone']);
    const wrong = await app().request(`/api/v1/clients?limit=2&cursor=${first.nextCursor}`, { headers: headers() });
    expect(wrong.statusCode).toBe(400);
    expect(ApiError.parse(wrong.json()).error.fields.map((field) => field.path)).toEqual(['querystring.cursor']);
  });

  it('refuses deleted=yes with 400 naming querystring.deleted', async () => {
    const response = await app().request('/api/v1/clients?deleted=yes', { headers: headers() });
    expect(response.statusCode).toBe(400);
    const { error } = ApiError.parse(response.json());
    expect(error.code).toBe('validation_failed');
    expect(error.fields.map((field) => field.path)).toEqual(['querystring.deleted']);
  });

  it('a restored client leaves the deleted list and is found again in the active one', async () => {
    const restored = await app().request(`/api/v1/clients/${ids.get('Paul Gone') ?? ''}/restore`, { method: 'POST', headers: headers() });
    expect(restored.statusCode).toBe(200);
    expect(await names('deleted=true&q=gone')).toEqual([]);
    expect(await names('q=gone')).toEqual(['Paul Gone']);
  });
});
