import path from 'node:path';
import { loadStoreConfig } from '@/server/config/loadStoreConfig';
import { StoreConfigError } from '@/server/config/StoreConfigError';
import { describeDatabase } from '@/server/db/DatabaseConfig';
import packageJson from '../../package.json';

const cwd = '/srv/suivi';

describe('loadStoreConfig', () => {
  it('defaults to package.json’s store port and dev origin, localhost, and a SQLite file under data/', () => {
    expect(loadStoreConfig({}, {}, cwd)).toEqual({
      host: '127.0.0.1',
      port: packageJson.config.storePort,
      database: { dialect: 'sqlite', file: path.join(cwd, 'data', 'suivi-clients.sqlite') },
      dataDir: path.join(cwd, 'data'),
      corsOrigins: [packageJson.config.devUrl],
      rateLimitPerMinute: 1000,
      bodyLimitBytes: 10 * 1024 * 1024,
      logLevel: 'info',
    });
  });

  it('reads every variable', () => {
    const config = loadStoreConfig(
      {
        STORE_PORT: '4000',
        STORE_HOST: '0.0.0.0',
        SUIVI_DATA_DIR: '/var/lib/suivi',
        CORS_ORIGINS: 'https://suivi-clients.gesmobile.ch, https://localhost:3000/',
        STORE_RATE_LIMIT: '50',
        STORE_BODY_LIMIT: '2048',
        STORE_LOG_LEVEL: 'warn',
      },
      {},
      cwd,
    );
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 4000,
      dataDir: '/var/lib/suivi',
      database: { dialect: 'sqlite', file: '/var/lib/suivi/suivi-clients.sqlite' },
      corsOrigins: ['https://suivi-clients.gesmobile.ch', 'https://localhost:3000'],
      rateLimitPerMinute: 50,
      bodyLimitBytes: 2048,
      logLevel: 'warn',
    });
  });

  it('uses PostgreSQL when DATABASE_URL is a postgres URL, unless --db names a SQLite file', () => {
    const env = { DATABASE_URL: 'postgresql://suivi:secret@db.local:5432/suivi', STORE_DB: 'ignored.sqlite' };
    const postgres = loadStoreConfig(env, {}, cwd).database;
    expect(postgres).toEqual({ dialect: 'postgres', url: env.DATABASE_URL });
    expect(describeDatabase(postgres)).toBe('PostgreSQL db.local:5432/suivi');
    expect(loadStoreConfig(env, { db: 'mine.sqlite', port: 0 }, cwd)).toMatchObject({
      port: 0,
      database: { dialect: 'sqlite', file: path.join(cwd, 'mine.sqlite') },
    });
  });

  it('takes STORE_DB as the SQLite file, and treats empty variables as unset', () => {
    expect(loadStoreConfig({ STORE_DB: 'db/x.sqlite', DATABASE_URL: '', STORE_PORT: '' }, {}, cwd)).toMatchObject({
      port: packageJson.config.storePort,
      database: { dialect: 'sqlite', file: path.join(cwd, 'db/x.sqlite') },
    });
  });

  it.each([
    [{ STORE_PORT: '70000' }, {}, [{ variable: 'STORE_PORT', code: 'invalid_port' }]],
    [{ STORE_PORT: 'abc' }, {}, [{ variable: 'STORE_PORT', code: 'invalid_port' }]],
    [{ DATABASE_URL: 'mysql://x' }, {}, [{ variable: 'DATABASE_URL', code: 'invalid_url' }]],
    [{ CORS_ORIGINS: 'localhost:3000' }, {}, [{ variable: 'CORS_ORIGINS', code: 'invalid_url' }]],
    [{ CORS_ORIGINS: 'https://a.ch/path' }, {}, [{ variable: 'CORS_ORIGINS', code: 'invalid_url' }]],
    [
      { STORE_RATE_LIMIT: '0', STORE_LOG_LEVEL: 'loud' },
      {},
      [
        { variable: 'STORE_RATE_LIMIT', code: 'invalid_number' },
        { variable: 'STORE_LOG_LEVEL', code: 'invalid_value' },
      ],
    ],
    [{}, { port: -1 }, [{ variable: '--port', code: 'invalid_port' }]],
  ])('refuses %j %j, naming every bad variable', (env, overrides, issues) => {
    expect(() => loadStoreConfig(env, overrides, cwd)).toThrow(StoreConfigError);
    try {
      loadStoreConfig(env, overrides, cwd);
    } catch (error) {
      expect((error as StoreConfigError).issues).toEqual(issues);
    }
  });
});
