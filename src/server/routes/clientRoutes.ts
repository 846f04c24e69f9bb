import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { ApiError } from '@/contract/ApiError';
import { Client } from '@/contract/Client';
import { ClientHistory } from '@/contract/ClientHistory';
import { ClientIdParams } from '@/contract/ClientIdParams';
import { ClientInput, NewClientRequest } from '@/contract/ClientInput';
import { CLIENT_LOOKUP_MAX, ClientLookup, ClientLookupResult } from '@/contract/ClientLookup';
import { ClientList } from '@/contract/ClientList';
import { ClientPatch } from '@/contract/ClientPatch';
import { ClientSearch } from '@/contract/ClientSearch';
import { Conflict, PossibleDuplicate } from '@/contract/Conflict';
import { ClientCandidates } from '@/contract/DuplicateCandidate';
import { createValueNormalizer, ISSUE_SEVERITY, type ColumnKey } from '@/domain';
import { findDuplicateCandidates } from '../clients/clientMatchKeys';
import { IfMatch } from '@/contract/IfMatch';
import { lookupClients } from '../clients/clientLookup';
import { findClientOrThrow, rowToClient } from '../clients/clientRepository';
import { searchClients } from '../clients/clientSearch';
import { readClientHistory, versionEtag } from '../clients/clientVersions';
import { createClient, deleteClient, patchClient, restoreClient, runWrite } from '../clients/clientWrites';
import { StoreError } from '../errors/StoreError';
import { preferredLanguage } from '../i18n/preferredLanguage';
import { lookupEmptyMessage, lookupLimitMessage } from '../i18n/serverMessages';
import { readSettings } from '../settings/readSettings';

const tags = ['clients'];

/**
 * /api/v1/clients: search and browse, lookup by codes and ids, the probable twins of values being typed, one client
 * (ETag), create (refused as a probable duplicate unless allowDuplicate), patch (If-Match), soft delete, restore, history.
 */
export const clientRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/api/v1/clients',
    { schema: { tags, querystring: ClientSearch, response: { 200: ClientList, 400: ApiError } } },
    async (request) => searchClients(fastify.db, request.query, preferredLanguage(request.headers['accept-language'])),
  );

  fastify.post(
    '/api/v1/clients/lookup',
    { schema: { tags, body: ClientLookup, response: { 200: ClientLookupResult, 400: ApiError, 413: ApiError } } },
    async (request) => {
      const lang = preferredLanguage(request.headers['accept-language']);
      const { codes = [], ids = [] } = request.body;
      if (codes.length + ids.length === 0)
        throw new StoreError('validation_failed', [{ path: 'codes', code: 'too_small', message: lookupEmptyMessage(lang) }]);
      if (codes.length + ids.length > CLIENT_LOOKUP_MAX) {
        const path = codes.length > ids.length ? 'codes' : 'ids';
        throw new StoreError('payload_too_large', [{ path, code: 'too_big', message: lookupLimitMessage(CLIENT_LOOKUP_MAX, lang) }]);
      }
      if (Object.keys(request.body.versions ?? {}).length > CLIENT_LOOKUP_MAX)
        throw new StoreError('payload_too_large', [
          { path: 'versions', code: 'too_big', message: lookupLimitMessage(CLIENT_LOOKUP_MAX, lang) },
        ]);
      return lookupClients(fastify.db, request.body);
    },
  );

  // The form's check as the user types: the values so far (the template engine reads them; an unreadable value, a phone
  // half typed, is left out rather than refused), and the stored clients they probably are. Index lookups only.
  fastify.post(
    '/api/v1/clients/candidates',
    { schema: { tags, body: ClientInput, response: { 200: ClientCandidates, 400: ApiError } } },
    async (request) => {
      const lang = preferredLanguage(request.headers['accept-language']);
      const { homeCountry } = await readSettings(fastify.db);
      const { values, problems } = createValueNormalizer({ homeCountry })(request.body);
      const unreadable = new Set(problems.filter((problem) => ISSUE_SEVERITY[problem.code] === 'error').map((problem) => problem.key));
      const readable = Object.fromEntries(Object.entries(values).filter(([key]) => !unreadable.has(key as ColumnKey)));
      return { candidates: await findDuplicateCandidates(fastify.db, readable, lang) };
    },
  );

  fastify.get(
    '/api/v1/clients/:id',
    { schema: { tags, params: ClientIdParams, response: { 200: Client, 404: ApiError } } },
    async (request, reply) => {
      const client = rowToClient(await findClientOrThrow(fastify.db, request.params.id));
      void reply.header('etag', versionEtag(client.version));
      return client;
    },
  );

  fastify.post(
    '/api/v1/clients',
    { schema: { tags, body: NewClientRequest, response: { 201: Client, 400: ApiError, 409: PossibleDuplicate.or(ApiError) } } },
    async (request, reply) => {
      const lang = preferredLanguage(request.headers['accept-language']);
      const client = rowToClient(await runWrite(fastify, request, (context) => createClient(context, request.body, lang)));
      void reply.status(201).header('location', `/api/v1/clients/${client.id}`).header('etag', versionEtag(client.version));
      return client;
    },
  );

  fastify.patch(
    '/api/v1/clients/:id',
    {
      schema: {
        tags,
        params: ClientIdParams,
        headers: IfMatch,
        body: ClientPatch,
        response: { 200: Client, 400: ApiError, 404: ApiError, 409: Conflict, 428: ApiError },
      },
    },
    async (request, reply) => {
      const lang = preferredLanguage(request.headers['accept-language']);
      const ifMatch = request.headers['if-match'];
      const client = rowToClient(
        await runWrite(fastify, request, (context) => patchClient(context, request.params.id, ifMatch, request.body, lang)),
      );
      void reply.header('etag', versionEtag(client.version));
      return client;
    },
  );

  fastify.delete(
    '/api/v1/clients/:id',
    { schema: { tags, params: ClientIdParams, headers: IfMatch, response: { 200: Client, 404: ApiError, 409: Conflict } } },
    async (request, reply) => {
      const ifMatch = request.headers['if-match'];
      const client = rowToClient(await runWrite(fastify, request, (context) => deleteClient(context, request.params.id, ifMatch)));
      void reply.header('etag', versionEtag(client.version));
      return client;
    },
  );

  fastify.post(
    '/api/v1/clients/:id/restore',
    { schema: { tags, params: ClientIdParams, response: { 200: Client, 404: ApiError, 409: ApiError } } },
    async (request, reply) => {
      const lang = preferredLanguage(request.headers['accept-language']);
      const client = rowToClient(await runWrite(fastify, request, (context) => restoreClient(context, request.params.id, lang)));
      void reply.header('etag', versionEtag(client.version));
      return client;
    },
  );

  fastify.get(
    '/api/v1/clients/:id/history',
    { schema: { tags, params: ClientIdParams, response: { 200: ClientHistory, 404: ApiError } } },
    async (request) => readClientHistory(fastify.db, request.params.id),
  );
};
