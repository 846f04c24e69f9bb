import { Health } from '../contract/Health';
import { OrganisationSettings } from '../contract/OrganisationSettings';
import { requestJson, type FetchFunction, type RequestPolicy } from './requestJson';

export type StoreClientOptions = {
  /** The store's base URL, e.g. `https://localhost:3000` (the dev server proxies `/api`). */
  storeUrl: string;
  token: string;
  fetch?: FetchFunction;
  /** Sent as `Accept-Language`, so the store's error messages come in the pane's language. */
  language?: 'fr' | 'en';
  policy?: Partial<RequestPolicy>;
};

export type RequestOptions = { signal?: AbortSignal };

/** The typed client of the store API (DESIGN.md §4). Every method throws `StoreClientError`. */
export type StoreClient = {
  health: (options?: RequestOptions) => Promise<Health>;
  getSettings: (options?: RequestOptions) => Promise<OrganisationSettings>;
};

export const defaultRequestPolicy: RequestPolicy = { timeoutMs: 10_000, retries: 2, retryDelayMs: 300 };

export function createStoreClient(options: StoreClientOptions): StoreClient {
  const context = {
    baseUrl: options.storeUrl.replace(/\/+$/, ''),
    token: options.token,
    language: options.language ?? 'fr',
    fetch: options.fetch ?? ((input: string, init: RequestInit) => globalThis.fetch(input, init)),
    policy: { ...defaultRequestPolicy, ...options.policy },
  };
  return {
    health: ({ signal } = {}) => requestJson(context, { method: 'GET', path: '/api/v1/health', auth: false, signal }, Health),
    getSettings: ({ signal } = {}) =>
      requestJson(context, { method: 'GET', path: '/api/v1/settings', auth: true, signal }, OrganisationSettings),
  };
}
