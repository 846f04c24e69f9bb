import { existsSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3';

export type BackupResult = { pages: number };

/**
 * A consistent copy of a SQLite store into `target` with SQLite's online backup API, through its
 * own read connection: the store may keep serving (and writing, in WAL mode) meanwhile. The source
 * must exist; an existing target is never overwritten (Error with code `EEXIST`).
 */
export async function backupSqlite(source: string, target: string): Promise<BackupResult> {
  if (existsSync(target)) throw Object.assign(new Error('backup target exists'), { code: 'EEXIST' });
  const database = new SqliteDatabase(source, { readonly: true, fileMustExist: true });
  try {
    database.pragma('busy_timeout = 5000');
    const { totalPages } = await database.backup(target);
    return { pages: totalPages };
  } finally {
    database.close();
  }
}
