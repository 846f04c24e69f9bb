import path from 'node:path';

export type StartConfig = {
  repoRoot: string;
  dataDir: string;
  manifestPath: string;
  /** The pane's origin, e.g. https://localhost:3000 (package.json config.devUrl). */
  devUrl: string;
  devPort: number;
  storePort: number;
  /** The store's own address; the pane reaches it through the dev server's /api proxy instead. */
  storeDirectUrl: string;
  databaseUrl: string | undefined;
};

type PackageConfig = { devUrl: string; devPort: number; storePort: number };
type Env = Record<string, string | undefined>;

function readPort(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name}=${value} : port invalide / invalid port`);
  }
  return port;
}

/** The settings of `npm start`: package.json "config" (the one source), overridable by environment variables. */
export function readStartConfig(repoRoot: string, config: PackageConfig, env: Env): StartConfig {
  const devPort = readPort(env.DEV_PORT, config.devPort, 'DEV_PORT');
  const storePort = readPort(env.STORE_PORT, config.storePort, 'STORE_PORT');
  const devUrl = new URL(config.devUrl);
  devUrl.port = devPort === 443 ? '' : String(devPort);
  return {
    repoRoot,
    dataDir: path.resolve(repoRoot, env.SUIVI_DATA_DIR || 'data'),
    manifestPath: path.join(repoRoot, 'manifest.xml'),
    devUrl: devUrl.origin,
    devPort,
    storePort,
    storeDirectUrl: `http://127.0.0.1:${storePort}`,
    databaseUrl: env.DATABASE_URL || undefined,
  };
}
