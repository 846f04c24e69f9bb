import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { OrganisationSettings } from '../../contract/OrganisationSettings';
import { readSettings } from '../settings/readSettings';
import { writeSettings } from '../settings/writeSettings';

/** GET and PUT /api/v1/settings: the organisation's settings (home country). */
export const settingsRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get('/api/v1/settings', { schema: { response: { 200: OrganisationSettings } } }, async () => readSettings(fastify.db));

  fastify.put('/api/v1/settings', { schema: { body: OrganisationSettings, response: { 200: OrganisationSettings } } }, async (request) =>
    fastify.db.transaction().execute(async (trx) => {
      await writeSettings(trx, request.body);
      return readSettings(trx);
    }),
  );
};
