import type { Dialect } from '@/server/db/DatabaseConfig';
import { createScratchDatabase, type TestDatabase } from '../test/server/support/createTestDatabase';

export type BenchDatabase = TestDatabase;

/**
 * A fresh, empty database for one bench step: a SQLite file in a temp dir, or a new database on
 * the PostgreSQL server of DATABASE_URL (dropped afterwards; the database DATABASE_URL names is
 * never written to).
 */
export function createBenchDatabase(dialect: Dialect, postgresUrl?: string): Promise<BenchDatabase> {
  if (dialect === 'postgres' && postgresUrl === undefined) throw new Error('DATABASE_URL manquant pour le banc PostgreSQL');
  return createScratchDatabase(dialect, { prefix: 'suivi_bench', adminUrl: postgresUrl });
}
