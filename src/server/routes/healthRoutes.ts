import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { sql } from 'kysely';
import { Health } from '@/contract/Health';
import { packageConfig } from '../config/packageConfig';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../db/databaseFaults';

/**
 * GET /api/v1/health: public. Probes the database as a write would start (a transaction: on SQLite
 * `begin immediate`, which waits for the write lock up to the busy timeout): 200 `ok`, or 503
 * `unavailable` with Retry-After while the database cannot serve.
 */
export const healthRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/api/v1/health',
    { config: { auth: false }, schema: { response: { 200: Health, 503: Health } } },
    async (_request, reply) => {
      const health = { version: packageConfig.version, database: fastify.dialect };
      try {
        await fastify.db.transaction().execute((trx) => sql`select 1`.execute(trx));
      } catch (error) {
        if (!isDatabaseUnavailable(error)) throw error;
        return reply
          .status(503)
          .header('retry-after', String(RETRY_AFTER_SECONDS))
          .send({ status: 'unavailable' as const, ...health });
      }
      return { status: 'ok' as const, ...health };
    },
  );
};
