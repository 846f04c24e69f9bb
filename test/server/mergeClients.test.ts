import { Client } from '@/contract/Client';
import { ClientHistory } from '@/contract/ClientHistory';
import { ClientMergeResponse, ClientUnmergeResponse } from '@/contract/ClientMerge';
import { Conflict } from '@/contract/Conflict';
import { DuplicatePairList, type DuplicatePair } from '@/contract/DuplicatePairs';
import { ImportResponse } from '@/contract/ImportResponse';
import { ClientLookupResult } from '@/contract/ClientLookup';
import { blockingKeys, matchProfile } from '@/domain';
import { createMigrator } from '@/server/db/createMigrator';
import { migrateToLatest } from '@/server/db/migrateToLatest';
import { openDatabase } from '@/server/db/openDatabase';
import { migrations } from '@/server/migrations/migrations';
import { createToken } from '@/server/tokens';
import { authHeaders } from './support/authHeaders';
import { buildTestApp } from './support/buildTestApp';
import { createTestDatabase } from './support/createTestDatabase';
import { makeClientInput } from './support/makeClientInput';
import { dialects } from './support/useStoreFixture';
import { useTestApp } from './support/useTestApp';

// Real databases over HTTP, concurrent merges: bounded by their work, not by jest's 30 s default.
jest.setTimeout(120_000);

let unique = 0;
/** Letters only (names), different in every call of the run: no test finds another's clients by name. */
const tagged = () => {
  unique += 1;
  return `${'abcdefghijklmnopqrstuvwxyz'[unique % 26]}${unique.toString(26).replace(/\d/g, (digit) => 'klmnopqrst'[Number(digit)] ?? 'k')}`;
};

describe.each(dialects)('duplicates already in the base, merge and unmerge on %s', (dialect) => {
  const { app, headers } = useTestApp(dialect);

  const create = async (values: Record<string, unknown>): Promise<Client> => {
    const response = await app().request('/api/v1/clients', {
      method: 'POST',
      headers: headers(),
      body: { ...makeClientInput(), ...values, allowDuplicate: true },
    });
    expect(response.statusCode).toBe(201);
    return Client.parse(response.json());
  };
  /** Two clients the rules match: the same name and birth date (and the second one's phone, when `samePhone`). */
  const twins = async (extra: Record<string, unknown> = {}) => {
    const lastName = `Dupont${tagged()}`;
    const first = await create({ lastName, firstName: 'Jean', birthDate: '12.05.1975', city: 'Genève', ...extra });
    const second = await create({ lastName, firstName: 'Jean', birthDate: '12.05.1975', city: 'Lausanne', notes: 'Client de Lausanne' });
    return { first, second, lastName };
  };
  const list = async (query = 'limit=100', extra: Record<string, string> = {}) => {
    const response = await app().request(`/api/v1/duplicates?${query}`, { headers: headers(extra) });
    expect(response.statusCode).toBe(200);
    return DuplicatePairList.parse(response.json());
  };
  const allPairs = async (): Promise<DuplicatePair[]> => {
    const pairs: DuplicatePair[] = [];
    let cursor: string | null = null;
    do {
      const page: DuplicatePairList = await list(`limit=100${cursor === null ? '' : `&cursor=${cursor}`}`);
      pairs.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);
    return pairs;
  };
  const pairOf = (pairs: readonly DuplicatePair[], a: Client, b: Client) =>
    pairs.find((pair) => {
      const ids = pair.clients.map((client) => client.id);
      return ids.includes(a.id) && ids.includes(b.id);
    });
  const post = (path: string, body: unknown) => app().request(path, { method: 'POST', headers: headers(), body });
  const merge = (survivor: Client, other: Client, values: Record<string, unknown> = {}) =>
    post(`/api/v1/clients/${survivor.id}/merge`, { from: other.id, version: survivor.version, fromVersion: other.version, values });
  const mergeOk = async (survivor: Client, other: Client, values: Record<string, unknown> = {}) => {
    const response = await merge(survivor, other, values);
    expect(response.statusCode).toBe(200);
    return ClientMergeResponse.parse(response.json());
  };
  const unmerge = (survivor: Client, other: Client) => post(`/api/v1/clients/${survivor.id}/unmerge`, { from: other.id });
  const history = async (client: Client) => {
    const response = await app().request(`/api/v1/clients/${client.id}/history`, { headers: headers() });
    expect(response.statusCode).toBe(200);
    return ClientHistory.parse(response.json()).items;
  };
  const getClient = async (client: Client) => {
    const response = await app().request(`/api/v1/clients/${client.id}`, { headers: headers() });
    expect(response.statusCode).toBe(200);
    return Client.parse(response.json());
  };
  const patchOk = async (id: string, version: number, body: Record<string, unknown>) => {
    const response = await app().request(`/api/v1/clients/${id}`, {
      method: 'PATCH',
      headers: headers({ 'if-match': `"${version}"` }),
      body,
    });
    expect(response.statusCode).toBe(200);
  };
  const search = async (q: string) => {
    const response = await app().request(`/api/v1/clients?q=${encodeURIComponent(q)}`, { headers: headers() });
    expect(response.statusCode).toBe(200);
    return (response.json() as { items: Client[] }).items.map((client) => client.id);
  };

  describe('GET /api/v1/duplicates', () => {
    it('lists the pairs best score first, the older client first, the reasons in words; never a pair on the name alone', async () => {
      const strong = await twins();
      const weakA = await create({ lastName: `Martin${tagged()}`, firstName: 'Anne' });
      const weakB = await create({ lastName: `Favre${tagged()}`, firstName: 'Luc', phone: weakA.phone });
      const nameA = await create({ lastName: `Rochat${tagged()}`, firstName: 'Paul' });
      const nameB = await create({ lastName: nameA.lastName, firstName: 'Paul' });

      const pairs = await allPairs();
      const strongPair = pairOf(pairs, strong.first, strong.second);
      const weakPair = pairOf(pairs, weakA, weakB);
      expect(strongPair).toMatchObject({
        score: 0.95,
        reasons: ['sameNameBirthDate'],
        description: 'même nom et même date de naissance',
      });
      expect(strongPair?.clients.map((client) => client.id)).toEqual([strong.first.id, strong.second.id]);
      expect(weakPair).toMatchObject({ score: 0.85, reasons: ['samePhone'], description: 'même numéro de téléphone' });
      expect(pairOf(pairs, nameA, nameB)).toBeUndefined();
      expect(pairs.indexOf(strongPair as DuplicatePair)).toBeLessThan(pairs.indexOf(weakPair as DuplicatePair));
      // Best first, then by the two ids: the whole list is in that order.
      const keys = pairs.map((pair) => [-pair.score, ...pair.clients.map((client) => client.id).sort()].join(' '));
      const order = pairs.map((pair) => ({ score: pair.score, ids: pair.clients.map((client) => client.id).sort() }));
      for (let index = 1; index < order.length; index += 1) {
        const [before, after] = [order[index - 1], order[index]];
        if (before === undefined || after === undefined) continue;
        expect(before.score >= after.score).toBe(true);
        if (before.score === after.score) expect(before.ids.join(' ') < after.ids.join(' ')).toBe(true);
      }
      expect(new Set(keys).size).toBe(keys.length);

      const english = await list('limit=100', { 'accept-language': 'en' });
      expect(pairOf(english.items, strong.first, strong.second)?.description).toBe('same name and same date of birth');
    });

    it('pages with the cursor: one pair a page gives every pair once, in the same order as one big page', async () => {
      await twins();
      await twins();
      const whole = (await list('limit=100')).items.map((pair) => pair.clients.map((client) => client.id).join(' '));
      expect(whole.length).toBeGreaterThanOrEqual(2);
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const page: DuplicatePairList = await list(`limit=1${cursor === null ? '' : `&cursor=${cursor}`}`);
        expect(page.items.length).toBeLessThanOrEqual(1);
        paged.push(...page.items.map((pair) => pair.clients.map((client) => client.id).join(' ')));
        cursor = page.nextCursor;
      } while (cursor !== null);
      expect(paged).toEqual(whole);
    });

    it('refuses a cursor that is not one of its own, naming the parameter', async () => {
      for (const cursor of ['nope', Buffer.from('[1,2]').toString('base64url'), Buffer.from('["a","b","c"]').toString('base64url')]) {
        const response = await app().request(`/api/v1/duplicates?cursor=${cursor}`, { headers: headers() });
        expect(response.statusCode).toBe(400);
        expect(response.json().error).toMatchObject({ code: 'validation_failed', fields: [{ path: 'querystring.cursor' }] });
      }
      const response = await app().request('/api/v1/duplicates?limit=0', { headers: headers() });
      expect(response.statusCode).toBe(400);
    });

    it('leaves out a dismissed pair (204, again 204); one client twice is a 400, an unknown one a 404', async () => {
      const { first, second } = await twins();
      expect(pairOf(await allPairs(), first, second)).toBeDefined();
      for (const ids of [
        [second.id, first.id],
        [first.id, second.id],
      ]) {
        const response = await post('/api/v1/duplicates/dismiss', { ids });
        expect(response.statusCode).toBe(204);
      }
      expect(pairOf(await allPairs(), first, second)).toBeUndefined();
      expect((await post('/api/v1/duplicates/dismiss', { ids: [first.id, first.id] })).statusCode).toBe(400);
      expect((await post('/api/v1/duplicates/dismiss', { ids: [first.id, 'zzzzzzzz'] })).statusCode).toBe(404);
    });

    it('follows the writes: a change that makes two clients match lists them, a change that unmatches them removes them', async () => {
      const a = await create({ lastName: `Berset${tagged()}`, firstName: 'Léa' });
      const b = await create({ lastName: `Keller${tagged()}`, firstName: 'Max' });
      expect(pairOf(await allPairs(), a, b)).toBeUndefined();
      await patchOk(b.id, b.version, { phone: a.phone });
      expect(pairOf(await allPairs(), a, b)).toMatchObject({ reasons: ['samePhone'] });
      const deleted = await app().request(`/api/v1/clients/${a.id}`, { method: 'DELETE', headers: headers() });
      expect(deleted.statusCode).toBe(200);
      expect(pairOf(await allPairs(), a, b)).toBeUndefined();
    });
  });

  describe('POST /api/v1/clients/:id/merge', () => {
    it('keeps the survivor with the fields picked, deletes the other with a pointer, writes both histories; search finds one', async () => {
      const { first, second, lastName } = await twins();
      const { client, merged } = await mergeOk(first, second, { email: second.email, city: 'Lausanne' });
      expect(client).toMatchObject({ id: first.id, code: first.code, email: second.email, city: 'Lausanne', notes: null, version: 2 });
      expect(client.deletedAt).toBeNull();
      expect(merged).toMatchObject({ id: second.id, mergedInto: first.id, version: 2 });
      expect(merged.deletedAt).not.toBeNull();
      expect(await getClient(second)).toMatchObject({ id: second.id, mergedInto: first.id, deletedAt: merged.deletedAt });

      const [survivorLast] = await history(first);
      expect(survivorLast).toMatchObject({ version: 2, change: 'merged', otherClient: { id: second.id, code: second.code } });
      expect(survivorLast?.fields.sort()).toEqual(['city', 'email']);
      const [otherLast] = await history(second);
      expect(otherLast).toMatchObject({ version: 2, change: 'merged', otherClient: { id: first.id, code: first.code }, fields: [] });

      expect(await search(lastName)).toEqual([first.id]);
      expect(pairOf(await allPairs(), first, second)).toBeUndefined();
    });

    it('writes the survivor’s merged version even when it keeps all its values; notes are never concatenated', async () => {
      const { first, second } = await twins();
      const { client } = await mergeOk(first, second);
      expect(client).toMatchObject({ version: 2, notes: null, email: first.email, city: 'Genève' });
      expect((await history(first))[0]).toMatchObject({ change: 'merged', fields: [] });
    });

    it('checks the values picked like a PATCH, naming them in the body', async () => {
      const { first, second } = await twins();
      const response = await merge(first, second, { email: 'not an e-mail' });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields).toEqual([expect.objectContaining({ path: 'values.email' })]);
      expect(await getClient(second)).toMatchObject({ deletedAt: null, version: 1 });
    });

    it('answers 409 with both clients as they are when either changed since; 400 for itself or a deleted client; 404 unknown', async () => {
      const { first, second } = await twins();
      await patchOk(second.id, second.version, { city: 'Sion' });
      const stale = await merge(first, second);
      expect(stale.statusCode).toBe(409);
      const conflict = Conflict.parse(stale.json());
      expect(conflict.error.code).toBe('conflict');
      expect(conflict.current).toMatchObject({ id: first.id, version: 1 });
      expect(conflict.other).toMatchObject({ id: second.id, version: 2, city: 'Sion' });

      const self = await merge(first, first);
      expect(self.statusCode).toBe(400);
      expect(self.json().error.fields).toEqual([expect.objectContaining({ path: 'from' })]);

      const deleted = Client.parse((await app().request(`/api/v1/clients/${second.id}`, { method: 'DELETE', headers: headers() })).json());
      const mergeDeleted = await merge(first, deleted);
      expect(mergeDeleted.statusCode).toBe(400);
      expect(mergeDeleted.json().error.fields).toEqual([expect.objectContaining({ path: 'from', code: 'deleted' })]);

      expect((await merge(first, { ...second, id: 'zzzzzzzz' })).statusCode).toBe(404);
    });

    it('runs two concurrent merges of one pair as one: one wins, the other is refused with 409', async () => {
      const { first, second } = await twins();
      const responses = await Promise.all([merge(first, second), merge(second, first)]);
      expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 409]);
      const survivors = [await getClient(first), await getClient(second)].filter((client) => client.deletedAt === null);
      expect(survivors).toHaveLength(1);
    });
  });

  describe('POST /api/v1/clients/:id/unmerge', () => {
    it('undoes a merge: the survivor gets back its values exactly, the other is back; both histories say unmerged', async () => {
      const { first, second, lastName } = await twins();
      await mergeOk(first, second, { email: second.email, city: 'Lausanne', notes: 'Choisi' });
      const response = await unmerge(first, second);
      expect(response.statusCode).toBe(200);
      const { client, restored } = ClientUnmergeResponse.parse(response.json());
      const { version: _v1, updatedAt: _u1, updatedBy: _b1, ...before } = first;
      expect(client).toMatchObject({ ...before, version: 3 });
      expect(restored).toMatchObject({ id: second.id, email: second.email, city: 'Lausanne', deletedAt: null, version: 3 });
      expect(restored.mergedInto ?? null).toBeNull();
      expect((await history(first))[0]).toMatchObject({ change: 'unmerged', otherClient: { id: second.id } });
      expect((await history(second))[0]).toMatchObject({ change: 'unmerged', otherClient: { id: first.id } });
      expect((await search(lastName)).sort()).toEqual([first.id, second.id].sort());
      expect(pairOf(await allPairs(), first, second)).toBeDefined();
      // Undone once: it is no merge any more.
      expect((await unmerge(first, second)).statusCode).toBe(404);
    });

    it('is refused with 409 when the survivor changed since the merge', async () => {
      const { first, second } = await twins();
      const { client } = await mergeOk(first, second);
      await patchOk(first.id, client.version, { city: 'Bienne' });
      const response = await unmerge(first, second);
      expect(response.statusCode).toBe(409);
      expect(Conflict.parse(response.json())).toMatchObject({ current: { id: first.id, city: 'Bienne' }, other: { id: second.id } });
      expect(await getClient(second)).toMatchObject({ mergedInto: first.id });
    });

    it('is refused with 409 naming the e-mail when another client took the merged-away client’s e-mail since', async () => {
      const { first, second } = await twins();
      await mergeOk(first, second);
      await create({ lastName: `Autre${tagged()}`, firstName: 'Zoé', email: second.email });
      const response = await unmerge(first, second);
      expect(response.statusCode).toBe(409);
      expect(response.json().error.fields).toEqual([
        expect.objectContaining({ path: 'email', code: 'email.taken', message: expect.stringContaining(second.email ?? '') }),
      ]);
      expect(await getClient(first)).toMatchObject({ version: 2 });
    });

    it('a merged-away client restored by hand is its own client again: no pointer, no merge to undo', async () => {
      const { first, second } = await twins();
      await mergeOk(first, second);
      const restored = await post(`/api/v1/clients/${second.id}/restore`, {});
      expect(restored.statusCode).toBe(200);
      expect(Client.parse(restored.json()).mergedInto ?? null).toBeNull();
      expect((await unmerge(first, second)).statusCode).toBe(404);
    });

    it('is a 404 for two clients that were not merged', async () => {
      const { first, second } = await twins();
      expect((await unmerge(first, second)).statusCode).toBe(404);
    });
  });

  it('describes the four routes in the OpenAPI document', async () => {
    const response = await app().request('/api/v1/openapi.json');
    expect(Object.keys(response.json().paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/duplicates',
        '/api/v1/duplicates/dismiss',
        '/api/v1/clients/{id}/merge',
        '/api/v1/clients/{id}/unmerge',
      ]),
    );
  });

  describe('imports after a merge', () => {
    const runImport = async (values: Record<string, unknown>) => {
      const response = await post('/api/v1/imports', { rows: [{ row: 2, values }] });
      expect(response.statusCode).toBe(200);
      const [result] = ImportResponse.parse(response.json()).results;
      return result;
    };

    it('a row with the merged-away client’s code updates the survivor, which keeps its code and e-mail', async () => {
      const { first, second } = await twins();
      await mergeOk(first, second);
      const result = await runImport({
        code: second.code,
        email: second.email,
        lastName: second.lastName,
        firstName: 'Jean',
        city: 'Sion',
      });
      expect(result).toMatchObject({ status: 'updated', id: first.id, code: first.code });
      expect(await getClient(first)).toMatchObject({ city: 'Sion', code: first.code, email: first.email });
    });

    it('a row with the merged-away client’s e-mail (no code) updates the survivor', async () => {
      const { first, second } = await twins();
      await mergeOk(first, second);
      const result = await runImport({ email: second.email, lastName: second.lastName, firstName: 'Jean', city: 'Morges' });
      expect(result).toMatchObject({ status: 'updated', id: first.id, code: first.code });
      expect(await getClient(first)).toMatchObject({ city: 'Morges', email: first.email });
    });

    it('the pane’s lookup answers a merged-away code as deleted, naming the survivor', async () => {
      const { first, second } = await twins();
      await mergeOk(first, second);
      const response = await post('/api/v1/clients/lookup', { codes: [second.code] });
      expect(response.statusCode).toBe(200);
      const result = ClientLookupResult.parse(response.json());
      expect(result.clients).toEqual([]);
      expect(result.deleted).toEqual([expect.objectContaining({ id: second.id, mergedInto: first.id })]);
    });
  });
});

describe.each(dialects)('the merges migration on %s', (dialect) => {
  it('writes the pairs of the clients already stored (active ones, matched by the rules), so they are listed at once', async () => {
    const testDatabase = await createTestDatabase(dialect);
    const database = openDatabase(testDatabase.config);
    try {
      const names = Object.keys(migrations);
      const before = names[names.indexOf('20261215090000_create_client_merges') - 1] ?? '';
      expect((await createMigrator(database.db).migrateTo(before)).error).toBeUndefined();
      const now = '2026-12-01T10:00:00.000Z';
      const row = (id: string, lastName: string, birthDate: string, deletedAt: string | null = null) => ({
        id,
        code: `CL-${id}`,
        last_name: lastName,
        first_name: 'Jean',
        email: `${id}@example.ch`,
        postal_code: `1${id.slice(-3)}`,
        birth_date: birthDate,
        created_at: now,
        created_by: 'test',
        updated_at: now,
        updated_by: 'test',
        deleted_at: deletedAt,
      });
      await database.db
        .insertInto('clients')
        .values([
          row('a001', 'Dupont', '1975-05-12'),
          row('a002', 'Dupont', '1975-05-12'),
          row('a003', 'Dupont', '1975-05-12', now),
          row('a004', 'Favre', '1975-05-12'),
        ])
        .execute();
      // The keys as the blocking-key migration wrote them for these active clients (it ran before they were inserted).
      for (const id of ['a001', 'a002', 'a004']) {
        const lastName = id === 'a004' ? 'Favre' : 'Dupont';
        const keys = blockingKeys(
          matchProfile({ lastName, firstName: 'Jean', email: `${id}@example.ch`, postalCode: `1${id.slice(-3)}`, birthDate: '1975-05-12' }),
        );
        await database.db
          .insertInto('client_match_keys')
          .values(keys.map((key) => ({ key, client_id: id })) as never)
          .execute();
      }
      await migrateToLatest(database.db);
      const { token } = await createToken(database.db, 'test');
      const testApp = await buildTestApp(database);
      try {
        const response = await testApp.request('/api/v1/duplicates', { headers: authHeaders(token) });
        const { items } = DuplicatePairList.parse(response.json());
        expect(items.map((pair) => [pair.clients.map((client) => client.id), pair.reasons])).toEqual([
          [['a001', 'a002'], ['sameNameBirthDate']],
        ]);
      } finally {
        await testApp.close();
      }
    } finally {
      await database.close();
      await testDatabase.drop();
    }
  });
});
