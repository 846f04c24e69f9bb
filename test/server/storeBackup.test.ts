import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { createTestDatabase, type TestDatabase } from './support/createTestDatabase';
import { httpRequest } from './support/httpRequest';
import { makeClientInput } from './support/makeClientInput';
import { databaseTarget, runStoreCommand, startStoreProcess, type StoreProcess } from './support/storeProcess';

const lastLine = (text: string) => text.trimEnd().split('\n').at(-1) ?? '';

describe('npm run store -- backup FILE on SQLite', () => {
  let testDatabase: TestDatabase;
  let store: StoreProcess | undefined;
  let dir: string;
  beforeAll(async () => {
    testDatabase = await createTestDatabase('sqlite');
    dir = mkdtempSync(path.join(os.tmpdir(), 'suivi-backup-'));
  });
  afterAll(async () => {
    if (store !== undefined && store.child.exitCode === null) {
      store.child.kill('SIGTERM');
      await store.exited;
    }
    rmSync(dir, { recursive: true, force: true });
    await testDatabase.drop();
  });

  it('writes a consistent copy while the store serves and writes, and never overwrites a file', async () => {
    const target = databaseTarget(testDatabase.config);
    const token = lastLine((await runStoreCommand(['token', 'create', 'backup', ...target.args], target.env)).stdout);
    store = await startStoreProcess(target.args, target.env);
    const url = store.url;
    const create = () =>
      httpRequest(`${url}/api/v1/clients`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: makeClientInput() });
    for (let i = 0; i < 20; i += 1) expect((await create()).statusCode).toBe(201);

    const file = path.join(dir, 'copie.sqlite');
    const writes = Promise.all(Array.from({ length: 20 }, () => create()));
    const backup = await runStoreCommand(['backup', file, ...target.args], target.env);
    await writes;

    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain(`écrite dans ${file}`);
    const copy = new SqliteDatabase(file, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      const clients = Number(copy.prepare('select count(*) as n from clients').pluck().get());
      const versions = Number(copy.prepare('select count(*) as n from client_versions').pluck().get());
      expect(clients).toBeGreaterThanOrEqual(20);
      expect(clients).toBeLessThanOrEqual(40);
      expect(versions).toBe(clients);
    } finally {
      copy.close();
    }

    const again = await runStoreCommand(['backup', file, ...target.args], target.env);
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toBe(
      'Erreur\u00a0: le fichier de sauvegarde existe déjà\u00a0: choisissez un autre nom (il n’est jamais écrasé).',
    );
  });

  it('asks for the file name', async () => {
    const result = await runStoreCommand(['backup']);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Fichier de sauvegarde manquant\u00a0: npm run store -- backup FICHIER. Aide\u00a0: npm run store -- help\n',
    });
  });
});

describe('npm run store -- backup FILE on PostgreSQL', () => {
  it('says it is not supported and points to pg_dump, exit code 1', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'suivi-backup-'));
    try {
      const file = path.join(dir, 'copie.sqlite');
      const result = await runStoreCommand(['backup', file], { DATABASE_URL: 'postgres://user@127.0.0.1:1/none' });
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim()).toBe(
        'La sauvegarde intégrée ne concerne que SQLite. Pour PostgreSQL, utilisez pg_dump (par exemple\u00a0: pg_dump -Fc -f sauvegarde.dump "$DATABASE_URL").',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
