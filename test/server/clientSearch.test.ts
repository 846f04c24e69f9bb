import { ApiError } from '@/contract/ApiError';
import { ClientList } from '@/contract/ClientList';
import { makeClientInput } from './support/makeClientInput';
import { clientSearcher, storePeople } from './support/searchClients';
import { dialects } from './support/useStoreFixture';
import { useTestApp } from './support/useTestApp';

const people = [
  { firstName: 'Jean', lastName: 'Dupont', city: 'Genève', company: 'Horlogerie Dupont SA', email: 'jean.dupont@horlo.ch' },
  { firstName: 'Jean', lastName: 'Martin', city: 'Lausanne', email: 'jm@example.ch' },
  { firstName: 'Éloïse', lastName: 'Favre', city: 'Neuchâtel', email: 'e.favre@example.ch' },
  { firstName: 'Émile', lastName: 'Égger', city: 'Zürich', email: 'emile@example.ch', nationality: 'allemande' },
  { firstName: 'Anna', lastName: "D'Amico", city: 'Lugano', email: 'anna@example.it', nationality: 'italienne' },
  { firstName: 'Zoé', lastName: 'dupuis', city: 'Sion', email: 'zoe@example.ch' },
  { firstName: 'Marc', lastName: 'Élan', city: 'Bulle', email: 'marc@example.ch' },
  { firstName: 'Paul', lastName: 'Gone', city: 'Sion', email: 'paul.gone@example.ch' },
];

describe.each(dialects)('GET /api/v1/clients (search and browse) on %s', (dialect) => {
  const { app, headers } = useTestApp(dialect);
  let ids = new Map<string, string>();
  beforeAll(async () => {
    ids = await storePeople(app, headers, people);
    // A deleted client never shows up.
    await app().request(`/api/v1/clients/${ids.get('Paul Gone') ?? ''}`, { method: 'DELETE', headers: headers() });
  });

  const { search, names } = clientSearcher(app, headers);

  it.each([
    ['q=dupo', ['Jean Dupont']],
    ['q=dup', ['Jean Dupont', 'Zoé dupuis']],
    ['q=DUPON', ['Jean Dupont']],
    ['q=elo', ['Éloïse Favre']],
    ['q=%C3%A9lo%C3%AF', ['Éloïse Favre']],
    ['q=jean%20dup', ['Jean Dupont']],
    ['q=dup%20jean', ['Jean Dupont']],
    ['q=jean', ['Jean Dupont', 'Jean Martin']],
    ['q=horlog', ['Jean Dupont']],
    ['q=geneve', ['Jean Dupont']],
    ['q=zurich', ['Émile Égger']],
    ['q=damico', ["Anna D'Amico"]],
    ['q=amico', ["Anna D'Amico"]],
    ['q=e.favre%40', ['Éloïse Favre']],
    ['q=favre', ['Éloïse Favre']],
    ['q=sion', ['Zoé dupuis']],
    ['q=jean%20zz', []],
    ['q=gone', []],
    ['q=xyz', []],
  ])('%s finds %j', async (query, expected) => {
    expect(await names(query)).toEqual(expected);
  });

  it('finds by code prefix, case ignored', async () => {
    const all = await search('limit=200');
    const dupont = all.items.find((client) => client.lastName === 'Dupont');
    expect(await names(`q=${encodeURIComponent((dupont?.code ?? '').toLowerCase())}`)).toEqual(['Jean Dupont']);
  });

  it.each([
    ['letter=E', ['Émile Égger', 'Marc Élan']],
    ['letter=e', ['Émile Égger', 'Marc Élan']],
    ['letter=D', ["Anna D'Amico", 'Jean Dupont', 'Zoé dupuis']],
    ['letter=Z', []],
    ['letter=D&q=jean', ['Jean Dupont']],
    ['foreign=true', ["Anna D'Amico", 'Émile Égger']],
    ['foreign=true&letter=E', ['Émile Égger']],
  ])('%s gives %j, sorted by folded last name then first name', async (query, expected) => {
    expect(await names(query)).toEqual(expected);
  });

  it('browses everything active in order, accents and case folded, with the total', async () => {
    const list = await search('');
    expect(list.items.map((client) => client.lastName)).toEqual(["D'Amico", 'Dupont', 'dupuis', 'Égger', 'Élan', 'Favre', 'Martin']);
    expect(list.total).toBe(7);
    expect(list.nextCursor).toBeNull();
  });

  it('pages with a cursor and gives the total of all matches', async () => {
    const first = await search('limit=3');
    expect(first.total).toBe(7);
    expect(first.items).toHaveLength(3);
    expect(first.nextCursor).not.toBeNull();
    const second = await search(`limit=3&cursor=${first.nextCursor}`);
    const third = await search(`limit=3&cursor=${second.nextCursor}`);
    expect(third.nextCursor).toBeNull();
    expect([...first.items, ...second.items, ...third.items].map((client) => client.lastName)).toEqual([
      "D'Amico",
      'Dupont',
      'dupuis',
      'Égger',
      'Élan',
      'Favre',
      'Martin',
    ]);
  });

  it.each([
    ['letter=DE', 'querystring.letter'],
    ['foreign=yes', 'querystring.foreign'],
    ['limit=0', 'querystring.limit'],
    ['limit=500', 'querystring.limit'],
    ['cursor=notacursor', 'querystring.cursor'],
  ])('refuses %s with 400 naming %s', async (query, path) => {
    const response = await app().request(`/api/v1/clients?${query}`, { headers: headers() });
    expect(response.statusCode).toBe(400);
    const { error } = ApiError.parse(response.json());
    expect(error.code).toBe('validation_failed');
    expect(error.fields.map((field) => field.path)).toEqual([path]);
  });

  it.each(['q=dup', 'q=jean', 'q=jean%20dup', 'letter=D', 'foreign=true', 'q=e&foreign=false', '', 'q=sion&letter=D'])(
    'pages %s two by two into exactly the rows of one big page',
    async (query) => {
      const whole = await search(`${query}&limit=200`);
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const page: ClientList = await search(`${query}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.total).toBe(whole.total);
        ids.push(...page.items.map((client) => client.id));
        cursor = page.nextCursor;
      } while (cursor !== null);
      expect(ids).toEqual(whole.items.map((client) => client.id));
      expect(ids.length).toBe(whole.total);
    },
  );

  it('follows renames, deletes and restores: old words forgotten, new ones found, in the new order', async () => {
    const created = await app().request('/api/v1/clients', {
      method: 'POST',
      headers: headers(),
      body: makeClientInput({ lastName: 'Quaglia', firstName: 'Rita', city: 'Mendrisio' }),
    });
    const id: string = created.json().id;
    expect(await names('q=quag')).toEqual(['Rita Quaglia']);

    const renamed = await app().request(`/api/v1/clients/${id}`, {
      method: 'PATCH',
      headers: headers({ 'if-match': '1' }),
      body: { lastName: 'Aebischer', city: 'Morat' },
    });
    expect(renamed.statusCode).toBe(200);
    expect(await names('q=quag')).toEqual([]);
    expect(await names('q=mendri')).toEqual([]);
    expect(await names('q=rita%20aeb')).toEqual(['Rita Aebischer']);
    expect((await names('q=rita'))[0]).toBe('Rita Aebischer');
    expect(await names('q=morat&letter=A')).toEqual(['Rita Aebischer']);

    await app().request(`/api/v1/clients/${id}`, { method: 'DELETE', headers: headers() });
    expect(await names('q=aebisch')).toEqual([]);
    await app().request(`/api/v1/clients/${id}/restore`, { method: 'POST', headers: headers() });
    expect(await names('q=aebisch')).toEqual(['Rita Aebischer']);
    await app().request(`/api/v1/clients/${id}`, { method: 'DELETE', headers: headers() });
  });

  it('gives the total on a page left empty because the rest was deleted meanwhile', async () => {
    const tag = `gone${dialect}`;
    const ids: string[] = [];
    for (const lastName of ['Aaa', 'Bbb']) {
      const response = await app().request('/api/v1/clients', {
        method: 'POST',
        headers: headers(),
        body: makeClientInput({ lastName, city: tag }),
      });
      ids.push(response.json().id);
    }
    // A cursor is bound to its query: each query pages on with its own.
    const queries = [`q=${tag}&limit=1`, `q=${tag}&foreign=false&limit=1`];
    const firsts = await Promise.all(queries.map((query) => search(query)));
    expect(firsts.map((first) => first.total)).toEqual([2, 2]);
    await app().request(`/api/v1/clients/${ids[1] ?? ''}`, { method: 'DELETE', headers: headers() });
    for (const [index, query] of queries.entries()) {
      const second = await search(`${query}&cursor=${firsts[index]?.nextCursor ?? ''}`);
      expect(second).toEqual({ items: [], total: 1, nextCursor: null });
    }
  });

  it('keeps pages stable while clients are added: nothing read twice, nothing that existed skipped', async () => {
    const tag = `pagi${dialect}`;
    const create = (lastName: string) =>
      app().request('/api/v1/clients', {
        method: 'POST',
        headers: headers(),
        body: makeClientInput({ lastName, firstName: 'P', city: tag }),
      });
    const original = ['Bb', 'Cc', 'Dd', 'Ee', 'Ff', 'Gg', 'Hh', 'Ii', 'Jj', 'Kk', 'Ll', 'Mm'];
    for (const lastName of original) await create(lastName);

    const seen: string[] = [];
    let cursor: string | null = null;
    let round = 0;
    do {
      const query: string = `q=${tag}&limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      // Each page is read while new clients (before, inside and after the read part) are being added.
      const [page] = await Promise.all([search(query), create(`Aa${round}`), create(`Ee${round}`), create(`Zz${round}`)]);
      seen.push(...page.items.map((client) => client.lastName ?? ''));
      cursor = page.nextCursor;
      round += 1;
    } while (cursor !== null && round < 20);

    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((name) => original.includes(name))).toEqual(original);
    expect([...seen].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))).toEqual(seen);
  });
});
