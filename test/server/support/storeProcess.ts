import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import type { DatabaseConfig } from '@/server/db/DatabaseConfig';

const ROOT = path.resolve(__dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = path.join('src', 'cli', 'store.ts');

export type CommandResult = { code: number | null; stdout: string; stderr: string };

/** The environment of a CLI child: ours without any store variable, plus `extra`. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of [
    'DATABASE_URL',
    'STORE_DB',
    'STORE_PORT',
    'STORE_HOST',
    'SUIVI_DATA_DIR',
    'CORS_ORIGINS',
    'STORE_RATE_LIMIT',
    'STORE_LOG_LEVEL',
  ])
    delete env[key];
  return { ...env, ...extra };
}

/** The arguments and environment that point the CLI at a database: `--db FILE` for SQLite, DATABASE_URL for PostgreSQL. */
export function databaseTarget(config: DatabaseConfig): { args: string[]; env: Record<string, string> } {
  return config.dialect === 'sqlite' ? { args: ['--db', config.file], env: {} } : { args: [], env: { DATABASE_URL: config.url } };
}

/** Runs `tsx src/cli/store.ts …` (what `npm run store -- …` runs) to completion. */
export function runStoreCommand(args: string[], env: Record<string, string> = {}): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [CLI, ...args], { cwd: ROOT, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export type StoreProcess = {
  url: string;
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves when stdout contains a line matching `pattern`. */
  waitForOutput: (pattern: RegExp) => Promise<string>;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
};

/**
 * Starts `store.ts serve --port 0 …` and resolves once it prints its URL. `direct`: run it as
 * `node --import tsx` rather than through tsx's launcher (which runs the store in a child of its
 * own), so that `child` is the store itself and a SIGKILL kills it.
 */
export function startStoreProcess(args: string[], env: Record<string, string> = {}, { direct = false } = {}): Promise<StoreProcess> {
  const command = direct ? [process.execPath, '--import', 'tsx', CLI] : [TSX, CLI];
  const child = spawn(command[0] as string, [...command.slice(1), 'serve', '--port', '0', ...args], {
    cwd: ROOT,
    env: childEnv({ STORE_LOG_LEVEL: 'info', ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const check = () => {
    for (const waiter of [...waiters]) {
      const line = stdout.split('\n').find((candidate) => waiter.pattern.test(candidate));
      if (line !== undefined) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  };
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    check();
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const waitForOutput = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      waiters.push({ pattern, resolve });
      check();
      void exited.then((code) => reject(new Error(`store exited (${code}) before printing ${pattern}:\n${stdout}\n${stderr}`)));
    });
  return waitForOutput(/à l’écoute sur http:\/\//).then((line) => ({
    url: /(http:\/\/[^\s)]+)/.exec(line)?.[1] ?? '',
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    waitForOutput,
    exited,
  }));
}
