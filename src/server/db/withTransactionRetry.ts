import type { Kysely, Transaction } from 'kysely';
import { isTransactionConflict, StoreUnavailableError } from './databaseFaults';
import type { DB } from './schema';

/** Attempts of one write before it gives up: the first and four retries. */
export const TRANSACTION_ATTEMPTS = 5;
const BASE_DELAY_MS = 10;

export type TransactionRetryOptions = {
  attempts?: number;
  /** Waits `ms` (tests may count the retries); setTimeout by default. */
  sleep?: (ms: number) => Promise<void>;
};

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * True when a failed attempt may simply run again in a new transaction: a PostgreSQL serialisation
 * failure or deadlock (40001, 40P01), or a unique violation (23505) that a concurrent transaction
 * caused by committing the same key first (a client's code or email, an Idempotency-Key): the next
 * attempt reads what it committed. SQLite's writes run one at a time, so it never sees these.
 */
function isRetryable(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return isTransactionConflict(error) || code === '23505';
}

/**
 * The one way the store writes: runs `work` in a transaction (SQLite: `begin immediate`, see
 * faultAwareDialect) and, when it fails because of a concurrent transaction, runs it again in a
 * new one, a few times, after a random wait that doubles each time (so the writes that collided do
 * not collide again). `work` must therefore have no effect outside the transaction. When the
 * attempts run out: a serialisation failure or deadlock becomes StoreUnavailableError (503 with
 * Retry-After, nothing written), any other error is thrown as it is.
 */
export async function withTransactionRetry<T>(
  db: Kysely<DB>,
  work: (trx: Transaction<DB>) => Promise<T>,
  { attempts = TRANSACTION_ATTEMPTS, sleep = wait }: TransactionRetryOptions = {},
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      if (!isRetryable(error)) throw error;
      if (attempt >= attempts) throw isTransactionConflict(error) ? new StoreUnavailableError({ cause: error }) : error;
      await sleep(Math.random() * BASE_DELAY_MS * 2 ** attempt);
    }
  }
}
