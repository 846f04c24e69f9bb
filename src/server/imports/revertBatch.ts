import type { RevertResponse } from '@/contract/RevertResponse';
import {
  findEmailOwner,
  lockClientsById,
  rowValues,
  takesRowLocks,
  type StoredValues,
  type WriteContext,
} from '../clients/clientRepository';
import { updateClientRow } from '../clients/clientVersions';
import { changedKeys } from '@/domain';
import type { ClientRow } from '../db/schema';
import { StoreError } from '../errors/StoreError';

/** What a batch did to one client: its versions by the batch (oldest first), with the values they replaced. */
type Touched = { clientId: string; created: boolean; last: number; previous: Partial<StoredValues>[] };

/**
 * Undoes an import batch: the clients it created are deleted, those it updated get back the values
 * the batch replaced. A client changed since the batch (its version is no longer the batch's last)
 * is left alone and listed as skipped, as is one whose old email another active client holds now.
 * The answer says exactly what was written: the batch and its clients are locked before they are
 * read (a concurrent edit commits first or waits), and a client whose compare-and-set update still
 * finds another version is listed as skipped, never as reverted. 404 for an unknown batch; 409 when
 * it was already reverted.
 */
export async function revertBatch(context: WriteContext, batchId: string): Promise<RevertResponse> {
  const batch = await lockBatch(context, batchId);
  if (batch === undefined) throw new StoreError('not_found');
  if (batch.reverted_at !== null) throw new StoreError('conflict');

  const versions = await context.trx
    .selectFrom('client_versions')
    .select(['client_id', 'version', 'change', 'previous'])
    .where('batch_id', '=', batchId)
    .orderBy('client_id')
    .orderBy('version')
    .execute();
  const touched = new Map<string, Touched>();
  for (const version of versions) {
    const entry = touched.get(version.client_id) ?? {
      clientId: version.client_id,
      created: version.change === 'created',
      last: 0,
      previous: [],
    };
    entry.last = Math.max(entry.last, Number(version.version));
    entry.previous.push(JSON.parse(version.previous) as Partial<StoredValues>);
    touched.set(version.client_id, entry);
  }
  const current = new Map<string, ClientRow>();
  for (const row of await lockClientsById(context.trx, [...touched.keys()])) current.set(row.id, row);

  const response: RevertResponse = { batchId, reverted: [], skipped: [] };
  const revertContext = { ...context, batchId: null };
  for (const entry of touched.values()) {
    const row = current.get(entry.clientId);
    if (row === undefined) continue;
    if (Number(row.version) !== entry.last) {
      response.skipped.push({ id: row.id, code: row.code, reason: 'changed_after' });
      continue;
    }
    const before = rowValues(row);
    const leftAlone = () => response.skipped.push({ id: row.id, code: row.code, reason: 'changed_after' });
    if (entry.created) {
      const written = await updateClientRow(revertContext, {
        id: row.id,
        expectedVersion: entry.last,
        before,
        values: before,
        fields: [],
        change: 'reverted',
        deletedAt: context.now,
      });
      if (written === null) leftAlone();
      else response.reverted.push({ id: row.id, code: row.code, action: 'deleted' });
      continue;
    }
    const values: StoredValues = { ...before };
    for (const previous of [...entry.previous].reverse()) Object.assign(values, previous);
    if (
      values.email !== null &&
      values.email.toLowerCase() !== before.email?.toLowerCase() &&
      (await findEmailOwner(context.trx, values.email, row.id)) !== null
    ) {
      response.skipped.push({ id: row.id, code: row.code, reason: 'email_taken' });
      continue;
    }
    const written = await updateClientRow(revertContext, {
      id: row.id,
      expectedVersion: entry.last,
      before,
      values,
      fields: changedKeys(before, values),
      change: 'reverted',
    });
    if (written === null) leftAlone();
    else response.reverted.push({ id: row.id, code: values.code ?? row.code, action: 'restored' });
  }
  await context.trx.updateTable('import_batches').set({ reverted_at: context.now }).where('id', '=', batchId).execute();
  return response;
}

/** The batch row, locked on PostgreSQL (two concurrent reverts of one batch: the second waits, then finds it reverted). */
async function lockBatch(context: WriteContext, batchId: string) {
  const query = context.trx.selectFrom('import_batches').selectAll().where('id', '=', batchId);
  return (takesRowLocks(context.trx) ? query.forUpdate() : query).executeTakeFirst();
}
