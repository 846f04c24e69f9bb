import { randomUUID } from 'node:crypto';
import type { ImportRequest } from '@/contract/ImportRequest';
import type { Client } from '@/contract/Client';
import { countRowResults, type ImportResponse } from '@/contract/ImportResponse';
import type { RowResult } from '@/contract/RowResult';
import { findClientsByKeys, rowToClient, type WriteContext } from '../clients/clientRepository';
import { applyClientChanges, storeFieldError, type ChangeOutcome } from '../clients/clientWrites';
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
 * `applyClientChanges` in the request's mode (its `version` the change's base version, merged three
 * ways with newer edits; a row that would create a probable twin is a `duplicate` unless the batch's `onDuplicate` is
 * `create` or the row says `createAnyway`), and its outcome the row's result. A row that kept newer store values or
 * met a conflict carries the client as stored after the batch.
 */
export async function applyImport(context: WriteContext, request: ImportRequest, lang: Language): Promise<ImportResponse> {
  const batchId = randomUUID();
  const batch = { ...context, batchId };
  const outcomes = await applyClientChanges(
    batch,
    request.rows.map((row) => ({
      values: row.values,
      baseVersion: row.version,
      allowDuplicate: request.onDuplicate === 'create' || row.createAnyway === true,
    })),
    request.mode,
    lang,
  );
  const clients = await storedClients(context, outcomes);
  const results = request.rows.map((row, index): RowResult => {
    const outcome = outcomes[index];
    if (outcome === undefined) throw new Error('no outcome for an import row');
    return rowResult(row.row, outcome, clients, lang);
  });
  await context.trx
    .insertInto('import_batches')
    .values({ id: batchId, mode: request.mode, created_at: context.now, created_by: context.by, reverted_at: null })
    .execute();
  return { batchId, mode: request.mode, results, counts: countRowResults(results) };
}

/** The clients that rows report in full (merged with kept store values, or in conflict), as stored after the batch. */
async function storedClients(context: WriteContext, outcomes: readonly ChangeOutcome[]): Promise<Map<string, Client>> {
  const ids = outcomes.flatMap((outcome) =>
    outcome.status === 'conflict' ||
    ((outcome.status === 'created' || outcome.status === 'updated' || outcome.status === 'unchanged') && outcome.kept.length > 0)
      ? [outcome.id]
      : [],
  );
  const rows = ids.length === 0 ? [] : await findClientsByKeys(context.trx, { ids });
  return new Map(rows.map((row) => [row.id, rowToClient(row)]));
}

function rowResult(row: number, outcome: ChangeOutcome, clients: ReadonlyMap<string, Client>, lang: Language): RowResult {
  const client = (id: string): Client => {
    const found = clients.get(id);
    if (found === undefined) throw new Error('no stored client for an import row');
    return found;
  };
  switch (outcome.status) {
    case 'failed':
      return { row, status: 'failed', id: outcome.id, code: outcome.code, errors: outcome.errors };
    case 'conflict':
      return {
        row,
        status: 'conflict',
        id: outcome.id,
        code: outcome.code,
        errors: outcome.fields.map((path) => storeFieldError(path, 'version.conflict', lang)),
        conflict: { fields: outcome.fields, current: client(outcome.id) },
      };
    case 'duplicate':
      return {
        row,
        status: 'duplicate',
        id: null,
        code: null,
        errors: [storeFieldError('lastName', 'duplicate.probable', lang)],
        candidates: outcome.candidates,
      };
    case 'created':
      return { row, status: 'created', id: outcome.id, code: outcome.code, version: outcome.version, errors: [] };
    case 'updated':
    case 'unchanged': {
      const stored = { row, status: outcome.status, id: outcome.id, code: outcome.code, version: outcome.version, errors: [] };
      return outcome.kept.length === 0 ? stored : { ...stored, kept: outcome.kept, client: client(outcome.id) };
    }
  }
}
