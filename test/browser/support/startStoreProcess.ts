import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { createProcessSupervisor } from '../../../scripts/start/createProcessSupervisor';
import { parseCreatedToken, runStoreCli } from '../../../scripts/start/runStoreCli';
import { waitForUrl } from '../../../scripts/start/waitForUrl';
import { getFreePort } from './getFreePort';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

export type StoreProcess = {
  url: string;
  dbFile: string;
  /** `token create NAME [--label LABEL]`: the token; the label is the name the pane shows (history, author). */
  createToken: (name: string, label?: string) => Promise<string>;
  output: () => string;
  stop: () => Promise<void>;
};

/**
 * A real store (`tsx src/cli/store.ts serve`) on a free port over a temp SQLite file, in its own
 * process group; `stop` kills the group and deletes the file. Throws if it dies while starting.
 */
export async function startStoreProcess(corsOrigin: string): Promise<StoreProcess> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'suivi-store-'));
  const dbFile = path.join(dir, 'store.sqlite');
  const port = await getFreePort();
  let text = '';
  const sink = new PassThrough();
  sink.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
  const supervisor = createProcessSupervisor(sink, sink);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: '',
    SUIVI_DATA_DIR: dir,
    CORS_ORIGINS: corsOrigin,
    STORE_LOG_LEVEL: 'warn',
  };
  const stop = async () => {
    await supervisor.stopAll();
    rmSync(dir, { recursive: true, force: true });
  };
  supervisor.start('store', process.execPath, ['--import', 'tsx', 'src/cli/store.ts', 'serve', '--port', String(port), '--db', dbFile], {
    cwd: repoRoot,
    env,
  });
  const died = new AbortController();
  void supervisor.firstUnexpectedExit.then(() => died.abort());
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForUrl(`${url}/api/v1/health`, { signal: died.signal, timeoutMs: 60_000 });
  } catch (error) {
    await stop();
    throw new Error(`La base clients n'a pas démarré / the store did not start: ${String(error)}\n${text}`);
  }
  return {
    url,
    dbFile,
    output: () => text,
    stop,
    createToken: async (name, label) => {
      const labelArgs = label === undefined ? [] : ['--label', label];
      const result = await runStoreCli(repoRoot, ['token', 'create', name, ...labelArgs, '--db', dbFile], env);
      if (result.code !== 0) throw new Error(`token create ${name} → exit ${result.code}\n${result.stderr}`);
      return parseCreatedToken(result.stdout);
    },
  };
}
