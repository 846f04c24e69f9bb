import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { DatabaseConfig, Dialect } from '../src/server/db/DatabaseConfig';

export type BenchDatabase = { config: DatabaseConfig; drop: () => Promise<void> };

/**
 * A fresh, empty database for one bench step: a SQLite file in a temp dir, or a new database on
 * the PostgreSQL server of DATABASE_URL (dropped afterwards; the database DATABASE_URL names is
 * never written to).
 */
export async function createBenchDatabase(dialect: Dialect, postgresUrl?: string): Promise<BenchDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'suivi-bench-'));
    return { config: { dialect, file: path.join(dir, 'bench.sqlite') }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  if (postgresUrl === undefined) throw new Error('DATABASE_URL manquant pour le banc PostgreSQL');
  const name = `suivi_bench_${randomBytes(6).toString('hex')}`;
  await adminQuery(postgresUrl, `CREATE DATABASE ${name}`);
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return { config: { dialect, url: url.toString() }, drop: () => adminQuery(postgresUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
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
