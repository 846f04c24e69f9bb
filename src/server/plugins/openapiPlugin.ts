import swagger from '@fastify/swagger';
import { jsonSchemaTransform } from '@fastify/type-provider-zod';
import fp from 'fastify-plugin';
import { packageConfig } from '../config/packageConfig';

/**
 * Collects the routes registered after it into an OpenAPI 3 description (the zod schemas turned
 * into JSON Schema by the type provider's transform), served at GET /api/v1/openapi.json, public.
 */
export const openapiPlugin = fp(
  async (fastify) => {
    await fastify.register(swagger, {
      openapi: {
        openapi: '3.0.3',
        info: { title: 'Suivi Clients — base clients', version: packageConfig.version },
        components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
        security: [{ bearer: [] }],
      },
      transform: jsonSchemaTransform,
    });
    fastify.get('/api/v1/openapi.json', { config: { auth: false }, schema: { hide: true } }, async () => fastify.swagger());
  },
  { name: 'openapi', fastify: '5.x' },
);
