import type { z } from 'zod';
import { ApiError, type FieldError } from '@/contract/ApiError';
import { Conflict, PossibleDuplicate } from '@/contract/Conflict';
import { combineSignals } from './combineSignals';
import { AbsentCode, StoreClientError } from './StoreClientError';
import { waitFor } from './waitFor';

export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

export type RequestPolicy = {
  /** Time allowed for one attempt (headers and body), in milliseconds. */
  timeoutMs: number;
  /** Extra attempts for idempotent requests after a network error, a timeout or a 5xx. */
  retries: number;
  /** Wait before the first retry; doubled before each next one. */
  retryDelayMs: number;
};

export type RequestContext = {
  baseUrl: string;
  token: string;
  language: string;
  fetch: FetchFunction;
  policy: RequestPolicy;
};

export type JsonRequest = {
  method: 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  auth: boolean;
  body?: unknown;
  /** Extra headers (`If-Match`, `Idempotency-Key`). */
  headers?: Record<string, string>;
  /** Safe to send again after a failure: GETs always; a POST that carries an `Idempotency-Key`. */
  retryable?: boolean;
  signal?: AbortSignal;
};

/** Sends one request to the store, retrying idempotent ones, and parses the answer with `schema`. */
export async function requestJson<Schema extends z.ZodType>(
  context: RequestContext,
  request: JsonRequest,
  schema: Schema,
): Promise<z.infer<Schema>> {
  try {
    return await sendWithRetries(context, request, schema);
  } catch (error) {
    throw error instanceof AbsentAnswer ? error.asNotFound() : error;
  }
}

/** Like requestJson, but the store's answer `absent` (a 404 such as `mapping_not_found`) resolves to null. */
export async function requestOptionalJson<Schema extends z.ZodType>(
  context: RequestContext,
  request: JsonRequest,
  schema: Schema,
  absent: AbsentCode,
): Promise<z.infer<Schema> | null> {
  try {
    return await sendWithRetries(context, request, schema);
  } catch (error) {
    if (!(error instanceof AbsentAnswer)) throw error;
    if (error.code === absent) return null;
    throw error.asNotFound();
  }
}

/** The store said "there is none" with an AbsentCode: null for the method that expects it, `not_found` for any other. */
class AbsentAnswer extends Error {
  constructor(
    readonly code: AbsentCode,
    readonly status: number,
    readonly fields: FieldError[],
  ) {
    super(code);
    this.name = 'AbsentAnswer';
  }

  asNotFound(): StoreClientError {
    return new StoreClientError('not_found', this.message, { status: this.status, fields: this.fields });
  }
}

async function sendWithRetries<Schema extends z.ZodType>(
  context: RequestContext,
  request: JsonRequest,
  schema: Schema,
): Promise<z.infer<Schema>> {
  const retryable = request.method === 'GET' || request.retryable === true;
  const maxAttempts = retryable ? 1 + context.policy.retries : 1;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await attemptRequest(context, request, schema);
    } catch (error) {
      if (attempt >= maxAttempts || !isRetryable(error)) throw error;
      await waitBeforeRetry(context.policy.retryDelayMs * 2 ** (attempt - 1), request.signal);
    }
  }
}

function isRetryable(error: unknown): boolean {
  if (!(error instanceof StoreClientError)) return false;
  if (error.code === 'unreachable' || error.code === 'timeout') return true;
  return error.status !== undefined && error.status >= 500;
}

async function waitBeforeRetry(delayMs: number, signal: AbortSignal | undefined): Promise<void> {
  try {
    await waitFor(delayMs, signal);
  } catch (cause) {
    throw new StoreClientError('aborted', 'Request aborted by the caller', { cause });
  }
}

async function attemptRequest<Schema extends z.ZodType>(
  context: RequestContext,
  request: JsonRequest,
  schema: Schema,
): Promise<z.infer<Schema>> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), context.policy.timeoutMs);
  const combined = combineSignals([request.signal, timeout.signal]);
  try {
    const response = await context.fetch(`${context.baseUrl}${request.path}`, {
      method: request.method,
      headers: requestHeaders(context, request),
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: combined.signal,
    });
    const text = await response.text();
    return parseResponse(response.status, text, schema);
  } catch (error) {
    if (error instanceof StoreClientError || error instanceof AbsentAnswer) throw error;
    if (request.signal?.aborted) throw new StoreClientError('aborted', 'Request aborted by the caller', { cause: error });
    if (timeout.signal.aborted) {
      throw new StoreClientError('timeout', `No answer within ${context.policy.timeoutMs} ms`, { cause: error });
    }
    throw new StoreClientError('unreachable', 'The store could not be reached', { cause: error });
  } finally {
    clearTimeout(timer);
    combined.dispose();
  }
}

function requestHeaders(context: RequestContext, request: JsonRequest): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': context.language };
  if (request.auth) headers.Authorization = `Bearer ${context.token}`;
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  return { ...headers, ...request.headers };
}

function parseResponse<Schema extends z.ZodType>(status: number, text: string, schema: Schema): z.infer<Schema> {
  const body = parseJson(text);
  if (status >= 200 && status < 300) {
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new StoreClientError('invalid_response', `Unexpected response body (HTTP ${status})`, { status });
    return parsed.data;
  }
  const conflict = status === 409 ? Conflict.safeParse(body) : undefined;
  const apiError = conflict?.success ? conflict : ApiError.safeParse(body);
  if (apiError.success) {
    const { code, message, fields } = apiError.data.error;
    if (isAbsentCode(code)) throw new AbsentAnswer(code, status, fields);
    const current = conflict?.success ? conflict.data.current : undefined;
    const other = conflict?.success ? conflict.data.other : undefined;
    const duplicate = code === 'client.possibleDuplicate' ? PossibleDuplicate.safeParse(body) : undefined;
    const candidates = duplicate?.success ? duplicate.data.candidates : undefined;
    throw new StoreClientError(code, message, { status, fields, current, other, candidates });
  }
  throw new StoreClientError(codeForBareStatus(status), `HTTP ${status} without an error body`, { status });
}

/** A status without our error body: an auth layer, or a proxy that could not reach the store. */
function codeForBareStatus(status: number): 'unauthorized' | 'unreachable' | 'invalid_response' {
  if (status === 401) return 'unauthorized';
  if (status === 502 || status === 503 || status === 504) return 'unreachable';
  return 'invalid_response';
}

function isAbsentCode(code: string): code is AbsentCode {
  return (AbsentCode as readonly string[]).includes(code);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
