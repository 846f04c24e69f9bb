import rateLimit from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { StoreError } from '../errors/StoreError';

export type RateLimitPluginOptions = { rateLimitPerMinute: number };

const BEARER = /^Bearer\s+\S+\s*$/i;
type Limit = Awaited<ReturnType<ReturnType<FastifyRequest['server']['createRateLimit']>>>;

/**
 * At most `rateLimitPerMinute` requests a minute per budget, whatever the routes; beyond, 429 rate_limited (with
 * Retry-After). A budget is one token's (keyed by the token's id once authenticated, so the plaintext is never held)
 * or, for what is not authenticated — no token, a public route or unknown path, a refused token — one address's.
 * The address budget is checked before authentication (a request over it never reaches the token lookup), and a
 * refused token counts on it, so made-up tokens do not buy new budgets. Registered before the auth plugin.
 */
export const rateLimitPlugin = fp<RateLimitPluginOptions>(
  async (fastify, { rateLimitPerMinute }) => {
    await fastify.register(rateLimit, { global: false, max: rateLimitPerMinute, timeWindow: 60_000 });
    const byAddress = fastify.createRateLimit({ keyGenerator: (request) => `address:${request.ip}` });
    const byToken = fastify.createRateLimit({
      keyGenerator: (request) => (request.auth === null ? `address:${request.ip}` : `token:${request.auth.id}`),
    });

    fastify.addHook('onRequest', async (request, reply) => {
      // Without a token, the request is the address's now; with one, it only must not come from an address over budget.
      enforce(reply, await byAddress(request, { increment: !presentsToken(request) }), presentsToken(request));
    });
    // After authentication (every onRequest hook), before the body is read: the token's budget, or the address's
    // for a token-carrying request that no authentication concerned (public route, unknown path outside /api).
    fastify.addHook('preParsing', async (request, reply) => {
      if (presentsToken(request)) enforce(reply, await byToken(request), false);
    });
    fastify.addHook('onResponse', async (request, reply) => {
      if (reply.statusCode === 401 && presentsToken(request)) await byAddress(request);
    });
  },
  { name: 'rate-limit', fastify: '5.x' },
);

function presentsToken(request: FastifyRequest): boolean {
  return BEARER.test(request.headers.authorization ?? '');
}

/** Sets the budget's headers; throws 429 once it is spent (`atLimit`: already when none is left, for a budget only read). */
function enforce(reply: FastifyReply, limit: Limit, atLimit: boolean): void {
  if (limit.isAllowed) return;
  void reply
    .header('x-ratelimit-limit', limit.max)
    .header('x-ratelimit-remaining', limit.remaining)
    .header('x-ratelimit-reset', limit.ttlInSeconds);
  if (limit.isExceeded || (atLimit && limit.remaining === 0)) {
    void reply.header('retry-after', Math.max(1, limit.ttlInSeconds));
    throw new StoreError('rate_limited');
  }
}
