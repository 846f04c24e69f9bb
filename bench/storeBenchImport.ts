import type http from 'node:http';
import type { ImportCounts, ImportResponse } from '@/contract/ImportResponse';
import { ROW_STATUSES } from '@/contract/RowResult';
import type { BenchPerson } from './storeBenchData';
import { benchRow, makeRandom } from './storeBenchData';
import { benchRequest, elapsedMs } from './storeBenchHttp';
import type { BenchStoreProcess } from './storeBenchServer';

export type BenchImport = { ms: number; counts: ImportCounts; people: BenchPerson[] };

/**
 * Imports `count` rows of the bench's data set (benchRow, seed 42) through POST /api/v1/imports in batches of `batch`,
 * one request at a time over `agent`, each batch with `extra` in its body (e.g. `onDuplicate`). Only the requests are
 * timed (building and serialising the sheet is the client's work). Throws on a status other than 200 or a failed row.
 */
export async function importBenchRows(
  agent: http.Agent,
  store: BenchStoreProcess,
  { count, batch, extra = {}, keyPrefix }: { count: number; batch: number; extra?: Record<string, unknown>; keyPrefix: string },
): Promise<BenchImport> {
  const random = makeRandom(42);
  const people: BenchPerson[] = [];
  const counts = Object.fromEntries(ROW_STATUSES.map((status) => [status, 0])) as ImportCounts;
  let ms = 0;
  for (let start = 0; start < count; start += batch) {
    const rows = Array.from({ length: batch }, (_, index) => benchRow(start + index, random));
    for (const row of rows) people.push({ lastName: String(row.values.lastName), firstName: String(row.values.firstName) });
    const payload = JSON.stringify({ ...extra, rows });
    const begin = process.hrtime.bigint();
    const response = await benchRequest(agent, `${store.url}/api/v1/imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${store.token}`, 'idempotency-key': `${keyPrefix}-${start}` },
      body: payload,
    });
    ms += elapsedMs(begin);
    if (response.statusCode !== 200) throw new Error(`import: HTTP ${response.statusCode} ${response.text.slice(0, 200)}`);
    const answer = JSON.parse(response.text) as ImportResponse;
    for (const status of ROW_STATUSES) counts[status] += answer.counts[status];
    if (answer.counts.failed > 0) throw new Error(`import: ${answer.counts.failed} rows failed`);
  }
  return { ms, counts, people };
}
