import SqliteDatabase from 'better-sqlite3';
import { Client as PgClient } from 'pg';
import type { DatabaseConfig } from '@/server/db/DatabaseConfig';

const AMCHECK_HINT =
  'extension PostgreSQL « amcheck » introuvable : elle fait partie du paquet postgresql-15 de Debian ' +
  '(/usr/share/postgresql/15/extension/amcheck.control) ; réinstallez-le avec « apt-get install --reinstall -y postgresql-15 ».';

/**
 * Runs one statement on the store's database through a connection of its own (SQLite: a second
 * connection on the file, as another program would open it; PostgreSQL: a client of its own) and
 * returns its rows.
 */
export async function queryDatabase<T = Record<string, unknown>>(config: DatabaseConfig, statement: string): Promise<T[]> {
  if (config.dialect === 'sqlite') {
    const database = new SqliteDatabase(config.file, { fileMustExist: true });
    try {
      database.pragma('busy_timeout = 10000');
      return database.prepare(statement).all() as T[];
    } finally {
      database.close();
    }
  }
  const client = new PgClient({ connectionString: config.url });
  await client.connect();
  try {
    return (await client.query(statement)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * What the database's own checkers find wrong, one line each (empty: nothing): SQLite's
 * `pragma integrity_check`; on PostgreSQL, amcheck's `bt_index_check` (with every heap tuple
 * looked up in the index) on every B-tree index of the store's tables, and `verify_heapam` on each table.
 */
export async function integrityProblems(config: DatabaseConfig): Promise<string[]> {
  if (config.dialect === 'sqlite') {
    const rows = await queryDatabase<{ integrity_check: string }>(config, 'pragma integrity_check');
    return rows.map((row) => row.integrity_check).filter((line) => line !== 'ok');
  }
  const [available] = await queryDatabase<{ n: number }>(
    config,
    "select count(*)::int as n from pg_available_extensions where name = 'amcheck'",
  );
  if (available?.n !== 1) throw new Error(AMCHECK_HINT);
  await queryDatabase(config, 'create extension if not exists amcheck');
  const indexes = await queryDatabase<{ name: string }>(
    config,
    `select c.relname as name from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am am on am.oid = c.relam
       join pg_namespace n on n.oid = c.relnamespace where am.amname = 'btree' and n.nspname = 'public' order by 1`,
  );
  if (indexes.length === 0) return ['no index to check'];
  const problems: string[] = [];
  for (const { name } of indexes) {
    try {
      await queryDatabase(config, `select bt_index_check('public."${name}"'::regclass, true)`);
    } catch (error) {
      problems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const tables = await queryDatabase<{ name: string }>(
    config,
    "select tablename as name from pg_tables where schemaname = 'public' order by 1",
  );
  for (const { name } of tables) {
    const corrupt = await queryDatabase<{ msg: string }>(config, `select msg from verify_heapam('public."${name}"'::regclass)`);
    problems.push(...corrupt.map((row) => `${name}: ${row.msg}`));
  }
  return problems;
}
