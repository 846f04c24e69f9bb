import type { RequestOptions, StoreClient } from '@/api-client/createStoreClient';
import { isStoreClientError, type StoreClientError } from '@/api-client/StoreClientError';
import type { StoreConnection } from './StoreConnection';

/**
 * Asks the store for its health (no auth) and its settings (auth) at once:
 * reachable and token accepted gives `connected` with the database kind and home country.
 * Throws only when the caller aborts or on a bug (not a `StoreClientError`).
 */
export async function checkStoreConnection(client: StoreClient, options: RequestOptions = {}): Promise<StoreConnection> {
  const [health, settings] = await Promise.allSettled([client.health(options), client.getSettings(options)]);
  if (health.status === 'rejected') return connectionFailure(health.reason);
  if (settings.status === 'rejected') return connectionFailure(settings.reason);
  return {
    state: 'connected',
    database: health.value.database,
    version: health.value.version,
    homeCountry: settings.value.homeCountry,
  };
}

function connectionFailure(reason: unknown): StoreConnection {
  if (!isStoreClientError(reason) || reason.code === 'aborted') throw reason;
  return failureFor(reason);
}

function failureFor(error: StoreClientError): StoreConnection {
  switch (error.code) {
    case 'unauthorized':
      return { state: 'token_refused' };
    case 'unreachable':
    case 'timeout':
      return { state: 'unreachable' };
    default:
      return { state: 'failed', code: error.code };
  }
}
