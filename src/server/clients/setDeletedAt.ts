import type { ClientRow } from '../db/schema';
import { StoreError } from '../errors/StoreError';
import { rowValues } from './clientColumns';
import { findClientOrThrow } from './findClientOrThrow';
import { rowToClient } from './rowToClient';
import { updateClientRow } from './updateClientRow';
import type { WriteContext } from './WriteContext';

/**
 * Deletes (`deletedAt` set) or restores (`null`) a client as a new version whose values do not change,
 * recorded as `change`; 409 with the current record when another write got there first.
 */
export async function setDeletedAt(
  context: WriteContext,
  row: ClientRow,
  change: 'deleted' | 'restored',
  deletedAt: string | null,
): Promise<ClientRow> {
  const version = await updateClientRow(context, {
    id: row.id,
    expectedVersion: Number(row.version),
    before: rowValues(row),
    values: rowValues(row),
    fields: [],
    change,
    deletedAt,
  });
  const current = await findClientOrThrow(context.trx, row.id);
  if (version === null) throw new StoreError('conflict', [], rowToClient(current));
  return current;
}
