import { sql } from 'kysely';
import { blockingKeys, matchKeyNumber, matchProfile } from '@/domain';
import { createMigrator } from '@/server/db/createMigrator';
import { migrateToLatest, namesOrThrow } from '@/server/db/migrateToLatest';
import { applyImport } from '@/server/imports/importBatch';
import { openDatabase, type StoreDatabase } from '@/server/db/openDatabase';
import { findMergedAwayEmails } from '@/server/clients/clientRepository';
import { createTestDatabase, type TestDatabase } from './support/createTestDatabase';
import { dialects } from './support/useStoreFixture';

const BEFORE = '20261215090000_create_client_merges';
const MIGRATION = '20261220090000_faster_duplicate_lookups';
const now = '2026-12-20T09:00:00.000Z';

function clientRow(id: string, email: string, deleted: { at: string; into: string | null } | null) {
  return {
    id,
    code: `CL-${id}`,
    last_name: 'Rossi',
    first_name: 'Anna',
    email,
    country: 'CH',
    created_at: now,
    created_by: 'test',
    updated_at: now,
    updated_by: 'test',
    deleted_at: deleted?.at ?? null,
    merged_into: deleted?.into ?? null,
    version: 1,
    is_foreign: 0,
    last_name_folded: 'rossi',
    first_name_folded: 'anna',
    search_text: 'rossi anna',
  };
}

describe.each(dialects)('migration %s on %s', (dialect) => {
  let testDatabase: TestDatabase;
  let database: StoreDatabase;
  const keys = [
    { key: 'd:1975-05-12|r', client_id: 'a1' },
    { key: 'n:rossi|a|1204', client_id: 'a1' },
    { key: 't:+41223104567', client_id: 'a1' },
    { key: 't:+41223104567', client_id: 'b2' },
  ];
  const storedKeys = async () =>
    (await database.db.selectFrom('client_match_keys').select(['key', 'client_id']).orderBy('key').orderBy('client_id').execute()).map(
      (row) => ({ key: typeof row.key === 'string' && !/^\d+$/.test(row.key) ? row.key : Number(row.key), client_id: row.client_id }),
    );
  const asNumbers = (rows: typeof keys) =>
    rows
      .map((row) => ({ key: matchKeyNumber(row.key), client_id: row.client_id }))
      .sort((a, b) => a.key - b.key || a.client_id.localeCompare(b.client_id));

  beforeAll(async () => {
    testDatabase = await createTestDatabase(dialect);
    database = openDatabase(testDatabase.config);
    namesOrThrow(await createMigrator(database.db).migrateTo(BEFORE));
    await database.db
      .insertInto('clients')
      .values([
        clientRow('a1', 'anna.rossi@example.ch', null),
        clientRow('b2', 'A.Rossi@Bluewin.ch', { at: now, into: 'a1' }),
        clientRow('c3', 'old@example.ch', { at: now, into: null }),
      ])
      .execute();
    // Text keys, as the table held them before the migration.
    await database.db
      .insertInto('client_match_keys')
      .values(keys as never)
      .execute();
  });
  afterAll(async () => {
    await database.close();
    await testDatabase.drop();
  });

  it('keeps every match key as its number, refuses a key twice, and answers the merged-away e-mails as before', async () => {
    expect(namesOrThrow(await createMigrator(database.db).migrateTo(MIGRATION))).toEqual([MIGRATION]);

    expect(await storedKeys()).toEqual(asNumbers(keys));
    const [first] = asNumbers(keys);
    await expect(database.db.insertInto('client_match_keys').values(first!).execute()).rejects.toBeDefined();
    // Case ignored; a deleted client that was not merged, or an e-mail no one had, is no survivor.
    expect(await findMergedAwayEmails(database.db, ['a.rossi@bluewin.ch', 'old@example.ch', 'nobody@example.ch'])).toEqual(
      new Map([['a.rossi@bluewin.ch', 'a1']]),
    );
  });

  it('reads the merged-away e-mails through their own index, and files keys in one b-tree on SQLite', async () => {
    if (dialect === 'sqlite') {
      const plan = await sql<{ detail: string }>`explain query plan select email, merged_into from clients
        where lower(email) in ('a.rossi@bluewin.ch') and merged_into is not null`.execute(database.db);
      expect(plan.rows.map((row) => row.detail).join(' ')).toContain('clients_merged_email');
      const table = await sql<{ sql: string }>`select sql from sqlite_master where name = 'client_match_keys'`.execute(database.db);
      expect(table.rows[0]?.sql.toLowerCase()).toContain('without rowid');
    } else {
      const index = await sql<{ indexdef: string }>`select indexdef from pg_indexes where indexname = 'clients_merged_email'`.execute(
        database.db,
      );
      expect(index.rows[0]?.indexdef).toMatch(/lower\(email\).*merged_into IS NOT NULL/);
    }
  });

  it('goes back to text keys derived again from the active clients, and without the index', async () => {
    expect(namesOrThrow(await createMigrator(database.db).migrateTo(BEFORE))).toEqual([MIGRATION]);

    // a1 is the only active client: its keys under the rules (no phone, birth date nor postal code stored for it).
    expect(await storedKeys()).toEqual(
      blockingKeys(matchProfile({ lastName: 'Rossi', firstName: 'Anna', email: 'anna.rossi@example.ch' })).map((key) => ({
        key,
        client_id: 'a1',
      })),
    );
    if (dialect === 'sqlite') {
      const table = await sql<{ sql: string }>`select sql from sqlite_master where name = 'client_match_keys'`.execute(database.db);
      expect(table.rows[0]?.sql.toLowerCase()).not.toContain('without rowid');
      const index = await sql`select name from sqlite_master where name = 'clients_merged_email'`.execute(database.db);
      expect(index.rows).toEqual([]);
    } else {
      const index = await sql`select indexname from pg_indexes where indexname = 'clients_merged_email'`.execute(database.db);
      expect(index.rows).toEqual([]);
    }
  });
});

describe.each(dialects)('the bench anchor (duplicateDetection false) on %s', (dialect) => {
  let testDatabase: TestDatabase;
  let database: StoreDatabase;
  beforeAll(async () => {
    testDatabase = await createTestDatabase(dialect);
    database = openDatabase(testDatabase.config);
    await migrateToLatest(database.db);
  });
  afterAll(async () => {
    await database.close();
    await testDatabase.drop();
  });
  const row = (row: number, email: string) => ({
    row,
    values: { lastName: 'Dupont', firstName: 'Jean', email, postalCode: '1204', city: 'Genève', birthDate: '12.05.1975' },
  });
  const importRows = (rows: ReturnType<typeof row>[], options: { duplicateDetection?: false }) =>
    database.db
      .transaction()
      .execute((trx) =>
        applyImport(
          { trx, insertRows: database.insertRows, now, by: 'test', batchId: null, homeCountry: 'CH', ...options },
          { mode: 'upsert', rows },
          'fr',
        ),
      );
  const count = async (table: 'client_match_keys' | 'duplicate_pairs') =>
    Number(
      (
        await database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('writes the same clients without keys, check or pairs, where the real path refuses the twin', async () => {
    const anchor = await importRows([row(2, 'jean.dupont@gmail.com'), row(3, 'j.dupont@bluewin.ch')], { duplicateDetection: false });
    expect(anchor.results.map((result) => result.status)).toEqual(['created', 'created']);
    expect([await count('client_match_keys'), await count('duplicate_pairs')]).toEqual([0, 0]);

    const real = await importRows([row(4, 'jean.dupont@hotmail.com')], {});
    expect(real.results.map((result) => result.status)).toEqual(['created']);
    expect(await count('client_match_keys')).toBeGreaterThan(0);
    const twin = await importRows([row(5, 'dupont.jean@sunrise.ch')], {});
    expect(twin.results.map((result) => result.status)).toEqual(['duplicate']);
  });
});
