import type { ClientRow } from '../db/schema';
import { StoreError } from '../errors/StoreError';
import { rowValues } from './clientColumns';
import { findClientOrThrow } from './findClientOrThrow';
import { parseIfMatch } from './parseIfMatch';
import { rowToClient } from './rowToClient';
import { updateClientRow } from './updateClientRow';
import type { WriteContext } from './WriteContext';

/**
 * Soft-deletes an active client (a new version, change `deleted`; its code stays taken, its email
 * becomes free). 404 when unknown or already deleted; with an `If-Match`, 409 when stale.
 */
export async function deleteClient(context: WriteContext, id: string, ifMatch: string | undefined): Promise<ClientRow> {
  const row = await findClientOrThrow(context.trx, id);
  if (row.deleted_at !== null) throw new StoreError('not_found');
  if (ifMatch !== undefined && parseIfMatch(ifMatch) !== Number(row.version)) throw new StoreError('conflict', [], rowToClient(row));
  const version = await updateClientRow(context, {
    id,
    expectedVersion: Number(row.version),
    before: rowValues(row),
    values: rowValues(row),
    fields: [],
    change: 'deleted',
    deletedAt: context.now,
  });
  const current = await findClientOrThrow(context.trx, id);
  if (version === null) throw new StoreError('conflict', [], rowToClient(current));
  return current;
}
