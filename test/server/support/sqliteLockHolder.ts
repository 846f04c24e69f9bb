import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

/** In the child: opens the file, takes the write lock, runs the statements, says `locked`, commits on `commit` or after `releaseAfterMs`. */
const SCRIPT = `
const Database = require(${JSON.stringify(path.join(ROOT, 'node_modules', 'better-sqlite3'))});
const [file, statements, releaseAfter] = JSON.parse(process.argv[1]);
const db = new Database(file);
db.pragma('busy_timeout = 10000');
db.exec('begin immediate');
for (const statement of statements) db.exec(statement);
process.stdout.write('locked\\n');
let done = false;
const commit = () => { if (done) return; done = true; db.exec('commit'); db.close(); process.stdout.write('committed\\n'); process.exit(0); };
process.stdin.on('data', (chunk) => { if (String(chunk).includes('commit')) commit(); });
process.stdin.on('end', commit);
if (releaseAfter !== null) setTimeout(commit, releaseAfter);
`;

export type SqliteLockHolder = {
  /** Commits (the lock is released) and resolves once the child has ended. */
  release: () => Promise<void>;
  /** Resolves once the child has committed and ended (by `release` or by its own timer). */
  ended: Promise<void>;
};

/**
 * Another process holding SQLite's write lock on `file` (as a second program writing the same
 * file would): `begin immediate`, then `statements` run inside that transaction, held until
 * `release()` or, with `releaseAfterMs`, by itself (for a store in this process, whose wait for the
 * lock blocks this process's event loop). Resolves once the lock is held.
 */
export function holdSqliteWriteLock(
  file: string,
  statements: string[] = [],
  releaseAfterMs: number | null = null,
): Promise<SqliteLockHolder> {
  const child: ChildProcess = spawn(process.execPath, ['-e', SCRIPT, JSON.stringify([file, statements, releaseAfterMs])], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const ended = new Promise<void>((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`lock holder exited ${code}: ${output}`)))),
  );
  return new Promise((resolve, reject) => {
    const handleData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('locked\n'))
        resolve({
          release: () => {
            child.stdin?.end('commit\n');
            return ended;
          },
          ended,
        });
    };
    child.stdout?.on('data', handleData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    ended.catch(reject);
  });
}
