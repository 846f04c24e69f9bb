import path from 'node:path';
import { readStartConfig } from '../../scripts/start/readStartConfig';

const packageConfig = { devUrl: 'https://localhost:3000', devPort: 3000, storePort: 3001 };

describe('readStartConfig', () => {
  it('uses package.json "config" and data/ by default', () => {
    expect(readStartConfig('/repo', packageConfig, {})).toEqual({
      repoRoot: '/repo',
      dataDir: path.resolve('/repo', 'data'),
      manifestPath: path.join('/repo', 'manifest.xml'),
      devUrl: 'https://localhost:3000',
      devPort: 3000,
      storePort: 3001,
      storeDirectUrl: 'http://127.0.0.1:3001',
      databaseUrl: undefined,
    });
  });

  it('follows DEV_PORT, STORE_PORT, SUIVI_DATA_DIR and DATABASE_URL', () => {
    const config = readStartConfig('/repo', packageConfig, {
      DEV_PORT: '4000',
      STORE_PORT: '4001',
      SUIVI_DATA_DIR: '/var/suivi',
      DATABASE_URL: 'postgres://u@h/db',
    });
    expect(config).toMatchObject({
      devUrl: 'https://localhost:4000',
      devPort: 4000,
      storePort: 4001,
      storeDirectUrl: 'http://127.0.0.1:4001',
      dataDir: '/var/suivi',
      databaseUrl: 'postgres://u@h/db',
    });
  });

  it('treats empty variables as unset and refuses an invalid port', () => {
    expect(readStartConfig('/repo', packageConfig, { DEV_PORT: '', SUIVI_DATA_DIR: '' }).devPort).toBe(3000);
    expect(() => readStartConfig('/repo', packageConfig, { STORE_PORT: 'abc' })).toThrow(/STORE_PORT=abc/);
    expect(() => readStartConfig('/repo', packageConfig, { DEV_PORT: '70000' })).toThrow(/DEV_PORT/);
  });
});
