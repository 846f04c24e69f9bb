import { createStoreClient, type StoreClient, type StoreClientOptions } from '@/api-client/createStoreClient';
import { startTestServer, type Handler, type RecordedRequest } from './startTestServer';

const fastPolicy = { timeoutMs: 2_000, retries: 2, retryDelayMs: 1 };

export type FakeStoreServer = {
  /** A store client (token `secret-token`, fast retries) on a new test server answering with `handlers`; the previous server is closed. */
  clientFor: (handlers: Handler[], options?: Partial<StoreClientOptions>) => Promise<StoreClient>;
  /** What the current server received. */
  requests: () => RecordedRequest[];
  lastRequest: () => RecordedRequest;
};

/** Per test: a real HTTP server that answers as told, closed after each test. */
export function useFakeStoreServer(): FakeStoreServer {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  return {
    clientFor: async (handlers, options = {}) => {
      await server?.close();
      server = await startTestServer(handlers);
      return createStoreClient({ storeUrl: server.url, token: 'secret-token', policy: fastPolicy, ...options });
    },
    requests: () => server?.requests ?? [],
    lastRequest: () => {
      const request = server?.requests.at(-1);
      if (!request) throw new Error('no request reached the server');
      return request;
    },
  };
}
