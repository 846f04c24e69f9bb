import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { ApiError } from '../../contract/ApiError';
import { BatchIdParams } from '../../contract/BatchIdParams';
import { IdempotencyKeyHeader } from '../../contract/IdempotencyKeyHeader';
import { IMPORT_BATCH_MAX_ROWS, ImportRequest } from '../../contract/ImportRequest';
import { ImportResponse } from '../../contract/ImportResponse';
import { RevertResponse } from '../../contract/RevertResponse';
import { runWrite } from '../clients/runWrite';
import { StoreError } from '../errors/StoreError';
import { preferredLanguage } from '../i18n/preferredLanguage';
import { batchLimitMessage } from '../i18n/storeFieldMessages';
import { claimIdempotencyKey, isIdempotencyRace, requestHash, storeIdempotentResponse, type StoredResponse } from '../imports/idempotency';
import { importBatch } from '../imports/importBatch';
import { revertBatch } from '../imports/revertBatch';

const tags = ['imports'];

/** POST /api/v1/imports (one batch = one transaction; Idempotency-Key) and POST /api/v1/imports/:batchId/revert. */
export const importRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.post(
    '/api/v1/imports',
    {
      schema: {
        tags,
        headers: IdempotencyKeyHeader,
        body: ImportRequest,
        response: { 200: ImportResponse, 400: ApiError, 409: ApiError, 413: ApiError, 422: ApiError },
      },
    },
    async (request, reply) => {
      const lang = preferredLanguage(request.headers['accept-language']);
      if (request.body.rows.length > IMPORT_BATCH_MAX_ROWS) {
        throw new StoreError('payload_too_large', [{ path: 'rows', code: 'too_big', message: batchLimitMessage(IMPORT_BATCH_MAX_ROWS, lang) }]);
      }
      const key = request.headers['idempotency-key'];
      const hash = key === undefined ? '' : requestHash(request.body);
      const attempt = () =>
        runWrite(
          fastify,
          request,
          async (context): Promise<StoredResponse & { replayed: boolean }> => {
            if (key !== undefined) {
              const stored = await claimIdempotencyKey(context.trx, key, hash, context.now);
              if (stored !== null) return { ...stored, replayed: true };
            }
            const body = await importBatch(context, request.body, lang);
            const response = { statusCode: 200, body };
            if (key !== undefined) await storeIdempotentResponse(context.trx, key, response);
            return { ...response, replayed: false };
          },
          randomUUID(),
        );
      let response: StoredResponse & { replayed: boolean };
      try {
        response = await attempt();
      } catch (error) {
        // Another request with the same key committed first: answer with what it stored.
        if (!isIdempotencyRace(error)) throw error;
        response = await attempt();
      }
      if (response.replayed) void reply.header('idempotent-replayed', 'true');
      else await fastify.refreshStatistics((response.body as ImportResponse).results.filter((result) => result.status === 'created').length);
      return reply.status(response.statusCode as 200).send(response.body as ImportResponse);
    },
  );

  fastify.post(
    '/api/v1/imports/:batchId/revert',
    { schema: { tags, params: BatchIdParams, response: { 200: RevertResponse, 404: ApiError, 409: ApiError } } },
    async (request) => runWrite(fastify, request, (context) => revertBatch(context, request.params.batchId)),
  );
};
