import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type Dialect as KyselyDialect } from 'kysely';
import { Pool } from 'pg';
import { createKyselyRowInserter, createSqliteRowInserter } from './createRowInserter';
import { faultAwareDialect } from './faultAwareDialect';
import type { DatabaseConfig, Dialect } from './DatabaseConfig';
import type { RowInserter } from './RowInserter';
import { createPostgresStatisticsRefresher } from './createPostgresStatisticsRefresher';
import { createSqliteStatisticsRefresher } from './createSqliteStatisticsRefresher';
import type { StatisticsRefresher } from './StatisticsRefresher';
import type { DB } from './schema';

export type StoreDatabase = {
  db: Kysely<DB>;
  dialect: Dialect;
  /** Bulk inserts for the write path (prepared statements on SQLite, multi-row INSERTs on PostgreSQL). */
  insertRows: RowInserter;
  /** Called after bulk writes (imports) with the rows added: keeps the planner's statistics current. */
  refreshStatistics: StatisticsRefresher;
  /** Closes the SQLite file or the PostgreSQL pool, for good (later queries fail). */
  close: () => Promise<void>;
};

type Driver = {
  kysely: KyselyDialect;
  insertRows: RowInserter;
  createRefresher: (db: Kysely<DB>) => StatisticsRefresher;
  closeRaw: () => Promise<void>;
};

/** How long a SQLite write waits for the write lock another connection holds before the store answers 503. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * Opens the store's database. SQLite: the file (and its folder) is created if missing, in WAL mode,
 * with a busy timeout and foreign keys on; transactions begin immediate. PostgreSQL: a connection
 * pool; nothing connects until the first query. On both, an unavailable database throws
 * StoreUnavailableError (faultAwareDialect). Run `migrateToLatest` before serving.
 */
export function openDatabase(config: DatabaseConfig): StoreDatabase {
  const driver = config.dialect === 'sqlite' ? sqliteDriver(config.file, config.busyTimeoutMs) : postgresDriver(config.url);
  const db = new Kysely<DB>({ dialect: driver.kysely });
  return {
    db,
    dialect: config.dialect,
    insertRows: driver.insertRows,
    refreshStatistics: driver.createRefresher(db),
    // Kysely's destroy() does nothing when no query ever ran: close the handle ourselves as well.
    close: async () => {
      await db.destroy();
      await driver.closeRaw();
    },
  };
}

function sqliteDriver(file: string, busyTimeoutMs = SQLITE_BUSY_TIMEOUT_MS): Driver {
  mkdirSync(path.dirname(file), { recursive: true });
  const database = new SqliteDatabase(file);
  // Applies to a new file only: 16 KiB pages. An import dirties index pages all over the file; with
  // larger pages a batch dirties (and its commit writes) fewer of them.
  database.pragma('page_size = 16384');
  database.pragma('journal_mode = WAL');
  database.pragma(`busy_timeout = ${Math.max(0, Math.round(busyTimeoutMs))}`);
  database.pragma('foreign_keys = ON');
  database.pragma('synchronous = NORMAL');
  // 64 MiB of page cache: inserts into 100,000 clients touch index pages all over the file.
  database.pragma('cache_size = -65536');
  // Fewer, larger checkpoints (128 MiB of WAL): a bulk import rewrites the same index pages batch after batch.
  database.pragma('wal_autocheckpoint = 8192');
  // Statistics for the query planner (search plans differ with table sizes), with bounded sampling;
  // refreshed as imports grow the tables (createSqliteStatisticsRefresher).
  database.pragma('analysis_limit = 400');
  database.pragma('optimize = 0x10002');
  return {
    kysely: faultAwareDialect(new SqliteDialect({ database }), { beginStatement: 'begin immediate' }),
    insertRows: createSqliteRowInserter(database),
    createRefresher: () => createSqliteStatisticsRefresher(database),
    closeRaw: async () => {
      if (database.open) database.close();
    },
  };
}

function postgresDriver(connectionString: string): Driver {
  // A server that does not answer a connection within 5 s counts as unavailable (503), not as a hang.
  const pool = new Pool({ connectionString, max: 10, connectionTimeoutMillis: 5000 });
  // An idle connection that the server drops (restart, admin command) is discarded by the pool and
  // replaced on the next query; without a listener its error would crash the process.
  pool.on('error', () => {});
  // The same for a connection in use (the server stopped under a query): its query fails (503), the
  // pool drops it; without a listener, the connection's 'error' event would crash the process.
  pool.on('connect', (client) => client.on('error', () => {}));
  return {
    kysely: faultAwareDialect(new PostgresDialect({ pool })),
    insertRows: createKyselyRowInserter(),
    createRefresher: createPostgresStatisticsRefresher,
    closeRaw: async () => {
      if (!pool.ended) await pool.end();
    },
  };
}
