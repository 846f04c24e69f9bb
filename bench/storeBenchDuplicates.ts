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
 * What duplicate detection costs (DESIGN.md §5: at most 20 % of the import's throughput), on SQLite and, when
 * DATABASE_URL is set, on PostgreSQL: the same 100,000 rows (distinct people, a few near-namesakes born the same day)
 * imported over HTTP in batches of 1,000 into fresh stores, each in its own process: `anchor`, the store with every
 * write run without the duplicate machinery (bench/storeAnchorServe.ts: no match keys written, no check, no pairs);
 * `check`, the real path (each row that creates a client is looked up in the blocking-key index — its keys locked on
 * PostgreSQL, read with those of its batch, candidates matched — and filed under its keys); `noCheck`, the real store
 * with the batches sent with `onDuplicate: "create"` (no check: the new clients' pairs are looked up instead).
 * `loss` = 1 − check rate / anchor rate; `lossNoCheck` likewise for noCheck.
 */
export async function benchDuplicateCheck(): Promise<string[]> {
  const databaseUrl = process.env.DATABASE_URL;
  const dialects: Dialect[] = ['sqlite'];
  if (databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl)) dialects.push('postgres');
  const lines: string[] = [];
  for (const dialect of dialects) {
    // The anchor first, then the real store: a warm machine favours the later runs, not the anchor.
    const anchor = await importInFreshStore(dialect, databaseUrl, {}, { withoutDuplicateDetection: true });
    const pages: string[] = [];
    const check = await importInFreshStore(dialect, databaseUrl, {}, {}, async (store, agent) => {
      pages.push(...(await benchDuplicatePages(dialect, store, agent)));
    });
    const noCheck = await importInFreshStore(dialect, databaseUrl, { onDuplicate: 'create' });
    const rate = (run: BenchImport) => IMPORT_ROWS / (run.ms / 1000);
    const loss = (run: BenchImport) => ((1 - rate(run) / rate(anchor)) * 100).toFixed(1);
    lines.push(
      `store.duplicates.import100k.${dialect}.anchor.rate ${Math.round(rate(anchor))} rows/s`,
      `store.duplicates.import100k.${dialect}.check.rate ${Math.round(rate(check))} rows/s`,
      `store.duplicates.import100k.${dialect}.check.duplicatesFound ${check.counts.duplicate} rows`,
      `store.duplicates.import100k.${dialect}.loss ${loss(check)} %`,
      `store.duplicates.import100k.${dialect}.noCheck.rate ${Math.round(rate(noCheck))} rows/s`,
      `store.duplicates.import100k.${dialect}.lossNoCheck ${loss(noCheck)} %`,
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
  process: { withoutDuplicateDetection?: boolean } = {},
  after?: (store: BenchStoreProcess, agent: http.Agent) => Promise<void>,
): Promise<BenchImport> {
  const bench = await createBenchDatabase(dialect, postgresUrl);
  try {
    const store = await startBenchStoreProcess(bench.config, process);
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
