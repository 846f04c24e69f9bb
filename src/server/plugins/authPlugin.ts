import fp from 'fastify-plugin';
import { StoreError } from '../errors/StoreError';
import { findActiveToken, type TokenIdentity } from '../tokens';

declare module 'fastify' {
  interface FastifyRequest {
    /** The token the request came with; null only on public routes and unauthenticated 404s. */
    auth: TokenIdentity | null;
  }
  interface FastifyContextConfig {
    /** `false` makes a route public (health); every other route needs a valid bearer token. */
    auth?: boolean;
  }
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Bearer-token authentication on every route unless its config says `auth: false`, and on unknown
 * paths under /api/ too, so that 401 comes before 404 and does not reveal which paths exist.
 */
export const authPlugin = fp(
  async (fastify) => {
    fastify.decorateRequest('auth', null);
    fastify.addHook('onRequest', async (request) => {
      if (request.is404 ? !isApiPath(request.url) : request.routeOptions.config.auth === false) return;
      const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
      const identity = token === undefined ? null : await findActiveToken(fastify.db, token);
      if (identity === null) throw new StoreError('unauthorized');
      request.auth = identity;
    });
  },
  { name: 'auth', fastify: '5.x', dependencies: ['db'] },
);

function isApiPath(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // a malformed escape stays as it came
  }
  return /^\/+api(\/|$)/i.test(decoded);
}
