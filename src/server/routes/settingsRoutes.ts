import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { ApiError } from '@/contract/ApiError';
import { OrganisationSettings, OrganisationSettingsInput } from '@/contract/OrganisationSettings';
import { readSettings } from '../settings/readSettings';
import { refreshForeignFlags } from '../settings/refreshForeignFlags';
import { writeSettings } from '../settings/writeSettings';

/** GET and PUT /api/v1/settings: the organisation's settings (home country; a change re-flags foreign clients). */
export const settingsRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get('/api/v1/settings', { schema: { tags: ['settings'], response: { 200: OrganisationSettings } } }, async () =>
    readSettings(fastify.db),
  );

  fastify.put(
    '/api/v1/settings',
    { schema: { tags: ['settings'], body: OrganisationSettingsInput, response: { 200: OrganisationSettings, 400: ApiError } } },
    async (request) =>
      fastify.db.transaction().execute(async (trx) => {
        const before = await readSettings(trx);
        await writeSettings(trx, request.body);
        if (before.homeCountry !== request.body.homeCountry) await refreshForeignFlags(trx, request.body.homeCountry);
        return readSettings(trx);
      }),
  );
};
