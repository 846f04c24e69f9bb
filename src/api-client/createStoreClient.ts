import { z } from 'zod';
import { Client } from '@/contract/Client';
import { ClientHistory } from '@/contract/ClientHistory';
import type { ClientInput, NewClientRequest } from '@/contract/ClientInput';
import { ClientCandidates } from '@/contract/DuplicateCandidate';
import { ClientMergeResponse, ClientUnmergeResponse, type ClientMergeRequest } from '@/contract/ClientMerge';
import { DuplicatePairList, type DuplicatePairsQuery } from '@/contract/DuplicatePairs';
import { ClientLookupResult, type ClientLookup } from '@/contract/ClientLookup';
import { ClientList } from '@/contract/ClientList';
import { MappingList, SavedMapping, type MappingInput } from '@/contract/ColumnMapping';
import type { ClientPatch } from '@/contract/ClientPatch';
import { Health } from '@/contract/Health';
import type { ImportRequest } from '@/contract/ImportRequest';
import { ImportResponse } from '@/contract/ImportResponse';
import { OrganisationSettings } from '@/contract/OrganisationSettings';
import { RevertResponse } from '@/contract/RevertResponse';
import { clientSearchPath, type ClientSearchInput } from './clientSearchPath';
import { newIdempotencyKey } from './newIdempotencyKey';
import { requestJson, requestOptionalJson, type FetchFunction, type RequestPolicy } from './requestJson';
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
  /**
   * POST /clients/lookup ("Actualiser depuis la base"): the clients of up to 1,000 codes and ids in all, the deleted
   * ones apart, and the codes and ids that name no client (retried like a GET: it changes nothing).
   */
  lookupClients: (lookup: ClientLookup, options?: RequestOptions) => Promise<ClientLookupResult>;
  /**
   * POST /clients; invalid values fail with `validation_failed` and `fields` (template engine codes); a probable twin of
   * a stored client with `client.possibleDuplicate` and `candidates`, unless `allowDuplicate: true`.
   */
  createClient: (input: NewClientRequest, options?: RequestOptions) => Promise<Client>;
  /** POST /clients/candidates: the stored clients that values being typed probably are (the form's check; retried like a GET). */
  findCandidates: (values: ClientInput, options?: RequestOptions) => Promise<ClientCandidates>;
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
  /** GET /mappings?signature=…: the remembered mapping of a header signature (its latest version), null when none was saved. */
  getMapping: (signature: string, options?: RequestOptions) => Promise<SavedMapping | null>;
  /** PUT /mappings: remembers a confirmed mapping as a new version for its signature (not retried: a resend adds a version). */
  saveMapping: (input: MappingInput, options?: RequestOptions) => Promise<SavedMapping>;
  /** GET /mappings: the latest version of every remembered mapping, the most recently saved first (at most 200). */
  listMappings: (options?: RequestOptions) => Promise<MappingList>;
  // Issue 13 item 4: the duplicates already in the base.
  /** GET /duplicates: one page of the probable pairs, best first (`cursor` from the previous page's `nextCursor`). */
  listDuplicates: (query: DuplicatePairsQuery, options?: RequestOptions) => Promise<DuplicatePairList>;
  /** POST /duplicates/dismiss: the two clients are not the same person (idempotent, so retried like a GET). */
  dismissDuplicate: (ids: readonly [string, string], options?: RequestOptions) => Promise<void>;
  /**
   * POST /clients/:survivorId/merge: the survivor takes `values`, the other is deleted; a client changed since fails
   * with `conflict`, `current` (the survivor) and `other` as they are now. Not resent (a second merge would be refused).
   */
  mergeClients: (survivorId: string, request: ClientMergeRequest, options?: RequestOptions) => Promise<ClientMergeResponse>;
  /** POST /clients/:survivorId/unmerge: undoes the merge of `fromId`; `conflict` when either changed since. */
  unmergeClients: (survivorId: string, fromId: string, options?: RequestOptions) => Promise<ClientUnmergeResponse>;
};

export const defaultRequestPolicy: RequestPolicy = { timeoutMs: 10_000, retries: 2, retryDelayMs: 300 };

const clientPath = (id: string) => `/api/v1/clients/${encodeURIComponent(id)}`;
const MAPPINGS_PATH = '/api/v1/mappings';

function duplicatesPath(query: DuplicatePairsQuery): string {
  const params = new URLSearchParams();
  if (query.cursor !== undefined) params.set('cursor', query.cursor);
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  const search = params.toString();
  return search === '' ? '/api/v1/duplicates' : `/api/v1/duplicates?${search}`;
}

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
    lookupClients: (lookup, { signal } = {}) =>
      requestJson(
        context,
        { method: 'POST', path: '/api/v1/clients/lookup', auth: true, body: lookup, retryable: true, signal },
        ClientLookupResult,
      ),
    createClient: (input, { signal } = {}) =>
      requestJson(context, { method: 'POST', path: '/api/v1/clients', auth: true, body: input, signal }, Client),
    findCandidates: (values, { signal } = {}) =>
      requestJson(
        context,
        { method: 'POST', path: '/api/v1/clients/candidates', auth: true, body: values, retryable: true, signal },
        ClientCandidates,
      ),
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
    getMapping: (signature, { signal } = {}) =>
      requestOptionalJson(
        context,
        { method: 'GET', path: `${MAPPINGS_PATH}?signature=${encodeURIComponent(signature)}`, auth: true, signal },
        SavedMapping,
        'mapping_not_found',
      ),
    saveMapping: (input, { signal } = {}) =>
      requestJson(context, { method: 'PUT', path: MAPPINGS_PATH, auth: true, body: input, signal }, SavedMapping),
    listMappings: ({ signal } = {}) => requestJson(context, { method: 'GET', path: MAPPINGS_PATH, auth: true, signal }, MappingList),
    listDuplicates: (query, { signal } = {}) =>
      requestJson(context, { method: 'GET', path: duplicatesPath(query), auth: true, signal }, DuplicatePairList),
    dismissDuplicate: async (ids, { signal } = {}) => {
      // 204: no body.
      await requestJson(
        context,
        { method: 'POST', path: '/api/v1/duplicates/dismiss', auth: true, body: { ids }, retryable: true, signal },
        z.undefined(),
      );
    },
    mergeClients: (survivorId, request, { signal } = {}) =>
      requestJson(
        context,
        { method: 'POST', path: `${clientPath(survivorId)}/merge`, auth: true, body: request, signal },
        ClientMergeResponse,
      ),
    unmergeClients: (survivorId, fromId, { signal } = {}) =>
      requestJson(
        context,
        { method: 'POST', path: `${clientPath(survivorId)}/unmerge`, auth: true, body: { from: fromId }, signal },
        ClientUnmergeResponse,
      ),
  };
}
