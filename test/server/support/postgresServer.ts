import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export type PostgresServer = {
  url: string;
  rootDir: string;
  dataDir: string;
  /** The `pg_ctl -o` settings it was started with (its port among them): restartPostgresServer uses them again. */
  settings?: string;
};

const MIN_MAJOR = 15;
const INSTALL_HINT =
  'PostgreSQL 15 introuvable (initdb et pg_ctl) : installez-le avec « apt-get install -y postgresql-15 » ' +
  '(ou mettez ses binaires dans le PATH). Les tests de la base clients tournent toujours aussi sur PostgreSQL.';

/**
 * Starts a throw-away PostgreSQL server for the test run: initdb on a temp dir, a free port on
 * 127.0.0.1, its unix socket inside the temp dir, durability off (fsync) for speed. Run as the
 * `postgres` user when we are root (PostgreSQL refuses root). Fails, never skips, when the
 * binaries are missing.
 */
export async function startPostgresServer(): Promise<PostgresServer> {
  const bin = findPostgresBin();
  const owner = postgresOwner();
  // As root, stay out of a private TMPDIR: the postgres user must be able to reach the directory.
  const rootDir = mkdtempSync(path.join(owner !== null && existsSync('/tmp') ? '/tmp' : os.tmpdir(), 'suivi-pg-'));
  const dataDir = path.join(rootDir, 'data');
  const socketDir = path.join(rootDir, 'socket');
  mkdirSync(socketDir);
  if (owner !== null) [rootDir, socketDir].forEach((dir) => chownSync(dir, owner.uid, owner.gid));
  try {
    runAsPostgres(path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
    const port = await freePort();
    const settings = `-p ${port} -k ${socketDir} -h 127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    const server = { url: `postgres://postgres@127.0.0.1:${port}/postgres`, rootDir, dataDir, settings };
    pgCtlStart(bin, server);
    return server;
  } catch (error) {
    rmSync(rootDir, { recursive: true, force: true });
    throw error;
  }
}

/** Stops the server (fast shutdown, waiting for it) and removes its directory. */
export function stopPostgresServer(server: PostgresServer): void {
  try {
    runAsPostgres(path.join(findPostgresBin(), 'pg_ctl'), ['-D', server.dataDir, '-m', 'fast', '-w', 'stop']);
  } finally {
    rmSync(server.rootDir, { recursive: true, force: true });
  }
}

function pgCtlStart(bin: string, server: PostgresServer): void {
  if (server.settings === undefined) throw new Error('serveur PostgreSQL sans réglages de démarrage');
  const log = path.join(server.rootDir, 'server.log');
  runAsPostgres(path.join(bin, 'pg_ctl'), ['-D', server.dataDir, '-l', log, '-w', '-t', '60', '-o', server.settings, 'start']);
}

/**
 * Stops the server as an administrator would (fast shutdown: open connections are cut), keeping its
 * data; `startPostgresServerAgain` brings it back on the same port. For the fault tests.
 */
export function stopPostgresServerKeepingData(server: PostgresServer): void {
  runAsPostgres(path.join(findPostgresBin(), 'pg_ctl'), ['-D', server.dataDir, '-m', 'fast', '-w', 'stop']);
}

/** Starts a server stopped by stopPostgresServerKeepingData again, with its data, on the same port. */
export function startPostgresServerAgain(server: PostgresServer): void {
  pgCtlStart(findPostgresBin(), server);
}

function findPostgresBin(): string {
  const candidates = [
    ...(process.env.PATH ?? '').split(path.delimiter),
    ...[17, 16, 15].map((major) => `/usr/lib/postgresql/${major}/bin`),
  ];
  const dir = candidates.find(
    (candidate) => candidate && existsSync(path.join(candidate, 'initdb')) && existsSync(path.join(candidate, 'pg_ctl')),
  );
  if (dir === undefined) throw new Error(INSTALL_HINT);
  const version = execFileSync(path.join(dir, 'pg_ctl'), ['--version'], { encoding: 'utf8' });
  const major = Number(/(\d+)(\.\d+)?/.exec(version)?.[1]);
  if (!(major >= MIN_MAJOR)) throw new Error(`${INSTALL_HINT} (trouvé : ${version.trim()})`);
  return dir;
}

function postgresOwner(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

/** Runs a PostgreSQL binary, as the `postgres` user when we are root (runuser, else su). */
function runAsPostgres(command: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  let result = spawnSync(asRoot ? 'runuser' : command, asRoot ? ['-u', 'postgres', '--', command, ...args] : args, {
    encoding: 'utf8',
    cwd: '/',
  });
  if (asRoot && result.error !== undefined && 'code' in result.error && result.error.code === 'ENOENT') {
    const quoted = [command, ...args].map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
    result = spawnSync('su', ['postgres', '-c', quoted], { encoding: 'utf8', cwd: '/' });
  }
  if (result.error !== undefined || result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
    throw new Error(`${path.basename(command)} a échoué (${result.error?.message ?? `code ${result.status}`}) : ${output}`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
