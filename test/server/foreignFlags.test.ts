import { Client } from '@/contract/Client';
import { ImportResponse } from '@/contract/ImportResponse';
import { isForeignClient } from '@/domain';
import { refreshForeignFlags } from '@/server/settings/refreshForeignFlags';
import { buildTestApp } from './support/buildTestApp';
import { authHeaders } from './support/authHeaders';
import { makeClientInput } from './support/makeClientInput';
import { dialects, useStoreFixture } from './support/useStoreFixture';

type Stored = { country: string | null; nationality: string | null; practice_country: string | null };

// Every combination the rule distinguishes, with empty texts (never written by the store, possible in old rows).
const countries = [null, '', 'CH', 'FR', 'DE'];
const cases: Stored[] = countries.flatMap((country) =>
  countries.flatMap((nationality) => countries.map((practice_country) => ({ country, nationality, practice_country }))),
);

describe.each(dialects)('foreign flags on %s', (dialect) => {
  const fixture = useStoreFixture(dialect);

  it('stores no nationality or country of practice the client did not give, and flags by the address then', async () => {
    const testApp = await buildTestApp(fixture().database);
    try {
      const response = await testApp.request('/api/v1/clients', {
        method: 'POST',
        headers: authHeaders(fixture().token),
        body: makeClientInput({ lastName: 'Annecy', country: 'France', postalCode: '74000', city: 'Annecy', phone: null }),
      });
      expect(response.statusCode).toBe(201);
      const client = Client.parse(response.json());
      expect(client).toMatchObject({ country: 'FR', nationality: null, practiceCountry: null, foreign: true });
    } finally {
      await testApp.close();
    }
  });

  it('imports rows without nationality or country of practice as null, even with those columns empty, and flags them', async () => {
    const testApp = await buildTestApp(fixture().database);
    try {
      const stamp = Date.now();
      const response = await testApp.request('/api/v1/imports', {
        method: 'POST',
        headers: authHeaders(fixture().token),
        body: {
          rows: [
            { row: 2, values: { lastName: 'Gaillard', firstName: 'Nadia', email: `nadia.${stamp}@example.fr`, country: 'France' } },
            {
              row: 3,
              values: { lastName: 'Favre', firstName: 'Luc', email: `luc.${stamp}@example.ch`, nationality: '', practiceCountry: '' },
            },
          ],
        },
      });
      expect(response.statusCode).toBe(200);
      const ids = ImportResponse.parse(response.json()).results.map((result) => result.id ?? '');
      const read = async (id: string) =>
        Client.parse((await testApp.request(`/api/v1/clients/${id}`, { headers: authHeaders(fixture().token) })).json());
      expect(await read(ids[0] ?? '')).toMatchObject({ country: 'FR', nationality: null, practiceCountry: null, foreign: true });
      expect(await read(ids[1] ?? '')).toMatchObject({ country: 'CH', nationality: null, practiceCountry: null, foreign: false });
    } finally {
      await testApp.close();
    }
  });

  it('gives the SQL refresh the answer of the domain rule, for every combination and home country', async () => {
    const testApp = await buildTestApp(fixture().database);
    const ids: string[] = [];
    try {
      for (const _entry of cases) {
        const response = await testApp.request('/api/v1/clients', {
          method: 'POST',
          headers: authHeaders(fixture().token),
          body: makeClientInput({ lastName: 'Combinaison' }),
        });
        ids.push(Client.parse(response.json()).id);
      }
    } finally {
      await testApp.close();
    }
    const { db } = fixture().database;
    for (const [index, entry] of cases.entries())
      await db
        .updateTable('clients')
        .set(entry)
        .where('id', '=', ids[index] ?? '')
        .execute();
    for (const home of ['CH', 'FR', 'de']) {
      await db.transaction().execute((trx) => refreshForeignFlags(trx, home));
      const rows = await db.selectFrom('clients').select(['id', 'is_foreign']).where('id', 'in', ids).execute();
      const flags = new Map(rows.map((row) => [row.id, Number(row.is_foreign) === 1]));
      const expected = cases.map((entry) =>
        isForeignClient({ country: entry.country, nationality: entry.nationality, practiceCountry: entry.practice_country }, home),
      );
      expect(ids.map((id) => flags.get(id))).toEqual(expected);
      expect(expected).toContain(true);
      expect(expected).toContain(false);
    }
  });
});
