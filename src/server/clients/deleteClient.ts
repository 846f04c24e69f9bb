import type { ClientRow } from '../db/schema';
import { StoreError } from '../errors/StoreError';
import { findClientOrThrow } from './findClientOrThrow';
import { parseIfMatch } from './parseIfMatch';
import { rowToClient } from './rowToClient';
import { setDeletedAt } from './setDeletedAt';
import type { WriteContext } from './WriteContext';

/**
 * Soft-deletes an active client (a new version, change `deleted`; its code stays taken, its email
 * becomes free). 404 when unknown or already deleted; with an `If-Match`, 409 when stale.
 */
export async function deleteClient(context: WriteContext, id: string, ifMatch: string | undefined): Promise<ClientRow> {
  const row = await findClientOrThrow(context.trx, id);
  if (row.deleted_at !== null) throw new StoreError('not_found');
  if (ifMatch !== undefined && parseIfMatch(ifMatch) !== Number(row.version)) throw new StoreError('conflict', [], rowToClient(row));
  return setDeletedAt(context, row, 'deleted', context.now);
}
