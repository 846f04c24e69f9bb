import http from 'node:http';
import { sql } from 'kysely';
import type { DatabaseConfig, Dialect } from '@/server/db/DatabaseConfig';
import { openDatabase } from '@/server/db/openDatabase';
import { benchQueries, benchRow, makeRandom } from './storeBenchData';
import { importBenchRows } from './storeBenchImport';
import { createBenchDatabase } from './storeBenchDatabases';
import { benchRequest, elapsedMs, percentiles } from './storeBenchHttp';
import { startBenchStoreProcess } from './storeBenchServer';
import { measureInsertRatio } from './storeInsertRatio';

const WARM_UP = 50;
const REQUESTS = 1000;
const IMPORT_ROWS = 100_000;
const BATCH = 1000;
const SEARCHES = 900;
const RATIO_ROWS = 20_000;

/**
 * The store's budgets (DESIGN.md §5), on SQLite (a temp file) and, when DATABASE_URL is set, on
 * PostgreSQL (a fresh database created on that server, dropped afterwards). Over real HTTP with
 * keep-alive, one request at a time, against the store in its own Node process (as in real use,
 * where the pane runs in Excel: the client's JSON work does not share the store's event loop):
 * health and settings latency; import of 100,000 generated rows in batches of 1,000; search
 * p50/p95 over those 100,000 clients (one-word, two-word and letter queries). In process: the
 * insert path against a bare prepared insert (ratio). Lines are `name value unit`.
 */
export async function benchStore(): Promise<string[]> {
  const databaseUrl = process.env.DATABASE_URL;
  const dialects: Dialect[] = ['sqlite'];
  if (databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl)) dialects.push('postgres');
  const lines: string[] = [];
  for (const dialect of dialects) lines.push(...(await benchOne(dialect, databaseUrl)));
  return lines;
}

async function benchOne(dialect: Dialect, postgresUrl: string | undefined): Promise<string[]> {
  const bench = await createBenchDatabase(dialect, postgresUrl);
  const lines: string[] = [];
  try {
    const store = await startBenchStoreProcess(bench.config);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const auth = { authorization: `Bearer ${store.token}` };
    try {
      const health = await latency(agent, `${store.url}/api/v1/health`, {});
      const settings = await latency(agent, `${store.url}/api/v1/settings`, auth);
      lines.push(
        `store.health.${dialect}.p50 ${health.p50.toFixed(3)} ms`,
        `store.health.${dialect}.p95 ${health.p95.toFixed(3)} ms`,
        `store.settings.${dialect}.p50 ${settings.p50.toFixed(3)} ms`,
        `store.settings.${dialect}.p95 ${settings.p95.toFixed(3)} ms`,
      );

      // The real path, duplicate check included: a few generated rows are near-namesakes born the same day (duplicate).
      const imported = await importBenchRows(agent, store, { count: IMPORT_ROWS, batch: BATCH, keyPrefix: 'bench' });
      const answered = imported.counts.created + imported.counts.duplicate;
      if (answered !== IMPORT_ROWS) throw new Error(`import: ${answered} rows created or duplicate out of ${IMPORT_ROWS}`);
      const { people } = imported;
      const importMs = imported.ms;
      lines.push(
        `store.import100k.${dialect}.total ${(importMs / 1000).toFixed(2)} s`,
        `store.import100k.${dialect}.rate ${Math.round(IMPORT_ROWS / (importMs / 1000))} rows/s`,
      );
      // Search is measured in steady state: the maintenance a bulk load calls for (PostgreSQL's
      // autovacuum would otherwise run it in the middle of the measurements) is done first.
      await settleAfterBulkLoad(bench.config);

      const queries = benchQueries(people, SEARCHES + 90, makeRandom(7));
      for (const { query } of queries.slice(0, 90)) await benchRequest(agent, `${store.url}/api/v1/clients?${query}`, { headers: auth });
      const byKind = new Map<string, number[]>();
      const all: number[] = [];
      for (const { kind, query } of queries.slice(90)) {
        const begin = process.hrtime.bigint();
        const response = await benchRequest(agent, `${store.url}/api/v1/clients?${query}`, { headers: auth });
        const duration = elapsedMs(begin);
        if (response.statusCode !== 200) throw new Error(`search ${query}: HTTP ${response.statusCode}`);
        all.push(duration);
        byKind.set(kind, [...(byKind.get(kind) ?? []), duration]);
      }
      const overall = percentiles(all);
      lines.push(
        `store.search100k.${dialect}.p50 ${overall.p50.toFixed(3)} ms`,
        `store.search100k.${dialect}.p95 ${overall.p95.toFixed(3)} ms`,
      );
      for (const [kind, durations] of byKind)
        lines.push(`store.search100k.${dialect}.${kind}.p95 ${percentiles(durations).p95.toFixed(3)} ms`);
    } finally {
      agent.destroy();
      await store.stop();
    }
  } finally {
    await bench.drop();
  }

  const random = makeRandom(99);
  const ratioRows = Array.from({ length: RATIO_ROWS }, (_, index) => benchRow(index, random));
  const ratio = await measureInsertRatio(dialect, ratioRows, postgresUrl);
  lines.push(
    `store.insert20k.${dialect}.bare ${ratio.bareMs.toFixed(1)} ms`,
    `store.insert20k.${dialect}.bareSameRows ${ratio.bareSameRowsMs.toFixed(1)} ms`,
    `store.insert20k.${dialect}.insertPath ${ratio.insertPathMs.toFixed(1)} ms`,
    `store.insert20k.${dialect}.importPath ${ratio.importPathMs.toFixed(1)} ms`,
    `store.insert20k.${dialect}.importPathNoDetection ${ratio.importPathNoDetectionMs.toFixed(1)} ms`,
    `store.duplicates.importPath20k.${dialect}.loss ${((1 - ratio.importPathNoDetectionMs / ratio.importPathMs) * 100).toFixed(1)} %`,
    `store.insertPath.${dialect}.ratio ${(ratio.insertPathMs / ratio.bareMs).toFixed(2)} x`,
    `store.importPath.${dialect}.ratio ${(ratio.importPathMs / ratio.bareMs).toFixed(2)} x`,
    `store.insertPath.${dialect}.ratioSameRows ${(ratio.insertPathMs / ratio.bareSameRowsMs).toFixed(2)} x`,
  );
  return lines;
}

async function settleAfterBulkLoad(config: DatabaseConfig): Promise<void> {
  const database = openDatabase(config);
  try {
    if (config.dialect === 'postgres') await sql`vacuum (analyze)`.execute(database.db);
    else await sql`analyze`.execute(database.db);
  } finally {
    await database.close();
  }
}

async function latency(agent: http.Agent, url: string, headers: Record<string, string>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < WARM_UP; i += 1) await benchRequest(agent, url, { headers });
  const durations: number[] = [];
  for (let i = 0; i < REQUESTS; i += 1) {
    const begin = process.hrtime.bigint();
    const response = await benchRequest(agent, url, { headers });
    durations.push(elapsedMs(begin));
    if (response.statusCode !== 200) throw new Error(`${url}: HTTP ${response.statusCode}`);
  }
  return percentiles(durations);
}
