import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { ApiError } from '@/contract/ApiError';
import { MappingHistory, MappingInput, MappingQuery, MappingsAnswer, MappingsQuery, SavedMapping } from '@/contract/ColumnMapping';
import { StoreError } from '../errors/StoreError';
import { findMappingOrThrow, listMappings, readMappingHistory, saveMapping } from '../mappings/mappingRepository';

const tags = ['mappings'];

/**
 * /api/v1/mappings: remembered column mappings, keyed by a sheet's header signature. PUT appends a version (saved by the
 * token's display name, else its name); GET with a signature answers its latest version, without one the latest of each (newest first); GET
 * …/history every version of one.
 */
export const mappingRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.put(
    '/api/v1/mappings',
    { schema: { tags, body: MappingInput, response: { 200: SavedMapping, 400: ApiError, 409: ApiError } } },
    async (request) => {
      const by = request.auth?.author;
      if (by === undefined) throw new StoreError('unauthorized');
      return saveMapping(fastify.db, request.body, by);
    },
  );

  fastify.get(
    '/api/v1/mappings',
    { schema: { tags, querystring: MappingsQuery, response: { 200: MappingsAnswer, 400: ApiError, 404: ApiError } } },
    async (request) => {
      const { signature } = request.query;
      return signature === undefined ? { items: await listMappings(fastify.db) } : findMappingOrThrow(fastify.db, signature);
    },
  );

  fastify.get(
    '/api/v1/mappings/history',
    { schema: { tags, querystring: MappingQuery, response: { 200: MappingHistory, 400: ApiError, 404: ApiError } } },
    async (request) => readMappingHistory(fastify.db, request.query.signature),
  );
};
