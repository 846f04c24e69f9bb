import type { FastifyServerOptions } from 'fastify';
import type { LogLevel } from '../config/loadStoreConfig';

type RawRequest = { method?: string; url?: string };
type RawReply = { statusCode?: number };

/**
 * pino options for the store: a request is logged by method and path only (no query string: a
 * search holds names; no headers: they hold the token), a reply by status only; authorization and
 * cookie headers are redacted wherever they would appear.
 */
export function loggerOptions(level: LogLevel, stream?: NodeJS.WritableStream): NonNullable<FastifyServerOptions['logger']> {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie'], censor: '[redacted]' },
    serializers: {
      req: (request: RawRequest) => ({ method: request.method, path: (request.url ?? '').split('?')[0] }),
      res: (reply: RawReply) => ({ statusCode: reply.statusCode }),
    },
  };
}
