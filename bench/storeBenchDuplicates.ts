import http from 'node:http';
import type { Dialect } from '@/server/db/DatabaseConfig';
import { createBenchDatabase } from './storeBenchDatabases';
import { importBenchRows, type BenchImport } from './storeBenchImport';
import { startBenchStoreProcess } from './storeBenchServer';

const IMPORT_ROWS = 100_000;
const BATCH = 1000;

/**
 * The duplicate check's cost (DESIGN.md §5: at most 20 % of the import's throughput), on SQLite and, when DATABASE_URL
 * is set, on PostgreSQL: the same 100,000 rows (distinct people) imported over HTTP in batches of 1,000 into two fresh
 * stores, each in its own process: `check`, the real path (every row that creates a client is looked up in the
 * blocking-key index: its keys locked on PostgreSQL, read with those of its batch, candidates matched); `noCheck`, the
 * batches sent with `onDuplicate: "create"`, which skips the lookups and the locks (the index is still written: its
 * upkeep is in both figures, and in the insert-path ratio of the store bench). `loss` = 1 − check rate / noCheck rate.
 */
export async function benchDuplicateCheck(): Promise<string[]> {
  const databaseUrl = process.env.DATABASE_URL;
  const dialects: Dialect[] = ['sqlite'];
  if (databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl)) dialects.push('postgres');
  const lines: string[] = [];
  for (const dialect of dialects) {
    // Without the check first, then with it: a warm machine favours the second run, not the check's.
    const noCheck = await importInFreshStore(dialect, databaseUrl, { onDuplicate: 'create' });
    const check = await importInFreshStore(dialect, databaseUrl, {});
    const rate = (run: BenchImport) => IMPORT_ROWS / (run.ms / 1000);
    lines.push(
      `store.duplicates.import100k.${dialect}.noCheck.rate ${Math.round(rate(noCheck))} rows/s`,
      `store.duplicates.import100k.${dialect}.check.rate ${Math.round(rate(check))} rows/s`,
      `store.duplicates.import100k.${dialect}.check.duplicatesFound ${check.counts.duplicate} rows`,
      `store.duplicates.import100k.${dialect}.loss ${((1 - rate(check) / rate(noCheck)) * 100).toFixed(1)} %`,
    );
  }
  return lines;
}

async function importInFreshStore(dialect: Dialect, postgresUrl: string | undefined, extra: Record<string, unknown>): Promise<BenchImport> {
  const bench = await createBenchDatabase(dialect, postgresUrl);
  try {
    const store = await startBenchStoreProcess(bench.config);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      return await importBenchRows(agent, store, { count: IMPORT_ROWS, batch: BATCH, extra, keyPrefix: 'dup' });
    } finally {
      agent.destroy();
      await store.stop();
    }
  } finally {
    await bench.drop();
  }
}
