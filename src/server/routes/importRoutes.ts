import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { ApiError } from '@/contract/ApiError';
import { BatchIdParams } from '@/contract/BatchIdParams';
import { IdempotencyKeyHeader } from '@/contract/IdempotencyKeyHeader';
import { IMPORT_BATCH_MAX_ROWS, ImportRequest } from '@/contract/ImportRequest';
import { ImportResponse } from '@/contract/ImportResponse';
import { RevertResponse } from '@/contract/RevertResponse';
import type { WriteContext } from '../clients/clientRepository';
import { runWrite } from '../clients/clientWrites';
import { StoreError } from '../errors/StoreError';
import { preferredLanguage } from '../i18n/preferredLanguage';
import { batchLimitMessage } from '../i18n/serverMessages';
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
        response: { 200: ImportResponse, 400: ApiError, 409: ApiError, 413: ApiError, 422: ApiError, 503: ApiError },
      },
    },
    async (request, reply) => {
      const lang = preferredLanguage(request.headers['accept-language']);
      if (request.body.rows.length > IMPORT_BATCH_MAX_ROWS) {
        throw new StoreError('payload_too_large', [
          { path: 'rows', code: 'too_big', message: batchLimitMessage(IMPORT_BATCH_MAX_ROWS, lang) },
        ]);
      }
      const store = {
        runWrite: <T>(write: (context: WriteContext) => Promise<T>) => runWrite(fastify, request, write),
        // Maintenance after the batch's commit: when it fails, the batch stays answered (the next import refreshes).
        refreshStatistics: (added: number) =>
          fastify.refreshStatistics(added).catch((error: unknown) => {
            request.log.warn({ errorName: error instanceof Error ? error.name : typeof error }, 'statistics refresh failed');
          }),
      };
      const outcome = await importBatch(store, request.body, request.headers['idempotency-key'], lang);
      if (outcome.replayed) void reply.header('idempotent-replayed', 'true');
      return reply.status(outcome.statusCode as 200).send(outcome.body);
    },
  );

  fastify.post(
    '/api/v1/imports/:batchId/revert',
    { schema: { tags, params: BatchIdParams, response: { 200: RevertResponse, 404: ApiError, 409: ApiError, 503: ApiError } } },
    async (request) => runWrite(fastify, request, (context) => revertBatch(context, request.params.batchId)),
  );
};
