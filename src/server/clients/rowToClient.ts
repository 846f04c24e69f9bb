import type { Client } from '../../contract/Client';
import type { ClientRow } from '../db/schema';
import { rowValues } from './clientColumns';

/** A clients row as the API shows it. */
export function rowToClient(row: ClientRow): Client {
  return {
    ...rowValues(row),
    id: row.id,
    code: row.code,
    version: Number(row.version),
    foreign: Number(row.is_foreign) === 1,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    deletedAt: row.deleted_at,
  };
}
