import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type Dialect as KyselyDialect } from 'kysely';
import { Pool } from 'pg';
import type { DatabaseConfig, Dialect } from './DatabaseConfig';
import type { DB } from './schema';

export type StoreDatabase = {
  db: Kysely<DB>;
  dialect: Dialect;
  /** Closes the SQLite file or the PostgreSQL pool, for good (later queries fail). */
  close: () => Promise<void>;
};

type Driver = { kysely: KyselyDialect; closeRaw: () => Promise<void> };

/**
 * Opens the store's database. SQLite: the file (and its folder) is created if missing, in WAL mode,
 * with a busy timeout and foreign keys on. PostgreSQL: a connection pool; nothing connects until
 * the first query. Run `migrateToLatest` before serving.
 */
export function openDatabase(config: DatabaseConfig): StoreDatabase {
  const driver = config.dialect === 'sqlite' ? sqliteDriver(config.file) : postgresDriver(config.url);
  const db = new Kysely<DB>({ dialect: driver.kysely });
  return {
    db,
    dialect: config.dialect,
    // Kysely's destroy() does nothing when no query ever ran: close the handle ourselves as well.
    close: async () => {
      await db.destroy();
      await driver.closeRaw();
    },
  };
}

function sqliteDriver(file: string): Driver {
  mkdirSync(path.dirname(file), { recursive: true });
  const database = new SqliteDatabase(file);
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('foreign_keys = ON');
  database.pragma('synchronous = NORMAL');
  return {
    kysely: new SqliteDialect({ database }),
    closeRaw: async () => {
      if (database.open) database.close();
    },
  };
}

function postgresDriver(connectionString: string): Driver {
  const pool = new Pool({ connectionString, max: 10 });
  // An idle connection that the server drops (restart, admin command) is discarded by the pool and
  // replaced on the next query; without a listener its error would crash the process.
  pool.on('error', () => {});
  return {
    kysely: new PostgresDialect({ pool }),
    closeRaw: async () => {
      if (!pool.ended) await pool.end();
    },
  };
}
