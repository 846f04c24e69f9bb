import type { ClientChange } from '../../contract/ClientHistory';
import type { ColumnKey } from '../../domain/index';
import type { ClientRowUpdate } from '../db/schema';
import { clientColumns, type StoredValues } from './clientColumns';
import { derivedColumns } from './derivedColumns';
import { searchWords } from './searchWords';
import { wordRows } from './wordRows';
import type { WriteContext } from './WriteContext';
import { writeVersions } from './writeVersions';

const SEARCHED: readonly ColumnKey[] = ['lastName', 'firstName', 'company', 'email', 'code', 'city'];

export type ClientChangeRequest = {
  id: string;
  /** The version the change was based on; the update happens only if the client still has it. */
  expectedVersion: number;
  /** The values before and after the change. */
  before: StoredValues;
  values: StoredValues;
  fields: ColumnKey[];
  change: ClientChange;
  /** `undefined`: leave deleted_at alone; a string: delete; null: restore. */
  deletedAt?: string | null;
};

/**
 * Writes a new version of a client when it still has `expectedVersion` (compare-and-set: of two
 * concurrent changes exactly one wins); returns the new version, or null when the client changed
 * meanwhile. Keeps its search words in step (see below); writes the version row.
 */
export async function updateClientRow(context: WriteContext, request: ClientChangeRequest): Promise<number | null> {
  const words = searchWords(request.values);
  const derived = derivedColumns(request.values, context.homeCountry, words);
  const set: ClientRowUpdate = {
    ...derived,
    version: request.expectedVersion + 1,
    updated_at: context.now,
    updated_by: context.by,
  };
  for (const key of request.fields) (set as Record<string, unknown>)[clientColumns[key]] = request.values[key];
  if (request.deletedAt !== undefined) set.deleted_at = request.deletedAt;
  const result = await context.trx
    .updateTable('clients')
    .set(set)
    .where('id', '=', request.id)
    .where('version', '=', request.expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return null;
  // client_words holds the words of active clients only (a search counts and sorts from it alone):
  // a delete removes them, a restore puts them back, a change of a searched key replaces them. The
  // old rows are found by their whole key (the words and sort key of the values before).
  const deleting = typeof request.deletedAt === 'string';
  const restoring = request.deletedAt === null;
  if (deleting || restoring || request.fields.some((key) => SEARCHED.includes(key))) {
    if (!restoring) await deleteWordRows(context, request.id, request.before);
    if (!deleting) await context.insertRows(context.trx, 'client_words', wordRows(request.id, derived, words));
  }
  const version = request.expectedVersion + 1;
  const previous: Partial<StoredValues> = {};
  for (const key of request.fields) previous[key] = request.before[key];
  await writeVersions(context, [{ clientId: request.id, version, change: request.change, fields: request.fields, previous }]);
  return version;
}

async function deleteWordRows(context: WriteContext, clientId: string, before: StoredValues): Promise<void> {
  const words = searchWords(before);
  if (words.length === 0) return;
  const { last_name_folded, first_name_folded } = derivedColumns(before, context.homeCountry, words);
  await context.trx
    .deleteFrom('client_words')
    .where('word', 'in', words)
    .where('last_name_folded', '=', last_name_folded)
    .where('first_name_folded', '=', first_name_folded)
    .where('client_id', '=', clientId)
    .execute();
}
