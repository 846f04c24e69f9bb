import type { FastifyServerOptions } from 'fastify';
import type { LogLevel } from '../config/loadStoreConfig';

type LoggedRequest = { method?: string; is404?: boolean; routeOptions?: { url?: string } };
type RawReply = { statusCode?: number };

/** What a request is logged as when no route pattern names it: an unknown path, a URL the router refused. */
export const UNKNOWN_ROUTE = '(unknown)';

/**
 * pino options for the store: a request is logged by method and, as its `path`, its route pattern only (`/api/v1/clients/:id`: never the
 * path, whose id may be an email, nor the query string, which holds names; no headers: they hold the token), a reply
 * by status only; authorization and cookie headers are redacted wherever they would appear.
 */
export function loggerOptions(level: LogLevel, stream?: NodeJS.WritableStream): NonNullable<FastifyServerOptions['logger']> {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie'], censor: '[redacted]' },
    serializers: {
      req: (request: LoggedRequest) => ({ method: request.method, path: routePattern(request) }),
      res: (reply: RawReply) => ({ statusCode: reply.statusCode }),
    },
  };
}

/** The pattern of the route that served the request, or UNKNOWN_ROUTE (also when Fastify built the request before routing). */
export function routePattern(request: LoggedRequest): string {
  try {
    if (request.is404 === true) return UNKNOWN_ROUTE;
    return request.routeOptions?.url ?? UNKNOWN_ROUTE;
  } catch {
    return UNKNOWN_ROUTE;
  }
}
