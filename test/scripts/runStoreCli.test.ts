import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '@/server/db/openDatabase';
import { findActiveToken, listTokens } from '@/server/tokens';
import { parseCreatedToken, replaceStoreToken } from '../../scripts/start/runStoreCli';

describe('parseCreatedToken', () => {
  it.each([
    ['sc_abc\n', 'sc_abc'],
    ['Jeton créé pour local-dev / token created\nsc_abc-_9\n\n', 'sc_abc-_9'],
    ['line\r\nsc_xyz\r\n', 'sc_xyz'],
  ])('%j → %s', (stdout, token) => {
    expect(parseCreatedToken(stdout)).toBe(token);
  });

  it.each([[''], ['\n\n'], ['token is sc_abc']])('refuses %j', (stdout) => {
    expect(() => parseCreatedToken(stdout)).toThrow(/printed no token/);
  });
});

describe('replaceStoreToken', () => {
  const repoRoot = path.resolve(__dirname, '../..');
  let directory: string;
  beforeAll(() => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'replace-token-'));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('creates the dev token with its display name, replacing an active one of that name', async () => {
    const file = path.join(directory, 'store.sqlite');
    const env: NodeJS.ProcessEnv = { ...process.env, STORE_DB: file };
    delete env.DATABASE_URL;
    const first = await replaceStoreToken(repoRoot, { name: 'local-dev', label: 'Poste local' }, env);
    const second = await replaceStoreToken(repoRoot, { name: 'local-dev', label: 'Poste local' }, env);
    expect(second).not.toBe(first);

    const database = openDatabase({ dialect: 'sqlite', file });
    try {
      const tokens = await listTokens(database.db);
      const active = (token: { revokedAt: string | null }) => (token.revokedAt === null ? 'active' : 'revoked');
      expect(tokens.map((token) => [token.name, token.label, active(token)])).toEqual([
        ['local-dev', 'Poste local', 'revoked'],
        ['local-dev', 'Poste local', 'active'],
      ]);
      expect(await findActiveToken(database.db, second)).toMatchObject({ author: 'Poste local' });
      expect(await findActiveToken(database.db, first)).toBeNull();
    } finally {
      await database.close();
    }
  }, 60_000);
});
