import { maxHeaderSize } from 'node:http';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { storeApp } from './app';
import type { LogLevel, StoreConfig } from './config/loadStoreConfig';
import { migrateToLatest } from './db/migrateToLatest';
import { openDatabase, type StoreDatabase } from './db/openDatabase';
import { loggerOptions } from './logging/loggerOptions';
import { handleClientError, handleFrameworkError } from './plugins/errorHandlerPlugin';

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
  /** `false`: writes keep no duplicate machinery (the bench's anchor only: StoreAppOptions). */
  duplicateDetection?: false;
};

/**
 * The store's Fastify options: its logger, and the answers to what is refused before any route runs, in the
 * ApiError shape — the router's (bad URL encoding: `frameworkErrors`) and Node's parser's (headers or URL over
 * `maxHeaderSize`, malformed requests: `clientErrorHandler`). A parameter may be as long as a URL can be, so an
 * over-long id is the contract's 400 on `params.id`, never the router's 414.
 */
export function storeServerOptions(logLevel: LogLevel, logStream?: NodeJS.WritableStream): FastifyServerOptions {
  return {
    logger: loggerOptions(logLevel, logStream),
    forceCloseConnections: 'idle',
    routerOptions: { maxParamLength: maxHeaderSize },
    frameworkErrors: handleFrameworkError,
    clientErrorHandler: handleClientError,
  };
}

/** A Fastify instance with the store app registered over `database` (not listening yet). */
export function buildServer(options: StartStoreOptions, database: StoreDatabase): FastifyInstance {
  const app = Fastify(storeServerOptions(options.logLevel, options.logStream));
  void app.register(storeApp, {
    database,
    corsOrigins: options.corsOrigins,
    rateLimitPerMinute: options.rateLimitPerMinute,
    bodyLimitBytes: options.bodyLimitBytes,
    duplicateDetection: options.duplicateDetection,
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
