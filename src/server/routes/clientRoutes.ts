import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { ApiError } from '@/contract/ApiError';
import { Client } from '@/contract/Client';
import { ClientHistory } from '@/contract/ClientHistory';
import { ClientIdParams } from '@/contract/ClientIdParams';
import { ClientInput } from '@/contract/ClientInput';
import { ClientList } from '@/contract/ClientList';
import { ClientPatch } from '@/contract/ClientPatch';
import { ClientSearch } from '@/contract/ClientSearch';
import { Conflict } from '@/contract/Conflict';
import { IfMatch } from '@/contract/IfMatch';
import { findClientOrThrow, rowToClient } from '../clients/clientRepository';
import { searchClients } from '../clients/clientSearch';
import { readClientHistory, versionEtag } from '../clients/clientVersions';
import { createClient, deleteClient, patchClient, restoreClient, runWrite } from '../clients/clientWrites';
import { preferredLanguage } from '../i18n/preferredLanguage';

const tags = ['clients'];

/** /api/v1/clients: search and browse, one client (ETag), create, patch (If-Match), soft delete, restore, history. */
export const clientRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/api/v1/clients',
    { schema: { tags, querystring: ClientSearch, response: { 200: ClientList, 400: ApiError } } },
    async (request) => searchClients(fastify.db, request.query, preferredLanguage(request.headers['accept-language'])),
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
    { schema: { tags, body: ClientInput, response: { 201: Client, 400: ApiError, 409: ApiError } } },
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
