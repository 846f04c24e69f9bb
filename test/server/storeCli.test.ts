import { existsSync } from 'node:fs';
import http from 'node:http';
import { openDatabase } from '@/server/db/openDatabase';
import { readSettings } from '@/server/settings/readSettings';
import { createTestDatabase, type TestDatabase } from './support/createTestDatabase';
import { httpRequest } from './support/httpRequest';
import { databaseTarget, runStoreCommand, startStoreProcess, type StoreProcess } from './support/storeProcess';
import { dialects } from './support/useStoreFixture';

const lastLine = (text: string) => text.trimEnd().split('\n').at(-1) ?? '';
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |Error:|\.ts:\d+/);

describe.each(dialects)('npm run store over real processes on %s', (dialect) => {
  let testDatabase: TestDatabase;
  let target: ReturnType<typeof databaseTarget>;
  let store: StoreProcess | undefined;
  beforeAll(async () => {
    testDatabase = await createTestDatabase(dialect);
    target = databaseTarget(testDatabase.config);
  });
  afterEach(async () => {
    if (store !== undefined && store.child.exitCode === null) {
      store.child.kill('SIGTERM');
      await store.exited;
    }
    store = undefined;
  });
  afterAll(() => testDatabase.drop());

  const storeCommand = (...args: string[]) => runStoreCommand([...args, ...target.args], target.env);

  it('creates a token (printed alone on the last line) that `serve` then accepts over a real socket', async () => {
    const created = await storeCommand('token', 'create', 'poste-1');
    expect(created).toMatchObject({ code: 0, stderr: '' });
    const token = lastLine(created.stdout);
    expect(token).toMatch(/^sc_[A-Za-z0-9_-]{43}$/);

    store = await startStoreProcess(target.args, target.env);
    expect(store.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const health = await httpRequest(`${store.url}/api/v1/health`);
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ status: 'ok', database: dialect });
    expect((await httpRequest(`${store.url}/api/v1/settings`)).statusCode).toBe(401);
    const settings = await httpRequest(`${store.url}/api/v1/settings`, { headers: { authorization: `Bearer ${token}` } });
    expect(settings.statusCode).toBe(200);
    expect(settings.json()).toEqual({ homeCountry: 'CH' });

    const listed = await storeCommand('token', 'list');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/poste-1\t\S+\tcréé le \S+\tactif/);
    expect(listed.stdout).not.toContain(token);

    const revoked = await storeCommand('token', 'revoke', 'poste-1');
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toContain('Jeton «\u00a0poste-1\u00a0» révoqué');
    expect((await httpRequest(`${store.url}/api/v1/settings`, { headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
    expect(store.stdout()).not.toContain(token);
  });

  it('gives a token its display name with --label, says it and lists it beside the technical name', async () => {
    const created = await storeCommand('token', 'create', 'poste-local', '--label', 'Poste local');
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toContain('Jeton «\u00a0poste-local\u00a0» (affiché «\u00a0Poste local\u00a0») créé dans');
    expect(lastLine(created.stdout)).toMatch(/^sc_[A-Za-z0-9_-]{43}$/);
    expect((await storeCommand('token', 'list')).stdout).toMatch(/poste-local\t\S+\tcréé le \S+\tactif\taffiché «\sPoste local\s»/);

    const tooLong = 'é'.repeat(65);
    const refused = await storeCommand('token', 'create', 'poste-long', '--label', tooLong);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe(
      `Nom affiché invalide\u00a0: «\u00a0${tooLong}\u00a0» (1 à 64 caractères, sans caractère de contrôle\u00a0; par exemple --label "Poste local").`,
    );
  });

  it('refuses a second active token of the same name: one French line, exit code 1', async () => {
    expect((await storeCommand('token', 'create', 'double')).code).toBe(0);
    const again = await storeCommand('token', 'create', 'double');

    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr.trim()).toBe(
      'Un jeton actif s’appelle déjà «\u00a0double\u00a0»\u00a0: choisissez un autre nom ou révoquez-le (npm run store -- token revoke double).',
    );
    noStack(again.stderr);
  });

  it('shuts down gracefully on SIGTERM: the request in flight completes, then the database is closed', async () => {
    const token = lastLine((await storeCommand('token', 'create', 'shutdown')).stdout);
    store = await startStoreProcess(target.args, target.env);
    const running = store;

    const body = JSON.stringify({ homeCountry: 'FR' });
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = http.request(`${running.url}/api/v1/settings`, {
        method: 'PUT',
        agent: false,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
        },
      });
      request.on('response', (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      request.on('error', reject);
      request.write(body.slice(0, 5));
      void running
        .waitForOutput(/"method":"PUT","path":"\/api\/v1\/settings"\},"msg":"incoming request"/)
        .then(() => {
          running.child.kill('SIGTERM');
          return running.waitForOutput(/Arrêt de la base clients/);
        })
        .then(() => request.end(body.slice(5)), reject);
    });

    expect(await response).toEqual({ status: 200, text: JSON.stringify({ homeCountry: 'FR' }) });
    expect(await running.exited).toBe(0);
    expect(running.stdout()).toContain('Base clients arrêtée.');

    if (testDatabase.config.dialect === 'sqlite') expect(existsSync(`${testDatabase.config.file}-wal`)).toBe(false);
    const reopened = openDatabase(testDatabase.config);
    expect(await readSettings(reopened.db)).toEqual({ homeCountry: 'FR' });
    await reopened.close();
  });

  it('says in French that the port is taken', async () => {
    store = await startStoreProcess(target.args, target.env);
    const port = new URL(store.url).port;
    const second = await runStoreCommand(['serve', '--port', port, ...target.args], target.env);

    expect(second.code).toBe(1);
    expect(second.stderr.trim()).toBe('Erreur\u00a0: ce port est déjà utilisé\u00a0: choisissez-en un autre avec --port.');
    noStack(second.stderr);
  });
});

describe('npm run store: usage errors', () => {
  it.each([
    [['frobnicate'], 'Commande inconnue\u00a0: «\u00a0frobnicate\u00a0». Aide\u00a0: npm run store -- help'],
    [['token', 'create'], 'Nom du jeton manquant\u00a0: npm run store -- token create NOM. Aide\u00a0: npm run store -- help'],
    [['serve', '--port', 'abc'], 'Port invalide\u00a0: «\u00a0abc\u00a0» (entier de 0 à 65535 attendu). Aide\u00a0: npm run store -- help'],
    [['serve', '--verbose'], 'Option inconnue\u00a0: --verbose. Aide\u00a0: npm run store -- help'],
    [['token', 'revoke', 'x', '--label', 'Poste'], 'Option inconnue\u00a0: --label. Aide\u00a0: npm run store -- help'],
  ])('%j → exit 1 and one French line', async (args, message) => {
    const result = await runStoreCommand(args);
    expect(result).toEqual({ code: 1, stdout: '', stderr: `${message}\n` });
  });

  it('refuses an unusable environment in French', async () => {
    const result = await runStoreCommand(['token', 'list'], { DATABASE_URL: 'mysql://nope' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Configuration invalide\u00a0: DATABASE_URL');
    noStack(result.stderr);
  });

  it('prints its help', async () => {
    const result = await runStoreCommand(['help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('token create NOM [--label "Poste local"] [--db FICHIER]');
  });
});
