import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureLocalStoreConfig } from '../../scripts/start/ensureLocalStoreConfig';

describe('ensureLocalStoreConfig', () => {
  let dir: string;
  let file: string;
  let created: string[];
  const storeUrl = 'https://localhost:3000';

  const options = (accepted: string[]) => ({
    file,
    storeUrl,
    isTokenAccepted: async (token: string) => accepted.includes(token),
    createToken: async () => {
      const token = `sc_new${created.length + 1}`;
      created.push(token);
      return token;
    },
  });
  const readFile = () => JSON.parse(readFileSync(file, 'utf8')) as unknown;

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'local-store-'));
    file = path.join(dir, 'data', 'local-store.json');
    created = [];
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a token and writes the file on first run (readable by its owner only)', async () => {
    const result = await ensureLocalStoreConfig(options([]));
    expect(result).toEqual({ outcome: 'created', config: { storeUrl, token: 'sc_new1' } });
    expect(readFile()).toEqual({ storeUrl, token: 'sc_new1' });
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o077).toBe(0);
  });

  it('reuses the file while the store accepts its token, without creating another', async () => {
    await ensureLocalStoreConfig(options([]));
    const second = await ensureLocalStoreConfig(options(['sc_new1']));
    expect(second).toEqual({ outcome: 'reused', config: { storeUrl, token: 'sc_new1' } });
    expect(created).toEqual(['sc_new1']);
  });

  it('replaces a token the store refuses (e.g. a new database)', async () => {
    await ensureLocalStoreConfig(options([]));
    const second = await ensureLocalStoreConfig(options([]));
    expect(second).toEqual({ outcome: 'recreated', config: { storeUrl, token: 'sc_new2' } });
    expect(readFile()).toEqual({ storeUrl, token: 'sc_new2' });
  });

  it('replaces an unreadable file', async () => {
    await ensureLocalStoreConfig(options([]));
    writeFileSync(file, '{ not json');
    expect((await ensureLocalStoreConfig(options(['sc_new1']))).outcome).toBe('recreated');
    writeFileSync(file, JSON.stringify({ storeUrl: 'nope', token: '' }));
    expect((await ensureLocalStoreConfig(options(['sc_new1']))).outcome).toBe('recreated');
  });

  it('keeps an accepted token but rewrites the store URL when the dev URL changed', async () => {
    await ensureLocalStoreConfig(options([]));
    const moved = await ensureLocalStoreConfig({ ...options(['sc_new1']), storeUrl: 'https://localhost:4000' });
    expect(moved).toEqual({ outcome: 'reused', config: { storeUrl: 'https://localhost:4000', token: 'sc_new1' } });
    expect(readFile()).toEqual({ storeUrl: 'https://localhost:4000', token: 'sc_new1' });
  });

  it('lets a failing token check fail (store unreachable is not "token refused")', async () => {
    await ensureLocalStoreConfig(options([]));
    const failing = {
      ...options([]),
      isTokenAccepted: async () => {
        throw new Error('ECONNREFUSED');
      },
    };
    await expect(ensureLocalStoreConfig(failing)).rejects.toThrow('ECONNREFUSED');
    expect(readFile()).toEqual({ storeUrl, token: 'sc_new1' });
  });
});
