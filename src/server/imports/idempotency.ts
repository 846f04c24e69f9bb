import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema';
import { StoreError } from '../errors/StoreError';

export type StoredResponse = { statusCode: number; body: unknown };

/** sha256 of a request body (as validated), hex. */
export function requestHash(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body), 'utf8').digest('hex');
}

/**
 * Claims an Idempotency-Key inside the batch's transaction, before anything is applied: returns
 * the response stored for the same key and the same body (the batch is not run again), throws
 * StoreError idempotency_mismatch (422) for the same key with another body, or inserts a claim and
 * returns null. A concurrent request with the same key waits on the claim's unique index
 * (PostgreSQL: then fails 23505 and runs again, see withTransactionRetry) or on the write lock
 * (SQLite), so a key is applied at most once, across every instance sharing the database.
 */
export async function claimIdempotencyKey(trx: Transaction<DB>, key: string, hash: string, now: string): Promise<StoredResponse | null> {
  const existing = await trx.selectFrom('idempotency_keys').selectAll().where('key', '=', key).executeTakeFirst();
  if (existing !== undefined) {
    if (existing.request_hash !== hash) throw new StoreError('idempotency_mismatch');
    return { statusCode: Number(existing.status_code), body: JSON.parse(existing.response) };
  }
  await trx.insertInto('idempotency_keys').values({ key, request_hash: hash, status_code: 0, response: '', created_at: now }).execute();
  return null;
}

/** Stores the response of a claimed key (same transaction as the batch). */
export async function storeIdempotentResponse(trx: Transaction<DB>, key: string, response: StoredResponse): Promise<void> {
  await trx
    .updateTable('idempotency_keys')
    .set({ status_code: response.statusCode, response: JSON.stringify(response.body) })
    .where('key', '=', key)
    .execute();
}
