import path from 'node:path';
import { z } from 'zod';
import type { DatabaseConfig } from '../db/DatabaseConfig';
import { packageConfig } from './packageConfig';
import { StoreConfigError, type StoreConfigIssue } from './StoreConfigError';

export const LogLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);
export type LogLevel = z.infer<typeof LogLevel>;

export type StoreConfig = {
  host: string;
  port: number;
  database: DatabaseConfig;
  dataDir: string;
  /** Exact origins allowed by CORS (scheme://host[:port]). */
  corsOrigins: string[];
  /** Requests per minute and client address. */
  rateLimitPerMinute: number;
  bodyLimitBytes: number;
  logLevel: LogLevel;
};

/** Command-line flags, stronger than the environment: `--port N`, `--db FILE` (a SQLite file, even if DATABASE_URL is set). */
export type StoreConfigOverrides = { port?: number | undefined; db?: string | undefined };

const Port = z.coerce.number().int().min(0).max(65535);
const PositiveInt = z.coerce.number().int().positive();

const StoreEnv = z.object({
  STORE_PORT: Port.default(packageConfig.storePort),
  STORE_HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/)
    .optional(),
  SUIVI_DATA_DIR: z.string().min(1).default('data'),
  STORE_DB: z.string().min(1).optional(),
  CORS_ORIGINS: z.string().default(packageConfig.devUrl),
  STORE_RATE_LIMIT: PositiveInt.default(1000),
  STORE_BODY_LIMIT: PositiveInt.default(10 * 1024 * 1024),
  STORE_LOG_LEVEL: LogLevel.default('info'),
});
type StoreEnvKey = keyof z.infer<typeof StoreEnv>;

const issueCodes: Record<StoreEnvKey, StoreConfigIssue['code']> = {
  STORE_PORT: 'invalid_port',
  STORE_HOST: 'invalid_value',
  DATABASE_URL: 'invalid_url',
  SUIVI_DATA_DIR: 'invalid_value',
  STORE_DB: 'invalid_value',
  CORS_ORIGINS: 'invalid_url',
  STORE_RATE_LIMIT: 'invalid_number',
  STORE_BODY_LIMIT: 'invalid_number',
  STORE_LOG_LEVEL: 'invalid_value',
};

/**
 * Reads the store's configuration once, from the environment and the command-line overrides.
 * Empty variables count as unset. Relative paths are resolved against `cwd`.
 * Throws StoreConfigError naming every unusable variable.
 */
export function loadStoreConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: StoreConfigOverrides = {},
  cwd: string = process.cwd(),
): StoreConfig {
  const present = Object.fromEntries(Object.keys(StoreEnv.shape).flatMap((key) => (env[key] ? [[key, env[key]]] : [])));
  const parsed = StoreEnv.safeParse(present);
  const issues: StoreConfigIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const variable = String(issue.path[0]) as StoreEnvKey;
        return { variable, code: issueCodes[variable] };
      });
  if (overrides.port !== undefined && !Port.safeParse(overrides.port).success) {
    issues.push({ variable: '--port', code: 'invalid_port' });
  }
  const corsOrigins = parsed.success ? parseOrigins(parsed.data.CORS_ORIGINS) : [];
  if (corsOrigins === null) issues.push({ variable: 'CORS_ORIGINS', code: 'invalid_url' });
  if (!parsed.success || corsOrigins === null || issues.length > 0) throw new StoreConfigError(issues);

  const vars = parsed.data;
  const dataDir = path.resolve(cwd, vars.SUIVI_DATA_DIR);
  return {
    host: vars.STORE_HOST,
    port: overrides.port ?? vars.STORE_PORT,
    database: chooseDatabase(vars.DATABASE_URL, overrides.db, vars.STORE_DB, dataDir, cwd),
    dataDir,
    corsOrigins,
    rateLimitPerMinute: vars.STORE_RATE_LIMIT,
    bodyLimitBytes: vars.STORE_BODY_LIMIT,
    logLevel: vars.STORE_LOG_LEVEL,
  };
}

function chooseDatabase(
  databaseUrl: string | undefined,
  dbFlag: string | undefined,
  storeDb: string | undefined,
  dataDir: string,
  cwd: string,
): DatabaseConfig {
  if (dbFlag !== undefined) return { dialect: 'sqlite', file: path.resolve(cwd, dbFlag) };
  if (databaseUrl !== undefined) return { dialect: 'postgres', url: databaseUrl };
  return { dialect: 'sqlite', file: storeDb ? path.resolve(cwd, storeDb) : path.join(dataDir, 'suivi-clients.sqlite') };
}

/** `https://a.ch, https://b.ch/` → exact origins; null when one of them is not an http(s) origin. */
function parseOrigins(list: string): string[] | null {
  const origins = list
    .split(',')
    .map((item) => item.trim().replace(/\/+$/, ''))
    .filter((item) => item.length > 0);
  const valid = origins.every((origin) => {
    try {
      const url = new URL(origin);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === origin;
    } catch {
      return false;
    }
  });
  return valid ? origins : null;
}
