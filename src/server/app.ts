import { serializerCompiler, validatorCompiler } from '@fastify/type-provider-zod';
import fp from 'fastify-plugin';
import type { StoreDatabase } from './db/openDatabase';
import { authPlugin } from './plugins/authPlugin';
import { corsPlugin } from './plugins/corsPlugin';
import { dbPlugin } from './plugins/dbPlugin';
import { errorHandlerPlugin } from './plugins/errorHandlerPlugin';
import { openapiPlugin } from './plugins/openapiPlugin';
import { rateLimitPlugin } from './plugins/rateLimitPlugin';
import { securityHeadersPlugin } from './plugins/securityHeadersPlugin';
import { clientRoutes } from './routes/clientRoutes';
import { duplicateRoutes } from './routes/duplicateRoutes';
import { healthRoutes } from './routes/healthRoutes';
import { importRoutes } from './routes/importRoutes';
import { mappingRoutes } from './routes/mappingRoutes';
import { settingsRoutes } from './routes/settingsRoutes';

export type StoreAppOptions = {
  /** An open, migrated database; the app does not close it. */
  database: StoreDatabase;
  corsOrigins: string[];
  rateLimitPerMinute: number;
  bodyLimitBytes: number;
  /**
   * `false`: every write runs without the duplicate machinery (WriteContext.duplicateDetection) — the bench's anchor
   * for what the machinery costs (bench/storeAnchorServe.ts), never the store's configuration: a base written so has
   * stale match keys and pairs. Absent: on.
   */
  duplicateDetection?: false;
};

/**
 * The client store as one Fastify plugin (registered at the root, so its error handler, hooks and
 * CORS apply to every route, including routes added after it). Order matters: security headers
 * first (so every answer has them), CORS (answers preflights), rate limit, then authentication.
 */
export const storeApp = fp<StoreAppOptions>(
  async (fastify, options) => {
    fastify.setValidatorCompiler(validatorCompiler);
    fastify.setSerializerCompiler(serializerCompiler);
    fastify.addHook('onRoute', (route) => {
      route.bodyLimit ??= options.bodyLimitBytes;
    });
    await fastify.register(errorHandlerPlugin);
    await fastify.register(dbPlugin, { database: options.database, duplicateDetection: options.duplicateDetection });
    await fastify.register(securityHeadersPlugin);
    await fastify.register(corsPlugin, { corsOrigins: options.corsOrigins });
    await fastify.register(rateLimitPlugin, { rateLimitPerMinute: options.rateLimitPerMinute });
    await fastify.register(authPlugin);
    await fastify.register(openapiPlugin);
    await fastify.register(healthRoutes);
    await fastify.register(settingsRoutes);
    await fastify.register(clientRoutes);
    await fastify.register(duplicateRoutes);
    await fastify.register(importRoutes);
    await fastify.register(mappingRoutes);
  },
  { name: 'store-app', fastify: '5.x' },
);
