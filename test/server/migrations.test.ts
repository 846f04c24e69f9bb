import { sql } from 'kysely';
import { isUniqueViolation } from '@/server/db/isUniqueViolation';
import { migrateToLatest } from '@/server/db/migrateToLatest';
import { migrateToNone } from '@/server/db/migrateToNone';
import { openDatabase, type StoreDatabase } from '@/server/db/openDatabase';
import type { NewClientRow } from '@/server/db/schema';
import { migrations } from '@/server/migrations/migrations';
import { createTestDatabase, type TestDatabase } from './support/createTestDatabase';
import { dialects } from './support/useStoreFixture';

const names = Object.keys(migrations);
const now = '2026-11-27T18:00:00.000Z';

function makeClientRow(overrides: Partial<NewClientRow> = {}): NewClientRow {
  const id = overrides.id ?? `id-${Math.random().toString(36).slice(2)}`;
  return {
    id,
    code: `CL-${id}`,
    title: 'Mme',
    last_name: 'Müller',
    first_name: 'Zoé',
    company: null,
    vat_number: null,
    email: `${id}@example.ch`,
    phone: '+41221234567',
    mobile: null,
    address: null,
    postal_code: '1201',
    city: 'Genève',
    country: 'CH',
    nationality: 'CH',
    practice_country: 'CH',
    language: 'fr',
    birth_date: '1980-02-29',
    notes: null,
    created_at: now,
    created_by: 'test',
    updated_at: now,
    updated_by: 'test',
    deleted_at: null,
    ...overrides,
  };
}

async function insertError(database: StoreDatabase, row: NewClientRow): Promise<unknown> {
  return database.db
    .insertInto('clients')
    .values(row)
    .execute()
    .then(
      () => null,
      (error: unknown) => error,
    );
}

describe.each(dialects)('migrations on %s', (dialect) => {
  let testDatabase: TestDatabase;
  let database: StoreDatabase;
  beforeAll(async () => {
    testDatabase = await createTestDatabase(dialect);
    database = openDatabase(testDatabase.config);
  });
  afterAll(async () => {
    await database.close();
    await testDatabase.drop();
  });

  it('apply in name order on an empty database, then have nothing left to do', async () => {
    expect(names).toEqual([...names].sort());
    expect(await migrateToLatest(database.db)).toEqual(names);
    expect(await migrateToLatest(database.db)).toEqual([]);
  });

  it('create the clients table with every template column and the store defaults', async () => {
    await database.db
      .insertInto('clients')
      .values(makeClientRow({ id: 'c1' }))
      .execute();
    const row = await database.db.selectFrom('clients').selectAll().where('id', '=', 'c1').executeTakeFirstOrThrow();

    expect(row).toMatchObject({ last_name: 'Müller', first_name: 'Zoé', city: 'Genève', birth_date: '1980-02-29' });
    expect(row).toMatchObject({ version: 1, is_foreign: 0, last_name_folded: '', search_text: '', deleted_at: null });
  });

  it('keep codes unique and emails unique case-insensitively among active clients', async () => {
    await database.db
      .insertInto('clients')
      .values(makeClientRow({ id: 'c2', email: 'Anna.Rossi@Example.ch' }))
      .execute();

    expect(isUniqueViolation(await insertError(database, makeClientRow({ id: 'c3', email: 'anna.rossi@example.CH' })))).toBe(true);
    expect(isUniqueViolation(await insertError(database, makeClientRow({ id: 'c4', code: 'CL-c2' })))).toBe(true);

    await database.db.updateTable('clients').set({ deleted_at: now }).where('id', '=', 'c2').execute();
    expect(await insertError(database, makeClientRow({ id: 'c5', email: 'anna.rossi@example.ch' }))).toBeNull();
  });

  it('seed the home country CH', async () => {
    const rows = await database.db.selectFrom('settings').selectAll().execute();
    expect(rows).toEqual([{ key: 'home_country', value: 'CH' }]);
  });

  it('revert newest first down to an empty schema, and apply again', async () => {
    expect(await migrateToNone(database.db)).toEqual([...names].reverse());
    await expect(sql`select count(*) from clients`.execute(database.db)).rejects.toBeDefined();
    await expect(sql`select count(*) from api_tokens`.execute(database.db)).rejects.toBeDefined();

    expect(await migrateToLatest(database.db)).toEqual(names);
    const count = await database.db
      .selectFrom('clients')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });
});
