import type { z } from 'zod';
import { Client } from '@/contract/Client';
import { ClientHistory } from '@/contract/ClientHistory';
import type { ClientInput } from '@/contract/ClientInput';
import { ClientList } from '@/contract/ClientList';
import { SavedMapping, type MappingInput } from '@/contract/ColumnMapping';
import type { ClientPatch } from '@/contract/ClientPatch';
import { Health } from '@/contract/Health';
import type { ImportRequest } from '@/contract/ImportRequest';
import { ImportResponse } from '@/contract/ImportResponse';
import { OrganisationSettings } from '@/contract/OrganisationSettings';
import { RevertResponse } from '@/contract/RevertResponse';
import { clientSearchPath, type ClientSearchInput } from './clientSearchPath';
import { newIdempotencyKey } from './newIdempotencyKey';
import { requestJson, type FetchFunction, type RequestPolicy } from './requestJson';
import { StoreClientError } from './StoreClientError';
import { DEFAULT_LANGUAGE, type Language } from '@/domain';

export type StoreClientOptions = {
  /** The store's base URL, e.g. `https://localhost:3000` (the dev server proxies `/api`). */
  storeUrl: string;
  token: string;
  fetch?: FetchFunction;
  /** Sent as `Accept-Language`, so the store's error messages come in the pane's language. */
  language?: Language;
  policy?: Partial<RequestPolicy>;
};

export type RequestOptions = { signal?: AbortSignal };

export type ImportOptions = RequestOptions & {
  /** Sent as `Idempotency-Key`; a fresh UUID when absent. The same key makes a resent batch a replay, not a second import. */
  idempotencyKey?: string;
};

export type DeleteOptions = RequestOptions & {
  /** The version read; when given, a stale delete fails with `conflict` (and `current`). */
  version?: number;
};

/** What `importRows` takes: the import request, `mode` optional (upsert by default). */
export type ImportRowsInput = z.input<typeof ImportRequest>;

/** The typed client of the store API (DESIGN.md §4). Every method throws `StoreClientError`. */
export type StoreClient = {
  health: (options?: RequestOptions) => Promise<Health>;
  getSettings: (options?: RequestOptions) => Promise<OrganisationSettings>;
  /** GET /clients: one page of the search (or of the letter, or of all clients). */
  searchClients: (search: ClientSearchInput, options?: RequestOptions) => Promise<ClientList>;
  getClient: (id: string, options?: RequestOptions) => Promise<Client>;
  /** POST /clients; invalid values fail with `validation_failed` and `fields` (template engine codes). */
  createClient: (input: ClientInput, options?: RequestOptions) => Promise<Client>;
  /** PATCH /clients/:id with `If-Match: "version"`; a stale version fails with `conflict` and `current`. */
  updateClient: (id: string, version: number, patch: ClientPatch, options?: RequestOptions) => Promise<Client>;
  /** DELETE /clients/:id (soft delete): the client as deleted. */
  deleteClient: (id: string, options?: DeleteOptions) => Promise<Client>;
  restoreClient: (id: string, options?: RequestOptions) => Promise<Client>;
  getClientHistory: (id: string, options?: RequestOptions) => Promise<ClientHistory>;
  /** POST /imports with an `Idempotency-Key` (retried like a GET, since the key makes it safe). */
  importRows: (request: ImportRowsInput, options?: ImportOptions) => Promise<ImportResponse>;
  /** POST /imports/:batchId/revert. */
  revertImport: (batchId: string, options?: RequestOptions) => Promise<RevertResponse>;
  /** GET /mappings?signature=: the mapping remembered for a header signature, null when none is. */
  getMapping: (signature: string, options?: RequestOptions) => Promise<SavedMapping | null>;
  /** PUT /mappings: remembers a confirmed mapping for its signature (a new version when one was). */
  saveMapping: (input: MappingInput, options?: RequestOptions) => Promise<SavedMapping>;
};

export const defaultRequestPolicy: RequestPolicy = { timeoutMs: 10_000, retries: 2, retryDelayMs: 300 };

const clientPath = (id: string) => `/api/v1/clients/${encodeURIComponent(id)}`;

export function createStoreClient(options: StoreClientOptions): StoreClient {
  const context = {
    baseUrl: options.storeUrl.replace(/\/+$/, ''),
    token: options.token,
    language: options.language ?? DEFAULT_LANGUAGE,
    fetch: options.fetch ?? ((input: string, init: RequestInit) => globalThis.fetch(input, init)),
    policy: { ...defaultRequestPolicy, ...options.policy },
  };
  return {
    health: ({ signal } = {}) => requestJson(context, { method: 'GET', path: '/api/v1/health', auth: false, signal }, Health),
    getSettings: ({ signal } = {}) =>
      requestJson(context, { method: 'GET', path: '/api/v1/settings', auth: true, signal }, OrganisationSettings),
    searchClients: (search, { signal } = {}) =>
      requestJson(context, { method: 'GET', path: clientSearchPath(search), auth: true, signal }, ClientList),
    getClient: (id, { signal } = {}) => requestJson(context, { method: 'GET', path: clientPath(id), auth: true, signal }, Client),
    createClient: (input, { signal } = {}) =>
      requestJson(context, { method: 'POST', path: '/api/v1/clients', auth: true, body: input, signal }, Client),
    updateClient: (id, version, patch, { signal } = {}) =>
      requestJson(
        context,
        { method: 'PATCH', path: clientPath(id), auth: true, body: patch, headers: { 'If-Match': `"${version}"` }, signal },
        Client,
      ),
    deleteClient: (id, { signal, version } = {}) =>
      requestJson(
        context,
        {
          method: 'DELETE',
          path: clientPath(id),
          auth: true,
          headers: version === undefined ? {} : { 'If-Match': `"${version}"` },
          signal,
        },
        Client,
      ),
    restoreClient: (id, { signal } = {}) =>
      requestJson(context, { method: 'POST', path: `${clientPath(id)}/restore`, auth: true, signal }, Client),
    getClientHistory: (id, { signal } = {}) =>
      requestJson(context, { method: 'GET', path: `${clientPath(id)}/history`, auth: true, signal }, ClientHistory),
    importRows: (request, { signal, idempotencyKey = newIdempotencyKey() } = {}) =>
      requestJson(
        context,
        {
          method: 'POST',
          path: '/api/v1/imports',
          auth: true,
          body: request,
          headers: { 'Idempotency-Key': idempotencyKey },
          retryable: true,
          signal,
        },
        ImportResponse,
      ),
    revertImport: (batchId, { signal } = {}) =>
      requestJson(
        context,
        { method: 'POST', path: `/api/v1/imports/${encodeURIComponent(batchId)}/revert`, auth: true, signal },
        RevertResponse,
      ),
    getMapping: async (signature, { signal } = {}) => {
      try {
        const path = `/api/v1/mappings?signature=${encodeURIComponent(signature)}`;
        return await requestJson(context, { method: 'GET', path, auth: true, signal }, SavedMapping);
      } catch (error) {
        if (error instanceof StoreClientError && error.status === 404) return null;
        throw error;
      }
    },
    saveMapping: (input, { signal } = {}) =>
      requestJson(context, { method: 'PUT', path: '/api/v1/mappings', auth: true, body: input, signal }, SavedMapping),
  };
}
