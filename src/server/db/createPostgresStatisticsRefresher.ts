import { sql, type Kysely } from 'kysely';
import type { DB } from './schema';
import type { StatisticsRefresher } from './StatisticsRefresher';

const MIN_GROWTH = 500;

/**
 * PostgreSQL: autovacuum gets to freshly imported rows late (up to a minute later). Until then the
 * visibility map does not cover them, so a count or a search visits the heap instead of staying in
 * the index (25 ms instead of 1 ms for 5,000 rows), and the statistics are stale. So after each
 * import that added rows: VACUUM the clients, their words and their blocking keys (it only visits the pages changed
 * since the last one: a few ms), with ANALYZE each time the clients have at least doubled (without it, the duplicate
 * check's key lookup is planned on the empty store's statistics: a scan of the whole index per batch).
 * Outside any transaction, after the import's commit.
 */
export function createPostgresStatisticsRefresher(db: Kysely<DB>): StatisticsRefresher {
  let analysedRows: number | undefined;
  let added = 0;
  return async (addedRows) => {
    if (addedRows === 0) return;
    if (analysedRows === undefined) {
      const row = await db
        .selectFrom('clients')
        .select((eb) => eb.fn.countAll<string | number | bigint>().as('n'))
        .executeTakeFirstOrThrow();
      analysedRows = Math.max(0, Number(row.n) - addedRows);
    }
    added += addedRows;
    if (added < Math.max(MIN_GROWTH, analysedRows)) {
      await sql`vacuum clients, client_words, client_match_keys`.execute(db);
      return;
    }
    await sql`vacuum (analyze) clients, client_words, client_match_keys`.execute(db);
    analysedRows += added;
    added = 0;
  };
}
