import { Writable } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import { storeApp, type StoreAppOptions } from '@/server/app';
import type { StoreDatabase } from '@/server/db/openDatabase';
import { storeServerOptions } from '@/server/server';
import { httpRequest, type HttpRequestOptions, type HttpResponse } from './httpRequest';

export const TEST_ORIGIN = 'https://localhost:3000';

export type TestApp = {
  app: FastifyInstance;
  url: string;
  request: (path: string, options?: HttpRequestOptions) => Promise<HttpResponse>;
  /** Everything the app logged (pino JSON lines). */
  logs: () => string;
  close: () => Promise<void>;
};

/**
 * The store app on a fresh Fastify over `database`, as server.ts builds it (its server options), listening on a free
 * port of 127.0.0.1 (requests go over a real socket), its log captured in memory. `extend` adds
 * routes after the app (to provoke errors). The database stays open: the fixture closes it.
 */
export async function buildTestApp(
  database: StoreDatabase,
  options: Partial<Omit<StoreAppOptions, 'database'>> = {},
  extend?: (app: FastifyInstance) => void,
): Promise<TestApp> {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString('utf8'));
      callback();
    },
  });
  const app = Fastify(storeServerOptions('info', stream));
  await app.register(storeApp, {
    database,
    corsOrigins: [TEST_ORIGIN],
    rateLimitPerMinute: 10_000,
    bodyLimitBytes: 1024 * 1024,
    ...options,
  });
  extend?.(app);
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    app,
    url,
    request: (path, requestOptions) => httpRequest(`${url}${path}`, requestOptions),
    logs: () => chunks.join(''),
    close: () => app.close(),
  };
}

/** Builds an app, sends one request, closes the app. */
export async function requestOnce(database: StoreDatabase, path: string, options?: HttpRequestOptions): Promise<HttpResponse> {
  const testApp = await buildTestApp(database);
  try {
    return await testApp.request(path, options);
  } finally {
    await testApp.close();
  }
}
