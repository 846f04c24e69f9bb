import { matchKeyNumber } from '@/domain';
import { Client } from '@/contract/Client';
import { PossibleDuplicate } from '@/contract/Conflict';
import { ClientCandidates } from '@/contract/DuplicateCandidate';
import { ImportResponse } from '@/contract/ImportResponse';
import type { RowResult } from '@/contract/RowResult';
import { createMigrator } from '@/server/db/createMigrator';
import { migrateToLatest } from '@/server/db/migrateToLatest';
import { openDatabase } from '@/server/db/openDatabase';
import { migrations } from '@/server/migrations/migrations';
import { createToken } from '@/server/tokens';
import { authHeaders } from './support/authHeaders';
import { buildTestApp } from './support/buildTestApp';
import { createTestDatabase } from './support/createTestDatabase';
import { dialects } from './support/useStoreFixture';
import { useTestApp } from './support/useTestApp';

// Real databases and concurrent imports: bounded by their work, not by jest's 30 s default.
jest.setTimeout(120_000);

let unique = 0;
/** Letters only (names), different in every test of the run: no test finds another's clients. */
const tagged = () => {
  unique += 1;
  return `${'abcdefghijklmnopqrstuvwxyz'[unique % 26]}${String.fromCharCode(97 + ((Date.now() / 1000) % 26))}${'xyzw'[unique % 4]}${unique
    .toString(26)
    .replace(/\d/g, (digit) => 'klmnopqrst'[Number(digit)] ?? 'k')}`;
};
/** A Swiss phone number of its own. */
const phone = () => `022 ${String(100 + (unique % 900))} ${String((unique += 1) % 10_000).padStart(4, '0')}`;
/** A valid Swiss UID of its own (check digit of the eight digits, weights 5 4 3 2 7 6 5 4). */
function newUid(): string {
  for (;;) {
    unique += 1;
    const digits = String(10_000_000 + ((unique * 7919) % 89_999_999))
      .split('')
      .map(Number);
    const sum = digits.reduce((total, digit, index) => total + digit * ([5, 4, 3, 2, 7, 6, 5, 4][index] ?? 0), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check === 10) continue;
    const text = `${digits.join('')}${check}`;
    return `CHE-${text.slice(0, 3)}.${text.slice(3, 6)}.${text.slice(6)}`;
  }
}

describe.each(dialects)('probable duplicates on %s', (dialect) => {
  const { app, headers } = useTestApp(dialect);
  const runImport = async (body: unknown, extra: Record<string, string> = {}) => {
    const response = await app().request('/api/v1/imports', { method: 'POST', headers: headers(extra), body });
    expect(response.statusCode).toBe(200);
    return ImportResponse.parse(response.json());
  };
  const importOne = async (values: Record<string, unknown>, options: Record<string, unknown> = {}): Promise<RowResult> => {
    const [result] = (await runImport({ rows: [{ row: 2, values }], ...options })).results;
    if (result === undefined) throw new Error('no result');
    return result;
  };
  const seed = async (values: Record<string, unknown>, options: Record<string, unknown> = {}) => {
    const result = await importOne(values, options);
    expect(result.status).toBe('created');
    if (result.status !== 'created') throw new Error('not created');
    return result;
  };
  const candidatesOf = (result: RowResult) => (result.status === 'duplicate' ? result.candidates : []);
  const person = (extra: Record<string, unknown> = {}) => {
    const tag = tagged();
    return { lastName: `Dupont${tag}`, firstName: 'Jean', email: `${tag}@example.ch`, ...extra };
  };

  describe('at import, each rule finds its candidate', () => {
    it.each([
      ['samePhone', (p: Record<string, unknown>) => ({ phone: p.phone }), { phone: true }],
      ['sameUid', (p: Record<string, unknown>) => ({ vatNumber: p.vatNumber }), { uid: true }],
      ['sameNameBirthDate', (p: Record<string, unknown>) => ({ lastName: p.lastName, firstName: 'J.', birthDate: '12.05.1975' }), {}],
      ['sameNamePostalCode', (p: Record<string, unknown>) => ({ lastName: p.firstName, firstName: p.lastName, postalCode: '1204' }), {}],
      [
        'sameEmailName',
        (p: Record<string, unknown>) => ({ lastName: p.lastName, firstName: p.firstName, email: `${String(p.local)}@gmail.com` }),
        {},
      ],
      [
        'nearNameBirthDate',
        (p: Record<string, unknown>) => ({ lastName: `${String(p.lastName)}e`, firstName: 'Jean', birthDate: '12.05.1975' }),
        {},
      ],
    ] as const)('%s', async (reason, twinOf, extra) => {
      const tag = tagged();
      const stored = {
        lastName: `Dupont${tag}`,
        firstName: 'Jean',
        email: `${tag}.local@bluewin.ch`,
        postalCode: '1204',
        birthDate: '12.05.1975',
        ...('phone' in extra ? { phone: phone() } : {}),
        ...('uid' in extra ? { vatNumber: newUid() } : {}),
      };
      const existing = await seed(stored);
      const other = tagged();
      // The twin: another e-mail, another name where the rule does not read it, and only the signal the rule reads.
      const twin = {
        lastName: `Autre${other}`,
        firstName: 'Paul',
        email: `${other}@example.org`,
        ...twinOf({ ...stored, local: `${tag}.local` }),
      };
      const result = await importOne(twin);
      expect(result).toMatchObject({
        status: 'duplicate',
        id: null,
        code: null,
        errors: [{ path: 'lastName', code: 'duplicate.probable' }],
      });
      const [candidate] = candidatesOf(result);
      expect(candidate).toMatchObject({ id: existing.id, code: existing.code, lastName: stored.lastName, firstName: 'Jean' });
      expect(candidate?.reasons).toContain(reason);
      expect(candidate?.score).toBeGreaterThan(0);
      expect(candidate?.description.length).toBeGreaterThan(0);
      expect((await runImport({ rows: [{ row: 2, values: { email: twin.email } }], mode: 'update' })).results[0]?.status).toBe('failed');
    });

    it('never on the name alone: the same name with another birth date, postal code, phone and e-mail is created', async () => {
      const stored = person({ postalCode: '1204', birthDate: '12.05.1975', phone: phone() });
      await seed(stored);
      const result = await importOne({
        ...stored,
        email: `${tagged()}@example.org`,
        postalCode: '2000',
        birthDate: '01.01.1980',
        phone: phone(),
      });
      expect(result.status).toBe('created');
    });
  });

  it('recognises the issue’s example: Jean Dupont beside DUPONT Jean, 1204, 12.05.1975, another e-mail; best score first', async () => {
    const existing = await seed({
      lastName: 'DUPONT',
      firstName: 'Jean',
      postalCode: '1204',
      birthDate: '12.05.1975',
      email: 'j.dupont@bluewin.ch',
    });
    const weaker = await seed(
      {
        lastName: 'Dupont',
        firstName: 'Jean',
        postalCode: '1204',
        birthDate: '01.02.1960',
        email: `${tagged()}@example.ch`,
      },
      { onDuplicate: 'create' },
    );
    const result = await importOne({
      lastName: 'Dupont',
      firstName: 'Jean',
      postalCode: '1204',
      city: 'Genève',
      birthDate: '12.05.1975',
      email: 'jean.dupont@gmail.com',
    });
    expect(result.status).toBe('duplicate');
    const candidates = candidatesOf(result);
    expect(candidates.map((candidate) => candidate.id)).toEqual([existing.id, weaker.id]);
    expect(candidates[0]).toMatchObject({
      code: existing.code,
      lastName: 'DUPONT',
      reasons: ['sameNameBirthDate', 'sameNamePostalCode'],
      description: 'même nom et même date de naissance, même nom et même NPA',
    });
    expect(candidates[1]?.reasons).toEqual(['sameNamePostalCode']);
    expect((candidates[0]?.score ?? 0) > (candidates[1]?.score ?? 1)).toBe(true);
  });

  it('a sheet of 1,000 rows of which 100 are stored clients under other e-mails: creates the 900, none of the 100, each listed with its client', async () => {
    // Names and e-mails of their own for 1,100 people (letters only: a name takes no digits).
    const run = tagged();
    const word = (index: number) =>
      index
        .toString(26)
        .split('')
        .map((digit) => String.fromCharCode(97 + parseInt(digit, 26)))
        .join('');
    const birthDate = (index: number) =>
      `${String(1 + (index % 28)).padStart(2, '0')}.${String(1 + (index % 12)).padStart(2, '0')}.${1950 + (index % 50)}`;
    const stored = Array.from({ length: 100 }, (_, index) => ({
      lastName: `Favre${run}${word(index)}`,
      firstName: ['Jean', 'Anne', 'Élodie', 'Marc'][index % 4] ?? 'Jean',
      postalCode: '1204',
      birthDate: birthDate(index),
      email: `${run}.${index}@bluewin.ch`,
    }));
    const seeded = await runImport({ rows: stored.map((values, index) => ({ row: index + 2, values })) });
    expect(seeded.counts.created).toBe(100);
    const storedIds = seeded.results.map((result) => result.id);
    // The same people as typed in another sheet: capitals, the names the other way round, an initial, a letter off.
    const twin = (values: (typeof stored)[number], index: number): Record<string, unknown> => {
      const email = `${run}.twin.${index}@gmail.com`;
      switch (index % 4) {
        case 0:
          return { lastName: values.lastName.toUpperCase(), firstName: values.firstName, birthDate: values.birthDate, email };
        case 1:
          return { lastName: values.firstName, firstName: values.lastName, postalCode: '1204', email };
        case 2:
          return { lastName: values.lastName, firstName: `${values.firstName[0] ?? ''}.`, postalCode: '1204', email };
        default:
          return { lastName: `${values.lastName}e`, firstName: values.firstName, birthDate: values.birthDate, email };
      }
    };
    const rows = Array.from({ length: 1000 }, (_, index) => {
      const values =
        index % 10 === 0
          ? twin(stored[index / 10] as (typeof stored)[number], index / 10)
          : {
              lastName: `Rochat${run}${word(index)}`,
              firstName: 'Jean',
              postalCode: '1204',
              birthDate: birthDate(index),
              email: `${run}.${index}@gmail.com`,
            };
      return { row: index + 2, values };
    });
    const response = await runImport({ rows });
    expect(response.counts).toMatchObject({ created: 900, duplicate: 100, failed: 0 });
    for (const [index, result] of response.results.entries()) {
      if (index % 10 !== 0) {
        expect(result.status).toBe('created');
        continue;
      }
      expect({ row: result.row, status: result.status }).toEqual({ row: index + 2, status: 'duplicate' });
      expect(candidatesOf(result)[0]?.id).toBe(storedIds[index / 10]);
    }
  });

  it('counts rows of the same batch: the second row of one new person is a duplicate of the first’s new client', async () => {
    const newPerson = person({ birthDate: '03.03.1990' });
    const response = await runImport({
      rows: [
        { row: 5, values: newPerson },
        { row: 7, values: person() },
        { row: 9, values: { ...newPerson, email: `${tagged()}@example.org` } },
      ],
    });
    const [first, , second] = response.results;
    expect(first?.status).toBe('created');
    expect(second).toMatchObject({ row: 9, status: 'duplicate' });
    expect(candidatesOf(second as RowResult)).toEqual([
      expect.objectContaining({ id: first?.id, code: first?.code, lastName: newPerson.lastName, reasons: ['sameNameBirthDate'] }),
    ]);
    expect(response.counts).toMatchObject({ created: 2, duplicate: 1, failed: 0 });
  });

  it('creates the twin all the same with the batch’s onDuplicate "create" or the row’s createAnyway', async () => {
    const stored = person({ phone: phone() });
    await seed(stored);
    const byBatch = await importOne({ ...stored, email: `${tagged()}@example.org` }, { onDuplicate: 'create' });
    expect(byBatch.status).toBe('created');
    const [anyway, reported] = (
      await runImport({
        rows: [
          { row: 2, createAnyway: true, values: { ...stored, email: `${tagged()}@example.org` } },
          { row: 3, values: { ...stored, email: `${tagged()}@example.org` } },
        ],
      })
    ).results;
    expect(anyway?.status).toBe('created');
    expect(reported?.status).toBe('duplicate');
    expect(candidatesOf(reported as RowResult)).toHaveLength(3);
  });

  it('still updates the client an existing code or e-mail names, twin or not', async () => {
    const stored = person({ phone: phone() });
    const existing = await seed(stored);
    await seed({ ...stored, email: `${tagged()}@example.org` }).catch(() => undefined);
    expect((await importOne({ ...stored, city: 'Sion' })).status).toBe('updated');
    expect(
      await importOne({ code: existing.code, lastName: stored.lastName, firstName: 'Jean', email: stored.email, city: 'Nyon' }),
    ).toMatchObject({
      status: 'updated',
      id: existing.id,
    });
  });

  it('POST /clients answers 409 client.possibleDuplicate with the candidates, in the reader’s language; allowDuplicate creates', async () => {
    const stored = person({ birthDate: '04.04.1984' });
    const existing = await seed(stored);
    const twin = { ...stored, email: `${tagged()}@example.org` };
    const refused = await app().request('/api/v1/clients', { method: 'POST', headers: headers(), body: twin });
    expect(refused.statusCode).toBe(409);
    const body = PossibleDuplicate.parse(refused.json());
    expect(body.error.code).toBe('client.possibleDuplicate');
    expect(body.error.message).toContain('existe peut-être déjà');
    expect(body.candidates).toEqual([expect.objectContaining({ id: existing.id, reasons: ['sameNameBirthDate'] })]);
    const english = await app().request('/api/v1/clients', { method: 'POST', headers: headers({ 'accept-language': 'en' }), body: twin });
    expect(PossibleDuplicate.parse(english.json())).toMatchObject({
      error: { message: expect.stringContaining('may already exist') },
      candidates: [{ description: 'same name and same date of birth' }],
    });
    const created = await app().request('/api/v1/clients', { method: 'POST', headers: headers(), body: { ...twin, allowDuplicate: true } });
    expect(created.statusCode).toBe(201);
    expect(Client.parse(created.json())).toMatchObject({ lastName: stored.lastName, email: twin.email });
    const wrongType = await app().request('/api/v1/clients', {
      method: 'POST',
      headers: headers(),
      body: { ...twin, allowDuplicate: 'yes' },
    });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.fields).toEqual([expect.objectContaining({ path: 'allowDuplicate' })]);
  });

  it('POST /clients/candidates finds the candidates of values being typed, and leaves out a value not yet readable', async () => {
    const number = phone();
    const existing = await seed(person({ phone: number }));
    const ask = async (body: Record<string, unknown>) => {
      const response = await app().request('/api/v1/clients/candidates', { method: 'POST', headers: headers(), body });
      expect(response.statusCode).toBe(200);
      return ClientCandidates.parse(response.json()).candidates;
    };
    expect(await ask({ phone: number })).toEqual([expect.objectContaining({ id: existing.id, reasons: ['samePhone'] })]);
    expect(await ask({ phone: number.slice(0, 7) })).toEqual([]);
    expect(await ask({ lastName: 'Dupont' })).toEqual([]);
    expect(await ask({})).toEqual([]);
    const unknownKey = await app().request('/api/v1/clients/candidates', { method: 'POST', headers: headers(), body: { colour: 'red' } });
    expect(unknownKey.statusCode).toBe(400);
  });

  it('deleted clients are no candidates; restored, they are again; updated, their keys follow their new values', async () => {
    const oldPhone = phone();
    const newPhone = phone();
    const existing = await seed(person({ phone: oldPhone }));
    const twinWith = (number: string) => importOne(person({ phone: number }));
    const deleted = await app().request(`/api/v1/clients/${existing.id}`, { method: 'DELETE', headers: headers() });
    expect(deleted.statusCode).toBe(200);
    const whileDeleted = await importOne(person({ phone: oldPhone }), { mode: 'create' });
    expect(whileDeleted.status).toBe('created');
    // That new client holds the phone now: delete it too, then restore the first one.
    await app().request(`/api/v1/clients/${whileDeleted.id ?? ''}`, { method: 'DELETE', headers: headers() });
    const restored = Client.parse(
      (await app().request(`/api/v1/clients/${existing.id}/restore`, { method: 'POST', headers: headers() })).json(),
    );
    expect(candidatesOf(await twinWith(oldPhone)).map((candidate) => candidate.id)).toEqual([existing.id]);
    const patched = await app().request(`/api/v1/clients/${existing.id}`, {
      method: 'PATCH',
      headers: headers({ 'if-match': `"${restored.version}"` }),
      body: { phone: newPhone },
    });
    expect(patched.statusCode).toBe(200);
    expect((await twinWith(oldPhone)).status).toBe('created');
    expect(candidatesOf(await twinWith(newPhone)).map((candidate) => candidate.id)).toEqual([existing.id]);
  });

  it('a reverted import takes its clients’ keys away', async () => {
    const number = phone();
    const response = await runImport({ rows: [{ row: 2, values: person({ phone: number }) }] });
    const reverted = await app().request(`/api/v1/imports/${response.batchId}/revert`, { method: 'POST', headers: headers() });
    expect(reverted.statusCode).toBe(200);
    expect((await importOne(person({ phone: number }))).status).toBe('created');
  });

  it('two concurrent imports that would each create the same person: one creates it, the other answers duplicate', async () => {
    for (const round of [1, 2, 3]) {
      const twin = person({ birthDate: '05.06.1977', phone: phone() });
      const bodies = [0, 1].map((side) => ({
        rows: [
          ...Array.from({ length: 20 }, (_, index) => ({ row: index + 2, values: person() })),
          { row: 30, values: { ...twin, email: `${round}-${side}-${tagged()}@example.org` } },
        ],
      }));
      const responses = await Promise.all(bodies.map((body) => runImport(body)));
      const statuses = responses.map((response) => response.results[20]?.status).sort();
      expect(statuses).toEqual(['created', 'duplicate']);
      for (const response of responses) expect(response.counts.created).toBeGreaterThanOrEqual(20);
    }
  });
});

describe.each(dialects)('the blocking-key migration on %s', (dialect) => {
  it('writes the keys of the clients already stored (active ones only), so they are candidates at once, and rebuilds keys of older rules', async () => {
    const testDatabase = await createTestDatabase(dialect);
    const database = openDatabase(testDatabase.config);
    try {
      const names = Object.keys(migrations);
      const before = names[names.indexOf('20261210090000_create_client_match_keys') - 1] ?? '';
      expect((await createMigrator(database.db).migrateTo(before)).error).toBeUndefined();
      const now = '2026-12-01T10:00:00.000Z';
      const row = (id: string, deletedAt: string | null, phoneNumber: string) => ({
        id,
        code: `CL-${id}`,
        last_name: 'Dupont',
        first_name: 'Jean',
        email: `${id}@example.ch`,
        phone: phoneNumber,
        postal_code: '1204',
        birth_date: '1975-05-12',
        created_at: now,
        created_by: 'test',
        updated_at: now,
        updated_by: 'test',
        deleted_at: deletedAt,
      });
      await database.db
        .insertInto('clients')
        .values([row('a1', null, '+41223104567'), row('a2', now, '+41223109999')])
        .execute();
      expect((await createMigrator(database.db).migrateTo('20261210090000_create_client_match_keys')).error).toBeUndefined();
      // Keys an earlier version of the rules wrote (a birth date alone, an e-mail local part alone): rebuilt by the next migration.
      await database.db
        .insertInto('client_match_keys')
        .values([
          { key: 'd:1975-05-12', client_id: 'a1' },
          { key: 'e:a1', client_id: 'a1' },
          { key: 'n:jean|d|1204', client_id: 'a1' },
        ] as never)
        .execute();
      await migrateToLatest(database.db);
      // Stored as their numbers (migration 20261220090000).
      const keys = await database.db.selectFrom('client_match_keys').selectAll().execute();
      expect(keys.map((row) => ({ key: Number(row.key), client_id: row.client_id })).sort((a, b) => a.key - b.key)).toEqual(
        ['d:1975-05-12|d', 'd:1975-05-12|j', 'e:a1|dj', 'g:jean|d|1204', 'n:dupont|j|1204', 't:+41223104567']
          .map((key) => ({ key: matchKeyNumber(key), client_id: 'a1' }))
          .sort((a, b) => a.key - b.key),
      );
      const { token } = await createToken(database.db, 'test');
      const testApp = await buildTestApp(database);
      try {
        const response = await testApp.request('/api/v1/clients/candidates', {
          method: 'POST',
          headers: authHeaders(token),
          body: { phone: '022 310 45 67' },
        });
        expect(ClientCandidates.parse(response.json()).candidates).toEqual([expect.objectContaining({ id: 'a1', reasons: ['samePhone'] })]);
        const deletedPhone = await testApp.request('/api/v1/clients/candidates', {
          method: 'POST',
          headers: authHeaders(token),
          body: { phone: '022 310 99 99' },
        });
        expect(ClientCandidates.parse(deletedPhone.json()).candidates).toEqual([]);
      } finally {
        await testApp.close();
      }
    } finally {
      await database.close();
      await testDatabase.drop();
    }
  });
});
