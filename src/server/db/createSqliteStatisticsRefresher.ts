import type SqliteDatabase from 'better-sqlite3';
import type { StatisticsRefresher } from './StatisticsRefresher';

const MIN_GROWTH = 500;

/**
 * SQLite keeps the row counts ANALYZE saw until the next ANALYZE: a store grown from 1,000 to
 * 100,000 clients by imports would still be planned as a small one (an email lookup turning into
 * a scan). So ANALYZE again (sampled: `analysis_limit`, a few ms) each time the clients have at
 * least doubled since the last time; the estimates are then never off by more than 2×.
 */
export function createSqliteStatisticsRefresher(database: SqliteDatabase.Database): StatisticsRefresher {
  let analysedRows: number | undefined;
  let added = 0;
  return async (addedRows) => {
    analysedRows ??= Number(database.prepare('select count(*) from clients').pluck().get());
    added += addedRows;
    if (added < Math.max(MIN_GROWTH, analysedRows)) return;
    database.exec('analyze');
    analysedRows += added;
    added = 0;
  };
}
