import type SqliteDatabase from 'better-sqlite3';
import type { RowInserter } from './RowInserter';

const PARAMETERS_PER_STATEMENT = 30_000;

/** PostgreSQL (and any Kysely dialect): multi-row INSERTs, chunked under the parameter limit. */
export function createKyselyRowInserter(): RowInserter {
  return async (trx, table, rows) => {
    const first = rows[0];
    if (first === undefined) return;
    const size = Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / Object.keys(first).length));
    for (let start = 0; start < rows.length; start += size) {
      // The table is generic here; callers are typed by RowInserter.
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const batch = rows.slice(start, start + size) as any;
      await trx.insertInto(table).values(batch).execute();
    }
  };
}

/**
 * SQLite: a prepared INSERT per table and column list, cached, run once per row on the raw
 * connection. Only ever called inside a Kysely transaction on that same connection (Kysely's
 * SQLite driver holds its single connection for the whole transaction), so the rows are part of it.
 */
export function createSqliteRowInserter(database: SqliteDatabase.Database): RowInserter {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return async (_trx, table, rows) => {
    const first = rows[0];
    if (first === undefined) return;
    const columns = Object.keys(first);
    const key = `${table}(${columns.join(',')})`;
    let statement = statements.get(key);
    if (statement === undefined) {
      statement = database.prepare(
        `insert into "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`,
      );
      statements.set(key, statement);
    }
    const values: unknown[] = new Array(columns.length);
    for (const row of rows) {
      const record = row as Record<string, unknown>;
      for (let index = 0; index < columns.length; index += 1) values[index] = record[columns[index] as string] ?? null;
      statement.run(values);
    }
  };
}
