import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { DatabaseConfig } from '../src/server/db/DatabaseConfig';
import { migrateToLatest } from '../src/server/db/migrateToLatest';
import { openDatabase } from '../src/server/db/openDatabase';
import { startStore } from '../src/server/server';
import { createToken } from '../src/server/tokens';

const WARM_UP = 50;
const REQUESTS = 1000;

/**
 * Latency of the store over real HTTP (keep-alive, one request at a time): health (no auth) and
 * settings (token lookup + one query), p50 and p95 in ms. SQLite on a temp file always;
 * PostgreSQL too when DATABASE_URL is set. Lines are `name value unit`.
 */
export async function benchStore(): Promise<string[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'suivi-bench-'));
  try {
    const targets: DatabaseConfig[] = [{ dialect: 'sqlite', file: path.join(dir, 'bench.sqlite') }];
    const databaseUrl = process.env.DATABASE_URL;
    if (databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl)) targets.push({ dialect: 'postgres', url: databaseUrl });
    const lines: string[] = [];
    for (const target of targets) lines.push(...(await benchOne(target)));
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchOne(database: DatabaseConfig): Promise<string[]> {
  const setup = openDatabase(database);
  await migrateToLatest(setup.db);
  const { token } = await createToken(setup.db, `bench-${Date.now()}`);
  await setup.close();

  const store = await startStore({
    host: '127.0.0.1',
    port: 0,
    database,
    corsOrigins: ['https://localhost:3000'],
    rateLimitPerMinute: 1_000_000_000,
    bodyLimitBytes: 1024 * 1024,
    logLevel: 'silent',
  });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const health = await measure(agent, `${store.url}/api/v1/health`, {});
    const settings = await measure(agent, `${store.url}/api/v1/settings`, { authorization: `Bearer ${token}` });
    const { dialect } = database;
    return [
      `store.health.${dialect}.p50 ${health.p50.toFixed(3)} ms`,
      `store.health.${dialect}.p95 ${health.p95.toFixed(3)} ms`,
      `store.settings.${dialect}.p50 ${settings.p50.toFixed(3)} ms`,
      `store.settings.${dialect}.p95 ${settings.p95.toFixed(3)} ms`,
    ];
  } finally {
    agent.destroy();
    await store.close();
  }
}

async function measure(agent: http.Agent, url: string, headers: Record<string, string>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < WARM_UP; i += 1) await get(agent, url, headers);
  const durations: number[] = [];
  for (let i = 0; i < REQUESTS; i += 1) {
    const start = process.hrtime.bigint();
    await get(agent, url, headers);
    durations.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  durations.sort((a, b) => a - b);
  const at = (quantile: number) => durations[Math.min(durations.length - 1, Math.floor(quantile * durations.length))] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95) };
}

function get(agent: http.Agent, url: string, headers: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers }, (response) => {
      response.resume();
      response.on('end', () => (response.statusCode === 200 ? resolve() : reject(new Error(`${url}: HTTP ${response.statusCode}`))));
    });
    request.on('error', reject);
  });
}
