import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { DatabaseConfig, Dialect } from '@/server/db/DatabaseConfig';
import { postgresAdminUrl } from './postgresUrl';

export type TestDatabase = { config: DatabaseConfig; drop: () => Promise<void> };

/**
 * A fresh, empty database: a SQLite file in a temp dir, or a new database on the PostgreSQL server of
 * `adminUrl` (the database that URL names is never written to). `drop` removes it.
 */
export async function createScratchDatabase(dialect: Dialect, options: { adminUrl?: string; prefix: string }): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), `${options.prefix.replace(/_/g, '-')}-`));
    return { config: { dialect, file: path.join(dir, 'store.sqlite') }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const { adminUrl } = options;
  if (adminUrl === undefined) throw new Error('URL PostgreSQL manquante pour créer une base de test');
  const name = `${options.prefix}_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { config: { dialect, url: url.toString() }, drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** A fresh database for a store test, on the test run's PostgreSQL server for the postgres dialect. */
export function createTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  return createScratchDatabase(dialect, { prefix: 'suivi_test', adminUrl: dialect === 'postgres' ? postgresAdminUrl() : undefined });
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
