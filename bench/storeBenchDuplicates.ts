import http from 'node:http';
import type { Dialect } from '@/server/db/DatabaseConfig';
import { createBenchDatabase } from './storeBenchDatabases';
import { benchRequest, elapsedMs, percentiles } from './storeBenchHttp';
import { importBenchRows, type BenchImport } from './storeBenchImport';
import { startBenchStoreProcess, type BenchStoreProcess } from './storeBenchServer';

const IMPORT_ROWS = 100_000;
const BATCH = 1000;
const PAGE_READS = 30;

/**
 * The duplicate check's cost (DESIGN.md §5: at most 20 % of the import's throughput), on SQLite and, when DATABASE_URL
 * is set, on PostgreSQL: the same 100,000 rows (distinct people) imported over HTTP in batches of 1,000 into two fresh
 * stores, each in its own process: `check`, the real path (every row that creates a client is looked up in the
 * blocking-key index: its keys locked on PostgreSQL, read with those of its batch, candidates matched); `noCheck`, the
 * batches sent with `onDuplicate: "create"`, which skips the check and the locks. Since the list of duplicates already
 * in the base (duplicate_pairs), a client created without the check has its pairs looked up instead (the same index
 * lookups), while a checked client that has no candidate needs none: `loss` = 1 − check rate / noCheck rate says what
 * the check costs beside creating the same clients unchecked, and may be below zero. The whole duplicate machinery
 * (keys, check, pairs) is in the store bench's import rate and insert-path ratio (store.import100k.*, store.insert20k.*).
 */
export async function benchDuplicateCheck(): Promise<string[]> {
  const databaseUrl = process.env.DATABASE_URL;
  const dialects: Dialect[] = ['sqlite'];
  if (databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl)) dialects.push('postgres');
  const lines: string[] = [];
  for (const dialect of dialects) {
    // Without the check first, then with it: a warm machine favours the second run, not the check's.
    const noCheck = await importInFreshStore(dialect, databaseUrl, { onDuplicate: 'create' });
    const pages: string[] = [];
    const check = await importInFreshStore(dialect, databaseUrl, {}, async (store, agent) => {
      pages.push(...(await benchDuplicatePages(dialect, store, agent)));
    });
    const rate = (run: BenchImport) => IMPORT_ROWS / (run.ms / 1000);
    lines.push(
      `store.duplicates.import100k.${dialect}.noCheck.rate ${Math.round(rate(noCheck))} rows/s`,
      `store.duplicates.import100k.${dialect}.check.rate ${Math.round(rate(check))} rows/s`,
      `store.duplicates.import100k.${dialect}.check.duplicatesFound ${check.counts.duplicate} rows`,
      `store.duplicates.import100k.${dialect}.loss ${((1 - rate(check) / rate(noCheck)) * 100).toFixed(1)} %`,
      ...pages,
    );
  }
  return lines;
}

/**
 * GET /api/v1/duplicates, first page (20 pairs), over the 100,000 clients just imported: p50 of PAGE_READS reads, with
 * the anchor of the same run, a plain GET /api/v1/clients page (20 clients, no search), read as many times.
 */
async function benchDuplicatePages(dialect: Dialect, store: BenchStoreProcess, agent: http.Agent): Promise<string[]> {
  const timed = async (path: string) => {
    const durations: number[] = [];
    for (let read = 0; read < PAGE_READS; read += 1) {
      const start = process.hrtime.bigint();
      const response = await benchRequest(agent, `${store.url}${path}`, { headers: { authorization: `Bearer ${store.token}` } });
      if (response.statusCode !== 200) throw new Error(`GET ${path} answered ${response.statusCode}`);
      durations.push(elapsedMs(start));
    }
    return percentiles(durations).p50;
  };
  const pairs = await timed('/api/v1/duplicates?limit=20');
  const clients = await timed('/api/v1/clients?limit=20');
  return [
    `store.duplicates.list100k.${dialect}.firstPage.p50 ${pairs.toFixed(1)} ms`,
    `store.duplicates.list100k.${dialect}.anchorClientsPage.p50 ${clients.toFixed(1)} ms`,
  ];
}

async function importInFreshStore(
  dialect: Dialect,
  postgresUrl: string | undefined,
  extra: Record<string, unknown>,
  after?: (store: BenchStoreProcess, agent: http.Agent) => Promise<void>,
): Promise<BenchImport> {
  const bench = await createBenchDatabase(dialect, postgresUrl);
  try {
    const store = await startBenchStoreProcess(bench.config);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const run = await importBenchRows(agent, store, { count: IMPORT_ROWS, batch: BATCH, extra, keyPrefix: 'dup' });
      await after?.(store, agent);
      return run;
    } finally {
      agent.destroy();
      await store.stop();
    }
  } finally {
    await bench.drop();
  }
}
