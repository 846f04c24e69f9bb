import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import { StoreError } from '../errors/StoreError';

export type RateLimitPluginOptions = { rateLimitPerMinute: number };

/** At most `rateLimitPerMinute` requests a minute per client address; beyond, 429 rate_limited (with Retry-After). */
export const rateLimitPlugin = fp<RateLimitPluginOptions>(
  async (fastify, { rateLimitPerMinute }) => {
    await fastify.register(rateLimit, {
      global: true,
      max: rateLimitPerMinute,
      timeWindow: 60_000,
      errorResponseBuilder: () => new StoreError('rate_limited'),
    });
  },
  { name: 'rate-limit', fastify: '5.x' },
);
