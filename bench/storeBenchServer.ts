import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { DatabaseConfig } from '@/server/db/DatabaseConfig';
import { benchRequest } from './storeBenchHttp';
import { getFreePort } from '../test/browser/support/getFreePort';

const ROOT = path.resolve(__dirname, '..');
const CLI = path.join('src', 'cli', 'store.ts');
/** The anchor store: `serve` with every write run without the duplicate machinery. */
const ANCHOR_SERVE = path.join('bench', 'storeAnchorServe.ts');
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;
const OUTPUT_KEPT = 4000;

export type BenchStoreProcess = {
  url: string;
  token: string;
  /** The store's resident memory now, in MiB (Linux: /proc/<pid>/status). */
  rssMiB: () => number;
  stop: () => Promise<void>;
};

/**
 * The store as in real use, in its own Node process (`node --import tsx src/cli/store.ts serve`),
 * over `config` (SQLite: `--db FILE`; PostgreSQL: DATABASE_URL): a `bench` token is created first
 * with the CLI, then the server is started on a free port and awaited on /api/v1/health.
 * `stop` sends SIGTERM and resolves once the process has exited (SIGKILL after 15 s). `withoutDuplicateDetection`: the
 * server is bench/storeAnchorServe.ts instead (the same store, its writes without the duplicate machinery).
 */
export async function startBenchStoreProcess(
  config: DatabaseConfig,
  { withoutDuplicateDetection = false }: { withoutDuplicateDetection?: boolean } = {},
): Promise<BenchStoreProcess> {
  const target: { args: string[]; env: Record<string, string> } =
    config.dialect === 'sqlite' ? { args: ['--db', config.file], env: {} } : { args: [], env: { DATABASE_URL: config.url } };
  const created = await runCli(['token', 'create', 'bench', ...target.args], target.env);
  const token = created.trim().split('\n').at(-1)?.trim() ?? '';
  if (token === '') throw new Error(`token create: no token printed:\n${created}`);

  const port = await getFreePort();
  const serve = withoutDuplicateDetection ? [ANCHOR_SERVE] : [CLI, 'serve'];
  const child = spawnNode([...serve, '--port', String(port), ...target.args], {
    ...target.env,
    STORE_LOG_LEVEL: 'warn',
    STORE_RATE_LIMIT: '1000000000',
    STORE_BODY_LIMIT: String(10 * 1024 * 1024),
  });
  const output = keepOutput(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
      }
      process.removeListener('exit', killOnExit);
    })();
    return stopping;
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, exited, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, token, rssMiB: () => residentMiB(child.pid), stop };
}

function residentMiB(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  const kib = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return kib === undefined ? Number.NaN : Number(kib) / 1024;
}

/** The store's CLI with `args`. */
function spawnCli(args: string[], env: Record<string, string>): ChildProcess {
  return spawnNode([CLI, ...args], env);
}

/** `node --import tsx` with `args` (a script, then its arguments), with the store's own variables only from `env`. */
function spawnNode(args: string[], env: Record<string, string>): ChildProcess {
  const childEnv = { ...process.env };
  for (const key of [
    'DATABASE_URL',
    'STORE_DB',
    'STORE_PORT',
    'STORE_HOST',
    'SUIVI_DATA_DIR',
    'CORS_ORIGINS',
    'STORE_RATE_LIMIT',
    'STORE_BODY_LIMIT',
    'STORE_LOG_LEVEL',
  ])
    delete childEnv[key];
  return spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: ROOT,
    env: { ...childEnv, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs a CLI command to completion; resolves with its stdout, rejects on a non-zero exit. */
function runCli(args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(args, env);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`store ${args.join(' ')}: exit ${code}\n${stdout}${stderr}`)),
    );
  });
}

/** The last few thousand characters the process wrote (for error messages); drains both pipes. */
function keepOutput(child: ChildProcess): () => string {
  let text = '';
  const append = (chunk: Buffer) => {
    text = (text + chunk.toString('utf8')).slice(-OUTPUT_KEPT);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  return () => text;
}

async function waitForHealth(url: string, exited: Promise<number | null>, output: () => string): Promise<void> {
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code === null ? -1 : code));
  const agent = new http.Agent({ keepAlive: false });
  const deadline = Date.now() + START_TIMEOUT_MS;
  try {
    while (Date.now() < deadline) {
      if (exitCode !== undefined) throw new Error(`store serve exited (${exitCode}) before answering:\n${output()}`);
      try {
        const response = await benchRequest(agent, `${url}/api/v1/health`);
        if (response.statusCode === 200) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    agent.destroy();
  }
  throw new Error(`store serve: no answer on ${url}/api/v1/health within ${START_TIMEOUT_MS / 1000} s:\n${output()}`);
}
