import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { sql } from 'kysely';
import { Health } from '@/contract/Health';
import { packageConfig } from '../config/packageConfig';

/** GET /api/v1/health: public; answers once the database answers a trivial query. */
export const healthRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get('/api/v1/health', { config: { auth: false }, schema: { response: { 200: Health } } }, async () => {
    await sql`select 1`.execute(fastify.db);
    return { status: 'ok' as const, version: packageConfig.version, database: fastify.dialect };
  });
};
