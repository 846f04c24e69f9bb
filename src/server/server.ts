import Fastify, { type FastifyInstance } from 'fastify';
import { storeApp } from './app';
import type { StoreConfig } from './config/loadStoreConfig';
import { migrateToLatest } from './db/migrateToLatest';
import { openDatabase, type StoreDatabase } from './db/openDatabase';
import { loggerOptions } from './logging/loggerOptions';

export type RunningStore = {
  /** `http://host:port`, with the port actually bound (useful with port 0). */
  url: string;
  port: number;
  app: FastifyInstance;
  database: StoreDatabase;
  /** Stops accepting connections, lets in-flight requests finish, then closes the database. Idempotent. */
  close: () => Promise<void>;
};

export type StartStoreOptions = Pick<
  StoreConfig,
  'host' | 'port' | 'database' | 'corsOrigins' | 'rateLimitPerMinute' | 'bodyLimitBytes' | 'logLevel'
> & {
  /** Where pino writes (stdout by default). */
  logStream?: NodeJS.WritableStream;
};

/** A Fastify instance with the store app registered over `database` (not listening yet). */
export function buildServer(options: StartStoreOptions, database: StoreDatabase): FastifyInstance {
  const app = Fastify({ logger: loggerOptions(options.logLevel, options.logStream), forceCloseConnections: 'idle' });
  void app.register(storeApp, {
    database,
    corsOrigins: options.corsOrigins,
    rateLimitPerMinute: options.rateLimitPerMinute,
    bodyLimitBytes: options.bodyLimitBytes,
  });
  return app;
}

/** Opens and migrates the database, then listens. In-process use: `npm start` and the CLI's `serve`. */
export async function startStore(options: StartStoreOptions): Promise<RunningStore> {
  const database = openDatabase(options.database);
  let app: FastifyInstance | undefined;
  try {
    await migrateToLatest(database.db);
    app = buildServer(options, database);
    await app.listen({ host: options.host, port: options.port });
  } catch (error) {
    await app?.close();
    await database.close();
    throw error;
  }
  const running = app;
  const address = running.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= running.close().then(() => database.close());
    return closing;
  };
  return { url: `http://${urlHost(options.host)}:${port}`, port, app: running, database, close };
}

/**
 * Closes the store on the first SIGINT or SIGTERM (a second one kills the process, as usual).
 * Returns a function that removes the handlers.
 */
export function closeOnSignals(store: Pick<RunningStore, 'close'>, onSignal: (signal: NodeJS.Signals) => void = () => {}): () => void {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
  const remove = () => signals.forEach((signal) => process.removeListener(signal, handleSignal));
  function handleSignal(signal: NodeJS.Signals) {
    remove();
    onSignal(signal);
    store.close().catch(() => {});
  }
  signals.forEach((signal) => process.once(signal, handleSignal));
  return remove;
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}
