import type { ColumnKey } from '../../domain/index';
import type { Insertable } from 'kysely';
import type { ClientWordTable, NewClientRow } from '../db/schema';
import { clientColumns, type StoredValues } from './clientColumns';
import { type DerivedColumns, derivedColumns } from './derivedColumns';
import { searchWords } from './searchWords';
import { wordRows } from './wordRows';
import type { WriteContext } from './WriteContext';
import { writeVersions } from './writeVersions';

export type NewClient = { id: string; values: StoredValues & { code: string } };

/**
 * Inserts new clients with their search words and their version 1 (change `created`, every
 * non-empty key as changed), with multi-row statements. The caller has checked the values and
 * the uniqueness of codes and emails (the indexes still refuse a duplicate).
 */
export async function insertClients(context: WriteContext, clients: readonly NewClient[]): Promise<void> {
  const rows: NewClientRow[] = [];
  const words: Insertable<ClientWordTable>[] = [];
  for (const client of clients) {
    const clientWords = searchWords(client.values);
    const derived = derivedColumns(client.values, context.homeCountry, clientWords);
    rows.push(clientRow(context, client, derived));
    words.push(...wordRows(client.id, derived, clientWords));
  }
  await context.insertRows(context.trx, 'clients', rows);
  await context.insertRows(context.trx, 'client_words', words);
  await writeVersions(
    context,
    clients.map((client) => ({ clientId: client.id, version: 1, change: 'created', fields: filledKeys(client.values), previous: {} })),
  );
}

function clientRow(context: WriteContext, client: NewClient, derived: DerivedColumns): NewClientRow {
  const row = {
    id: client.id,
    created_at: context.now,
    created_by: context.by,
    updated_at: context.now,
    updated_by: context.by,
    deleted_at: null,
    version: 1,
    ...derived,
  } as NewClientRow;
  for (const [key, column] of Object.entries(clientColumns)) (row as Record<string, unknown>)[column] = client.values[key as ColumnKey];
  return row;
}

function filledKeys(values: StoredValues): ColumnKey[] {
  return (Object.keys(clientColumns) as ColumnKey[]).filter((key) => values[key] !== null);
}
