import SqliteDatabase from 'better-sqlite3';
import { Client as PgClient } from 'pg';
import type { ImportRow } from '@/contract/ImportRequest';
import { createValueNormalizer } from '@/domain';
import { clientColumns, formatClientCode, formatClientId, type StoredValues } from '@/server/clients/clientRepository';
import { searchWords } from '@/server/clients/clientSearch';
import { derivedColumns, insertClients, type NewClient } from '@/server/clients/clientVersions';
import type { Dialect } from '@/server/db/DatabaseConfig';
import { migrateToLatest } from '@/server/db/migrateToLatest';
import { openDatabase } from '@/server/db/openDatabase';
import { applyImport } from '@/server/imports/importBatch';
import { createBenchDatabase } from './storeBenchDatabases';
import { elapsedMs } from './storeBenchHttp';

const BATCH = 1000;

export type InsertRatio = {
  bareMs: number;
  bareSameRowsMs: number;
  insertPathMs: number;
  importPathMs: number;
  importPathNoDetectionMs: number;
};

/**
 * The store's write path against a bare prepared INSERT of the same clients rows, each in one
 * transaction on a fresh database: `insertPath` = insertClients (clients, search words and version
 * rows, 1,000 clients per call); `importPath` = importBatch (template engine, matching, codes, then
 * the same writes) in batches of 1,000; `importPathNoDetection` = the same without the duplicate machinery
 * (WriteContext.duplicateDetection false: no match keys, check or pairs); `bare` = one prepared INSERT run per clients row
 * (better-sqlite3, or a named pg statement); `bareSameRows` = the same for every row the store
 * writes (clients, their search words, their versions), i.e. the store's overhead alone.
 */
export async function measureInsertRatio(dialect: Dialect, rows: readonly ImportRow[], postgresUrl?: string): Promise<InsertRatio> {
  const normalize = createValueNormalizer({ homeCountry: 'CH' });
  const clients: NewClient[] = rows.map((row, index) => ({
    id: formatClientId(index + 1),
    values: { ...normalize(row.values).values, code: formatClientCode(index + 1) },
  }));
  return {
    bareMs: await measureBare(dialect, clients, false, postgresUrl),
    bareSameRowsMs: await measureBare(dialect, clients, true, postgresUrl),
    insertPathMs: await measureStore(dialect, postgresUrl, async (context) => {
      for (let start = 0; start < clients.length; start += BATCH) await insertClients(context, clients.slice(start, start + BATCH));
    }),
    importPathMs: await measureImport(dialect, rows, postgresUrl, {}),
    importPathNoDetectionMs: await measureImport(dialect, rows, postgresUrl, { duplicateDetection: false }),
  };
}

function measureImport(
  dialect: Dialect,
  rows: readonly ImportRow[],
  postgresUrl: string | undefined,
  options: Pick<StoreWrite, 'duplicateDetection'>,
): Promise<number> {
  return measureStore(dialect, postgresUrl, async (context) => {
    for (let start = 0; start < rows.length; start += BATCH) {
      await applyImport({ ...context, ...options }, { mode: 'create', rows: rows.slice(start, start + BATCH) }, 'fr');
    }
  });
}

type StoreWrite = Parameters<typeof insertClients>[0];

async function measureStore(
  dialect: Dialect,
  postgresUrl: string | undefined,
  write: (context: StoreWrite) => Promise<void>,
): Promise<number> {
  const bench = await createBenchDatabase(dialect, postgresUrl);
  const database = openDatabase(bench.config);
  try {
    await migrateToLatest(database.db);
    const start = process.hrtime.bigint();
    await database.db
      .transaction()
      .execute((trx) =>
        write({ trx, insertRows: database.insertRows, now: new Date().toISOString(), by: 'bench', batchId: null, homeCountry: 'CH' }),
      );
    return elapsedMs(start);
  } finally {
    await database.close();
    await bench.drop();
  }
}

async function measureBare(dialect: Dialect, clients: readonly NewClient[], allTables: boolean, postgresUrl?: string): Promise<number> {
  const bench = await createBenchDatabase(dialect, postgresUrl);
  const setup = openDatabase(bench.config);
  await migrateToLatest(setup.db);
  await setup.close();
  const now = new Date().toISOString();
  const tables: { table: string; records: Record<string, unknown>[] }[] = [
    { table: 'clients', records: [] },
    { table: 'client_words', records: [] },
    { table: 'client_versions', records: [] },
  ];
  for (const client of clients) {
    const words = searchWords(client.values);
    const derived = derivedColumns(client.values, 'CH', words);
    const record: Record<string, unknown> = {
      id: client.id,
      created_at: now,
      created_by: 'bench',
      updated_at: now,
      updated_by: 'bench',
      version: 1,
      ...derived,
    };
    for (const [key, column] of Object.entries(clientColumns)) record[column] = client.values[key as keyof StoredValues];
    tables[0]?.records.push(record);
    if (!allTables) continue;
    for (const word of words)
      tables[1]?.records.push({
        word,
        last_name_folded: derived.last_name_folded,
        first_name_folded: derived.first_name_folded,
        client_id: client.id,
      });
    tables[2]?.records.push({
      client_id: client.id,
      version: 1,
      change: 'created',
      changed_at: now,
      changed_by: 'bench',
      fields: '[]',
      previous: '{}',
      batch_id: null,
    });
  }
  const statements = tables
    .filter((entry) => entry.records.length > 0)
    .map((entry) => ({ ...entry, columns: Object.keys(entry.records[0] ?? {}) }));
  try {
    if (bench.config.dialect === 'sqlite') {
      const database = new SqliteDatabase(bench.config.file);
      database.pragma('journal_mode = WAL');
      database.pragma('synchronous = NORMAL');
      database.pragma('cache_size = -65536');
      try {
        const prepared = statements.map((entry) => ({
          ...entry,
          insert: database.prepare(
            `insert into ${entry.table} (${entry.columns.join(', ')}) values (${entry.columns.map(() => '?').join(', ')})`,
          ),
        }));
        const start = process.hrtime.bigint();
        database.transaction(() => {
          for (const { insert, records, columns } of prepared) {
            for (const record of records) insert.run(columns.map((column) => record[column] as string | number | null));
          }
        })();
        return elapsedMs(start);
      } finally {
        database.close();
      }
    }
    const client = new PgClient({ connectionString: bench.config.url });
    await client.connect();
    try {
      const start = process.hrtime.bigint();
      await client.query('begin');
      for (const { table, records, columns } of statements) {
        const text = `insert into ${table} (${columns.join(', ')}) values (${columns.map((_, index) => `$${index + 1}`).join(', ')})`;
        for (const record of records) await client.query({ name: `bare_${table}`, text, values: columns.map((column) => record[column]) });
      }
      await client.query('commit');
      return elapsedMs(start);
    } finally {
      await client.end();
    }
  } finally {
    await bench.drop();
  }
}
