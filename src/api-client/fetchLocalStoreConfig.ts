import { LocalStoreConfig } from '@/contract/LocalStoreConfig';
import type { FetchFunction } from './requestJson';
import { StoreClientError } from './StoreClientError';

type FetchLocalStoreConfigOptions = {
  /** Where the file is; `local-store.json` next to the page by default. */
  url?: string;
  fetch?: FetchFunction;
  signal?: AbortSignal;
};

/**
 * Reads `local-store.json`, which only the dev server serves (written by `npm start`):
 * the local store's URL and token. `null` when there is none (404), so the pane stays unconfigured.
 */
export async function fetchLocalStoreConfig(options: FetchLocalStoreConfigOptions = {}): Promise<LocalStoreConfig | null> {
  const doFetch = options.fetch ?? ((input: string, init: RequestInit) => globalThis.fetch(input, init));
  let response: Response;
  let text: string;
  try {
    response = await doFetch(options.url ?? 'local-store.json', { headers: { Accept: 'application/json' }, signal: options.signal });
    text = await response.text();
  } catch (cause) {
    if (options.signal?.aborted) throw new StoreClientError('aborted', 'Request aborted by the caller', { cause });
    throw new StoreClientError('unreachable', 'local-store.json could not be fetched', { cause });
  }
  if (response.status === 404) return null;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const parsed = LocalStoreConfig.safeParse(body);
  if (!response.ok || !parsed.success) {
    throw new StoreClientError('invalid_response', `Unexpected local-store.json (HTTP ${response.status})`, { status: response.status });
  }
  return parsed.data;
}
