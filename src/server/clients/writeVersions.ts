import type { ClientChange } from '../../contract/ClientHistory';
import type { ColumnKey } from '../../domain/index';
import type { StoredValues } from './clientColumns';
import type { WriteContext } from './WriteContext';

/** `previous`: the values of `fields` before the change (none for a creation). */
export type VersionEntry = { clientId: string; version: number; change: ClientChange; fields: ColumnKey[]; previous: Partial<StoredValues> };

/** Writes one client_versions row per entry: who, when, the keys changed and their values before the change. */
export async function writeVersions(context: WriteContext, entries: readonly VersionEntry[]): Promise<void> {
  const rows = entries.map((entry) => ({
    client_id: entry.clientId,
    version: entry.version,
    change: entry.change,
    changed_at: context.now,
    changed_by: context.by,
    fields: JSON.stringify(entry.fields),
    previous: JSON.stringify(entry.previous),
    batch_id: context.batchId,
  }));
  await context.insertRows(context.trx, 'client_versions', rows);
}
