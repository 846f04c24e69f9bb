import fp from 'fastify-plugin';
import { StoreUnavailableError } from '../db/databaseFaults';
import { errorToResponse } from '../errors/errorToResponse';
import { StoreError } from '../errors/StoreError';
import { preferredLanguage } from '../i18n/preferredLanguage';

/**
 * One error handler for the whole store: every error answers in the ApiError shape, in the
 * request's language; the unexpected ones are logged by name and code only (no message, no stack:
 * either may carry personal data) and answered with a generic 500.
 */
export const errorHandlerPlugin = fp(
  async (fastify) => {
    fastify.setErrorHandler((error, request, reply) => {
      const response = errorToResponse(error, preferredLanguage(request.headers['accept-language']));
      if (response.unexpected) request.log.error({ errorName: nameOf(error), errorCode: codeOf(error) }, 'unexpected error');
      if (response.body.error.code === 'unauthorized') void reply.header('www-authenticate', 'Bearer');
      if (error instanceof StoreUnavailableError) void reply.header('retry-after', String(error.retryAfterSeconds));
      return reply.status(response.statusCode).send(response.body);
    });
    fastify.setNotFoundHandler(() => {
      throw new StoreError('not_found');
    });
  },
  { name: 'error-handler', fastify: '5.x' },
);

function nameOf(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

function codeOf(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return typeof code === 'string' || typeof code === 'number' ? String(code) : undefined;
}
