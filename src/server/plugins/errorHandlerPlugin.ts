import { maxHeaderSize, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { StoreUnavailableError } from '../db/databaseFaults';
import { errorToResponse, type ErrorResponse } from '../errors/errorToResponse';
import { StoreError } from '../errors/StoreError';
import { preferredLanguage } from '../i18n/preferredLanguage';
import { fieldMessage, headersTooLargeMessage } from '../i18n/serverMessages';

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

/**
 * Fastify's `frameworkErrors` (server option): what its router refuses before any route or hook runs — a URL it
 * cannot decode (`%FF`), a parameter over `maxParamLength` — answers 400 on `url` in the ApiError shape, never with
 * Fastify's own body (which echoes the path).
 */
export function handleFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const lang = preferredLanguage(request.headers['accept-language']);
  const refusedUrl = error.code === 'FST_ERR_BAD_URL' || error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  const response = refusedUrl
    ? errorToResponse(
        new StoreError('validation_failed', [{ path: 'url', code: 'invalid_format', message: fieldMessage('invalid_format', {}, lang) }]),
        lang,
      )
    : errorToResponse(error, lang);
  if (response.unexpected) request.log.error({ errorName: nameOf(error), errorCode: codeOf(error) }, 'unexpected error');
  void reply.status(response.statusCode).send(response.body);
}

/**
 * The http server's `clientError` (Fastify's `clientErrorHandler` option): what Node's parser refuses before Fastify
 * sees a request — headers or URL over `maxHeaderSize` (431), a malformed request (400), a timeout (408) — answers
 * in the ApiError shape, in the language the raw request asked for when its bytes say so, then closes the socket.
 */
export function handleClientError(this: FastifyInstance, error: Error & { code?: string; rawPacket?: unknown }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const lang = preferredLanguage(rawAcceptLanguage(error.rawPacket));
  const { statusCode, body } = clientErrorAnswer(error.code, lang);
  this.log.info({ clientError: error.code ?? nameOf(error), statusCode }, 'request refused by the HTTP parser');
  if (socket.writable) {
    const text = JSON.stringify(body);
    // An answer to HEAD has no body (its length is still said).
    const sent = isHeadRequest(error.rawPacket) ? '' : text;
    socket.write(
      `HTTP/1.1 ${statusCode} ${STATUS_CODES[statusCode] ?? ''}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${sent}`,
    );
  }
  socket.destroy();
}

function clientErrorAnswer(
  code: string | undefined,
  lang: ReturnType<typeof preferredLanguage>,
): Pick<ErrorResponse, 'statusCode' | 'body'> {
  if (code === 'HPE_HEADER_OVERFLOW') {
    const fields = [{ path: 'headers', code: 'too_big', message: headersTooLargeMessage(maxHeaderSize, lang) }];
    return { statusCode: 431, body: errorToResponse(new StoreError('payload_too_large', fields), lang).body };
  }
  const { body, statusCode } = errorToResponse(new StoreError('validation_failed'), lang);
  return { statusCode: code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : statusCode, body };
}

const RAW_ACCEPT_LANGUAGE = /\r\naccept-language:[ \t]*([^\r\n]{0,200})/i;

/** The Accept-Language of a request Node's parser refused, read from the bytes it had (the first 64 KiB), if they hold it. */
function rawAcceptLanguage(rawPacket: unknown): string | undefined {
  if (!Buffer.isBuffer(rawPacket)) return undefined;
  return RAW_ACCEPT_LANGUAGE.exec(rawPacket.subarray(0, 65_536).toString('latin1'))?.[1];
}

function isHeadRequest(rawPacket: unknown): boolean {
  return Buffer.isBuffer(rawPacket) && rawPacket.subarray(0, 5).toString('latin1') === 'HEAD ';
}

function nameOf(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

function codeOf(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return typeof code === 'string' || typeof code === 'number' ? String(code) : undefined;
}
