import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { z } from 'zod';
import { ApiError } from '@/contract/ApiError';
import { ClientIdParams } from '@/contract/ClientIdParams';
import { ClientMergeRequest, ClientMergeResponse, ClientUnmergeRequest, ClientUnmergeResponse } from '@/contract/ClientMerge';
import { Conflict } from '@/contract/Conflict';
import { DismissDuplicateRequest, DuplicatePairList, DuplicatePairsQuery } from '@/contract/DuplicatePairs';
import { mergeClients, unmergeClients } from '../clients/clientMerges';
import { runWrite } from '../clients/clientWrites';
import { dismissDuplicatePair, listDuplicatePairs } from '../clients/duplicatePairs';
import { preferredLanguage } from '../i18n/preferredLanguage';

const tags = ['duplicates'];

/**
 * The duplicates already in the base (issue 13 item 4): the probable pairs, best first (cursor pages), a pair set aside
 * as not the same client, and the merge of two clients into one and its undoing.
 */
export const duplicateRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/api/v1/duplicates',
    { schema: { tags, querystring: DuplicatePairsQuery, response: { 200: DuplicatePairList, 400: ApiError } } },
    async (request) => listDuplicatePairs(fastify.db, request.query, preferredLanguage(request.headers['accept-language'])),
  );

  fastify.post(
    '/api/v1/duplicates/dismiss',
    { schema: { tags, body: DismissDuplicateRequest, response: { 204: z.null(), 400: ApiError, 404: ApiError } } },
    async (request, reply) => {
      const lang = preferredLanguage(request.headers['accept-language']);
      await runWrite(fastify, request, (context) => dismissDuplicatePair(context, request.body, lang));
      return reply.status(204).send(null);
    },
  );

  fastify.post(
    '/api/v1/clients/:id/merge',
    {
      schema: {
        tags,
        params: ClientIdParams,
        body: ClientMergeRequest,
        response: { 200: ClientMergeResponse, 400: ApiError, 404: ApiError, 409: Conflict },
      },
    },
    async (request) => {
      const lang = preferredLanguage(request.headers['accept-language']);
      return runWrite(fastify, request, (context) => mergeClients(context, request.params.id, request.body, lang));
    },
  );

  fastify.post(
    '/api/v1/clients/:id/unmerge',
    {
      schema: {
        tags,
        params: ClientIdParams,
        body: ClientUnmergeRequest,
        response: { 200: ClientUnmergeResponse, 404: ApiError, 409: Conflict },
      },
    },
    async (request) => {
      const lang = preferredLanguage(request.headers['accept-language']);
      return runWrite(fastify, request, (context) => unmergeClients(context, request.params.id, request.body.from, lang));
    },
  );
};
