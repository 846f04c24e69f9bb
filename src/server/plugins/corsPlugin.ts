import cors from '@fastify/cors';
import fp from 'fastify-plugin';
import { StoreError } from '../errors/StoreError';

export type CorsPluginOptions = { corsOrigins: string[] };

/**
 * CORS for the pane's origins only. A request from any other origin is refused with 403
 * forbidden_origin and no Access-Control-Allow-Origin; requests without Origin (CLI, scripts) pass.
 * Preflights are answered here, before authentication (browsers send them without the token).
 */
export const corsPlugin = fp<CorsPluginOptions>(
  async (fastify, { corsOrigins }) => {
    const allowed = new Set(corsOrigins);
    await fastify.register(cors, {
      origin: (origin, callback) => {
        if (origin === undefined) callback(null, false);
        else if (allowed.has(origin)) callback(null, true);
        else callback(new StoreError('forbidden_origin'), false);
      },
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', 'Accept-Language', 'If-Match', 'Idempotency-Key'],
      exposedHeaders: ['ETag', 'Location', 'Retry-After'],
      maxAge: 600,
    });
  },
  { name: 'cors', fastify: '5.x' },
);
