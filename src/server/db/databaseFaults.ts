import { StoreError } from '../errors/StoreError';

/** How long a client is asked to wait before trying again while the database is unavailable. */
export const RETRY_AFTER_SECONDS = 2;

/**
 * The database cannot serve the request now (PostgreSQL down or restarting, its connections
 * refused or cut; SQLite's write lock held by another connection beyond the busy timeout; a write
 * that kept meeting concurrent writes after its retries): 503 store_unavailable with Retry-After.
 * Nothing of the request was written. The store recovers by itself once the database answers again.
 */
export class StoreUnavailableError extends StoreError {
  readonly retryAfterSeconds = RETRY_AFTER_SECONDS;

  constructor(options?: { cause?: unknown }) {
    super('store_unavailable');
    this.name = 'StoreUnavailableError';
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}

/** PostgreSQL SQLSTATEs of a lost or refused server: connection exceptions (08…), shutdown, startup, too many connections. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '53400']);
/** Node's socket errors when the server is down or gone. */
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH']);
/**
 * pg's own errors without a code: the connection ended under a query, a query sent on a connection already cut ("Client
 * has encountered a connection error and is not queryable", "Client was closed and is not queryable": a transaction's
 * next statement once PostgreSQL went down), or the pool waited too long for one.
 */
const UNAVAILABLE_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /connection is closed/i,
  /is not queryable/i,
];

function codeOf(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/**
 * True when `error` says the database is unavailable rather than the request wrong: PostgreSQL
 * unreachable, shutting down or starting up, a connection cut; SQLite busy (its lock still held
 * once the busy timeout ran out). An error whose code is not one of these is not.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof StoreUnavailableError) return true;
  const code = codeOf(error);
  if (code !== undefined) {
    if (code.startsWith('SQLITE_BUSY')) return true;
    if (UNAVAILABLE_SOCKET_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code)) return true;
    if (/^08[0-9A-Z]{3}$/.test(code)) return true;
  }
  if (error instanceof AggregateError) return error.errors.some(isDatabaseUnavailable);
  const message = error instanceof Error ? error.message : '';
  return code === undefined && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message));
}

/** True for a PostgreSQL serialisation failure (40001) or deadlock (40P01): the transaction was rolled back and may simply run again. */
export function isTransactionConflict(error: unknown): boolean {
  const code = codeOf(error);
  return code === '40001' || code === '40P01';
}

/** `error` as thrown to the request: StoreUnavailableError when the database is unavailable, else itself. */
export function asStoreUnavailable(error: unknown): unknown {
  return isDatabaseUnavailable(error) && !(error instanceof StoreUnavailableError) ? new StoreUnavailableError({ cause: error }) : error;
}
