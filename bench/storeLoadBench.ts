import http from 'node:http';
import type { Dialect } from '@/server/db/DatabaseConfig';
import type { ImportResponse } from '@/contract/ImportResponse';
import { benchQueries, benchRow, makeRandom, type BenchPerson } from './storeBenchData';
import { createBenchDatabase } from './storeBenchDatabases';
import { benchRequest, elapsedMs, percentiles } from './storeBenchHttp';
import { startBenchStoreProcess, type BenchStoreProcess } from './storeBenchServer';

const CLIENTS = Number(process.env.BENCH_LOAD_CLIENTS ?? 50_000);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
const CONCURRENCY = 16;
const BATCH = 1000;
const CITIES = ['Genève', 'Lausanne', 'Sion', 'Fribourg', 'Neuchâtel', 'Bulle'];

type Kind = 'search' | 'get' | 'patch';
type Sample = { kind: Kind; ms: number };

/** A bench that measured and still failed its budget: its lines are printed, then the run fails. */
export class BenchBudgetError extends Error {
  constructor(
    message: string,
    readonly lines: string[],
  ) {
    super(message);
    this.name = 'BenchBudgetError';
  }
}

/**
 * Mixed traffic against the store in its own process, as the panes of a team make it: 16 clients
 * at once, for 30 s, each request drawn at random — search 70 % (one word, two words, a letter),
 * one client 20 %, an edit with If-Match 10 % (a city: its search words change) — over 50,000
 * clients, on SQLite and on PostgreSQL (DATABASE_URL). Prints requests/s, p50/p95/p99 (all and by
 * kind), the errors (budget: 0; a 409 of two edits of one client at once is an answer, counted
 * apart) and the store's RSS at the start and the end of the traffic. `npm run bench -- load` runs
 * it alone; BENCH_LOAD_SECONDS and BENCH_LOAD_CLIENTS make it shorter or smaller to try.
 */
export async function benchStoreLoad(): Promise<string[]> {
  const databaseUrl = process.env.DATABASE_URL;
  const dialects: Dialect[] = ['sqlite'];
  if (databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl)) dialects.push('postgres');
  const results: LoadResult[] = [];
  for (const dialect of dialects) results.push(await loadOne(dialect, databaseUrl));
  const lines = results.flatMap((result) => result.lines);
  const errors = results.reduce((sum, result) => sum + result.errors, 0);
  const first = results.flatMap((result) => result.firstErrors).join(' | ');
  if (errors > 0) throw new BenchBudgetError(`${errors} errors under load (budget 0), first: ${first}`, lines);
  return lines;
}

type LoadResult = { lines: string[]; errors: number; firstErrors: string[] };

async function loadOne(dialect: Dialect, postgresUrl: string | undefined): Promise<LoadResult> {
  const bench = await createBenchDatabase(dialect, postgresUrl);
  try {
    const store = await startBenchStoreProcess(bench.config);
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    try {
      const { people, versions } = await seed(agent, store);
      const queries = benchQueries(people, 5000, makeRandom(11)).map(({ query }) => query);
      const ids = [...versions.keys()];
      const auth = { authorization: `Bearer ${store.token}` };
      const rssStart = store.rssMiB();
      const samples: Sample[] = [];
      let errors = 0;
      let conflicts = 0;
      const firstErrors: string[] = [];
      const fail = (what: string) => {
        errors += 1;
        if (firstErrors.length < 3) firstErrors.push(what);
      };
      const deadline = Date.now() + SECONDS * 1000;
      const began = process.hrtime.bigint();

      const worker = async (seedValue: number) => {
        const random = makeRandom(seedValue);
        while (Date.now() < deadline) {
          const draw = random();
          const id = ids[Math.floor(random() * ids.length)] ?? '';
          const kind: Kind = draw < 0.7 ? 'search' : draw < 0.9 ? 'get' : 'patch';
          const begin = process.hrtime.bigint();
          try {
            if (kind === 'search') {
              const query = queries[Math.floor(random() * queries.length)] ?? 'q=a';
              const response = await benchRequest(agent, `${store.url}/api/v1/clients?${query}`, { headers: auth });
              if (response.statusCode !== 200) fail(`search ${response.statusCode} ${response.text.slice(0, 120)}`);
            } else if (kind === 'get') {
              const response = await benchRequest(agent, `${store.url}/api/v1/clients/${id}`, { headers: auth });
              if (response.statusCode !== 200) fail(`get ${response.statusCode} ${response.text.slice(0, 120)}`);
            } else {
              const city = CITIES[Math.floor(random() * CITIES.length)] ?? 'Sion';
              const response = await benchRequest(agent, `${store.url}/api/v1/clients/${id}`, {
                method: 'PATCH',
                headers: { ...auth, 'if-match': `"${versions.get(id) ?? 1}"` },
                body: { city },
              });
              const answer = JSON.parse(response.text) as { version?: number; current?: { version: number } };
              if (response.statusCode === 200) versions.set(id, answer.version ?? 1);
              else if (response.statusCode === 409 && answer.current !== undefined) {
                conflicts += 1;
                versions.set(id, answer.current.version);
              } else fail(`patch ${response.statusCode} ${response.text.slice(0, 120)}`);
            }
          } catch (error) {
            fail(`${kind}: ${error instanceof Error ? error.message : String(error)}`);
          }
          samples.push({ kind, ms: elapsedMs(begin) });
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, (_, index) => worker(1000 + index)));
      const seconds = elapsedMs(began) / 1000;
      const rssEnd = store.rssMiB();

      const name = `store.load${Math.round(CLIENTS / 1000)}k.${dialect}`;
      const all = percentiles(samples.map((sample) => sample.ms));
      const lines = [
        `${name}.requests ${samples.length} requests`,
        `${name}.rate ${(samples.length / seconds).toFixed(0)} req/s`,
        `${name}.p50 ${all.p50.toFixed(3)} ms`,
        `${name}.p95 ${all.p95.toFixed(3)} ms`,
        `${name}.p99 ${all.p99.toFixed(3)} ms`,
      ];
      for (const kind of ['search', 'get', 'patch'] as const) {
        const byKind = percentiles(samples.filter((sample) => sample.kind === kind).map((sample) => sample.ms));
        lines.push(`${name}.${kind}.p95 ${byKind.p95.toFixed(3)} ms`, `${name}.${kind}.p99 ${byKind.p99.toFixed(3)} ms`);
      }
      lines.push(
        `${name}.errors ${errors} errors`,
        `${name}.conflicts409 ${conflicts} answers`,
        `${name}.rssStart ${rssStart.toFixed(1)} MiB`,
        `${name}.rssEnd ${rssEnd.toFixed(1)} MiB`,
      );
      return { lines, errors, firstErrors };
    } finally {
      agent.destroy();
      await store.stop();
    }
  } finally {
    await bench.drop();
  }
}

/** Imports the bench's clients in batches of 1,000; returns who they are (for the searches) and each id's version. */
async function seed(agent: http.Agent, store: BenchStoreProcess): Promise<{ people: BenchPerson[]; versions: Map<string, number> }> {
  const random = makeRandom(42);
  const people: BenchPerson[] = [];
  const versions = new Map<string, number>();
  for (let start = 0; start < CLIENTS; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, CLIENTS - start) }, (_, index) => benchRow(start + index, random));
    for (const row of rows) people.push({ lastName: String(row.values.lastName), firstName: String(row.values.firstName) });
    const response = await benchRequest(agent, `${store.url}/api/v1/imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${store.token}`, 'idempotency-key': `load-${start}` },
      body: { rows },
    });
    if (response.statusCode !== 200) throw new Error(`seeding: HTTP ${response.statusCode} ${response.text.slice(0, 200)}`);
    for (const result of (JSON.parse(response.text) as ImportResponse).results) {
      if (result.status !== 'created') throw new Error(`seeding: row ${result.row} ${result.status}`);
      versions.set(result.id, 1);
    }
  }
  return { people, versions };
}
