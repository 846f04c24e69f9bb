import { randomUUID } from 'node:crypto';
import type { ImportRequest } from '@/contract/ImportRequest';
import type { ImportResponse } from '@/contract/ImportResponse';
import type { RowResult } from '@/contract/RowResult';
import type { WriteContext } from '../clients/clientRepository';
import { applyClientChanges } from '../clients/clientWrites';
import type { StatisticsRefresher } from '../db/StatisticsRefresher';
import type { Language } from '@/domain';
import { claimIdempotencyKey, requestHash, storeIdempotentResponse } from './idempotency';

/** What a batch needs of the store: its transaction (`runWrite` bound to the request, retried on concurrent writes), and the planner statistics' refresh. */
export type ImportStore = {
  runWrite: <T>(write: (context: WriteContext) => Promise<T>) => Promise<T>;
  refreshStatistics: StatisticsRefresher;
};

/** A batch's answer, and whether it was replayed from an earlier request with the same Idempotency-Key. */
export type ImportOutcome = { statusCode: number; body: ImportResponse; replayed: boolean };

/**
 * Applies an import batch at most once per Idempotency-Key, in one transaction: claims the key,
 * applies the batch and stores its answer; a retry with the same key and body gets the stored
 * answer (`replayed`), with another body 422 idempotency_mismatch. When a concurrent request with
 * the same key (through this instance or another) commits first, the claim fails on the key's
 * unique index and runWrite runs the batch again, which then replays that answer. Without a key
 * the batch is simply applied. Once a batch is applied (not replayed), the statistics hear how
 * many clients it created.
 */
export async function importBatch(
  store: ImportStore,
  request: ImportRequest,
  idempotencyKey: string | undefined,
  lang: Language,
): Promise<ImportOutcome> {
  const hash = idempotencyKey === undefined ? '' : requestHash(request);
  const outcome = await store.runWrite(async (context): Promise<ImportOutcome> => {
    if (idempotencyKey !== undefined) {
      const stored = await claimIdempotencyKey(context.trx, idempotencyKey, hash, context.now);
      // The stored body is the one this function answered (and stored) for the same request.
      if (stored !== null) return { statusCode: stored.statusCode, body: stored.body as ImportResponse, replayed: true };
    }
    const response = { statusCode: 200, body: await applyImport(context, request, lang) };
    if (idempotencyKey !== undefined) await storeIdempotentResponse(context.trx, idempotencyKey, response);
    return { ...response, replayed: false };
  });
  if (!outcome.replayed) await store.refreshStatistics(outcome.body.results.filter((result) => result.status === 'created').length);
  return outcome;
}

/**
 * Applies an import batch inside the caller's transaction (one batch = one transaction) as a new
 * import batch (its versions carry its id, so it can be reverted): every row is one change of
 * `applyClientChanges` in the request's mode, and its outcome the row's result.
 */
export async function applyImport(context: WriteContext, request: ImportRequest, lang: Language): Promise<ImportResponse> {
  const batchId = randomUUID();
  const batch = { ...context, batchId };
  const outcomes = await applyClientChanges(
    batch,
    request.rows.map((row) => ({ values: row.values })),
    request.mode,
    lang,
  );
  const results = request.rows.map((row, index): RowResult => {
    const outcome = outcomes[index];
    if (outcome === undefined) throw new Error('no outcome for an import row');
    if (outcome.status === 'failed') return { row: row.row, status: 'failed', id: outcome.id, code: outcome.code, errors: outcome.errors };
    return { row: row.row, status: outcome.status, id: outcome.id, code: outcome.code, errors: [] };
  });
  await context.trx
    .insertInto('import_batches')
    .values({ id: batchId, mode: request.mode, created_at: context.now, created_by: context.by, reverted_at: null })
    .execute();
  return { batchId, mode: request.mode, results };
}
