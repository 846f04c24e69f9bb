import type { Insertable, Kysely, Transaction } from 'kysely';
import { ClientChange, ClientHistory } from '@/contract/ClientHistory';
import { COLUMN_KEYS, foldText, isForeignClient, MATCHED_KEYS, type ColumnKey } from '@/domain';
import type { ClientRow, ClientRowUpdate, ClientWordTable, DB, NewClientRow } from '../db/schema';
import { StoreError } from '../errors/StoreError';
import {
  chunked,
  clientColumns,
  findClientOrThrow,
  rowToClient,
  rowValues,
  type StoredValues,
  type WriteContext,
} from './clientRepository';
import { clientMatchKeys, insertMatchKeys, matchKeyRows, replaceMatchKeys, type MatchKeyRow } from './clientMatchKeys';
import { SEARCHED_KEYS, searchWords } from './clientSearch';
import { refreshDuplicatePairs } from './duplicatePairs';

/**
 * `matchKeys`: the client's blocking keys when the caller has them (else computed here; a code is in none); `pairless`:
 * the caller looked its candidates up and found none, so no duplicate pair is looked for.
 */
export type NewClient = { id: string; values: StoredValues & { code: string }; matchKeys?: readonly string[]; pairless?: boolean };

/**
 * Inserts new clients with their search words and their version 1 (change `created`, every
 * non-empty key as changed), with multi-row statements. The caller has checked the values and
 * the uniqueness of codes and emails (the indexes still refuse a duplicate).
 */
export async function insertClients(context: WriteContext, clients: readonly NewClient[]): Promise<void> {
  const rows: NewClientRow[] = [];
  const words: Insertable<ClientWordTable>[] = [];
  const matchKeys: MatchKeyRow[] = [];
  for (const client of clients) {
    const clientWords = searchWords(client.values);
    const derived = derivedColumns(client.values, context.homeCountry, clientWords);
    rows.push(clientRow(context, client, derived));
    words.push(...wordRows(client.id, derived, clientWords));
    if (context.duplicateDetection !== false)
      matchKeys.push(...matchKeyRows(client.id, client.matchKeys ?? clientMatchKeys(client.values)));
  }
  await context.insertRows(context.trx, 'clients', rows);
  await context.insertRows(context.trx, 'client_words', words);
  await insertMatchKeys(context, matchKeys);
  await refreshDuplicatePairs(
    context,
    clients.flatMap((client) => (client.pairless === true ? [] : [{ id: client.id, values: client.values }])),
    { created: true },
  );
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
    merged_into: null,
    version: 1,
    ...derived,
  } as NewClientRow;
  for (const [key, column] of Object.entries(clientColumns)) (row as Record<string, unknown>)[column] = client.values[key as ColumnKey];
  return row;
}

function filledKeys(values: StoredValues): ColumnKey[] {
  return (Object.keys(clientColumns) as ColumnKey[]).filter((key) => values[key] !== null);
}

export type RowUpdate = {
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
  /** `undefined`: leave merged_into alone; else its new value (a merge sets it on the client it deletes). */
  mergedInto?: string | null;
  /** For `merged` / `unmerged`: the other client of the merge (written on the version row). */
  otherClientId?: string;
};

/**
 * Writes a new version of a client when it still has `expectedVersion` (compare-and-set: of two
 * concurrent changes exactly one wins); returns the new version, or null when the client changed
 * meanwhile. Keeps its search words in step (see below); writes the version row.
 */
export async function updateClientRow(context: WriteContext, request: RowUpdate): Promise<number | null> {
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
  if (request.mergedInto !== undefined) set.merged_into = request.mergedInto;
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
  if (deleting || restoring || request.fields.some((key) => (SEARCHED_KEYS as readonly ColumnKey[]).includes(key))) {
    if (!restoring) await deleteWordRows(context, request.id, request.before);
    if (!deleting) await context.insertRows(context.trx, 'client_words', wordRows(request.id, derived, words));
  }
  // client_match_keys likewise holds the blocking keys of active clients only (deleted clients are no candidates).
  // duplicate_pairs, derived from the match keys and values, is scored again with them.
  const matched = deleting || restoring || request.fields.some((key) => (MATCHED_KEYS as readonly ColumnKey[]).includes(key));
  if (matched && context.duplicateDetection !== false) {
    await replaceMatchKeys(context, request.id, restoring ? null : request.before, deleting ? null : request.values);
    await refreshDuplicatePairs(context, [{ id: request.id, values: deleting ? null : request.values }]);
  }
  const version = request.expectedVersion + 1;
  const previous: Partial<StoredValues> = {};
  for (const key of request.fields) previous[key] = request.before[key];
  await writeVersions(context, [
    { clientId: request.id, version, change: request.change, fields: request.fields, previous, otherClientId: request.otherClientId },
  ]);
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
    // A merged-away client restored by hand is a client of its own again (its merge can no longer be undone).
    ...(deletedAt === null ? { mergedInto: null } : {}),
  });
  const current = await findClientOrThrow(context.trx, row.id);
  if (version === null) throw new StoreError('conflict', [], rowToClient(current));
  return current;
}

/** `previous`: the values of `fields` before the change (none for a creation). */
export type VersionEntry = {
  clientId: string;
  version: number;
  change: ClientChange;
  fields: ColumnKey[];
  previous: Partial<StoredValues>;
  /** For `merged` / `unmerged`: the other client of the merge. */
  otherClientId?: string;
};

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
    other_client_id: entry.otherClientId ?? null,
  }));
  await context.insertRows(context.trx, 'client_versions', rows);
}

export type DerivedColumns = { last_name_folded: string; first_name_folded: string; search_text: string; is_foreign: number };

/** The columns the store computes from a client's values: sort keys, search words, foreign flag. */
export function derivedColumns(values: StoredValues, homeCountry: string, words: string[] = searchWords(values)): DerivedColumns {
  return {
    last_name_folded: foldText(values.lastName ?? ''),
    first_name_folded: foldText(values.firstName ?? ''),
    search_text: words.join(' '),
    is_foreign: isForeignClient(values, homeCountry) ? 1 : 0,
  };
}

/** The client_words rows of a client: each word with the client's sort key. */
export function wordRows(
  clientId: string,
  sortKey: Pick<DerivedColumns, 'last_name_folded' | 'first_name_folded'>,
  words: readonly string[],
): ClientWordTable[] {
  return words.map((word) => ({
    word,
    last_name_folded: sortKey.last_name_folded,
    first_name_folded: sortKey.first_name_folded,
    client_id: clientId,
  }));
}

/** Every version of a client, newest first: who, when, what kind of change, which keys. Throws StoreError not_found. */
export async function readClientHistory(db: Kysely<DB>, id: string): Promise<ClientHistory> {
  await findClientOrThrow(db, id);
  const rows = await db
    .selectFrom('client_versions as v')
    .leftJoin('clients as o', 'o.id', 'v.other_client_id')
    .select([
      'v.version',
      'v.change',
      'v.changed_at',
      'v.changed_by',
      'v.fields',
      'v.batch_id',
      'v.other_client_id',
      'o.code as other_code',
    ])
    .where('v.client_id', '=', id)
    .orderBy('v.version', 'desc')
    .execute();
  return {
    id,
    items: rows.map((row) => ({
      version: Number(row.version),
      change: ClientChange.parse(row.change),
      changedAt: row.changed_at,
      changedBy: row.changed_by,
      fields: (JSON.parse(row.fields) as string[]).filter((key): key is ColumnKey => (COLUMN_KEYS as readonly string[]).includes(key)),
      batchId: row.batch_id,
      ...(row.other_client_id === null ? {} : { otherClient: { id: row.other_client_id, code: row.other_code ?? '' } }),
    })),
  };
}

/** What one version changed: the values of its changed keys before it (see writeVersions). */
export type VersionChange = { clientId: string; version: number; previous: Partial<StoredValues> };

/**
 * The versions after `afterVersion` of each client (each client with its own), in chunks of 500 clients: what a write
 * needs to rebuild a client's values at an older version (valuesAtVersion).
 */
export async function findVersionsAfter(
  trx: Kysely<DB> | Transaction<DB>,
  clients: readonly { id: string; afterVersion: number }[],
): Promise<VersionChange[]> {
  const changes: VersionChange[] = [];
  for (const chunk of chunked(clients, 500)) {
    const after = new Map(chunk.map((client) => [client.id, client.afterVersion]));
    const rows = await trx
      .selectFrom('client_versions')
      .select(['client_id', 'version', 'previous'])
      .where(
        'client_id',
        'in',
        chunk.map((client) => client.id),
      )
      .where('version', '>', Math.min(...after.values()))
      .execute();
    for (const row of rows) {
      if (Number(row.version) > (after.get(row.client_id) ?? Infinity))
        changes.push({
          clientId: row.client_id,
          version: Number(row.version),
          previous: JSON.parse(row.previous) as Partial<StoredValues>,
        });
    }
  }
  return changes;
}

/**
 * A client's values at `version`, rebuilt from its values at `current` and the versions after `version` (each puts back
 * the values it replaced, newest first); undefined when one of those versions is not in `changes` (or `version` is newer).
 */
export function valuesAtVersion(
  values: StoredValues,
  current: number,
  version: number,
  changes: ReadonlyMap<number, Partial<StoredValues>>,
): StoredValues | undefined {
  if (version < 1 || version > current) return undefined;
  const rebuilt: StoredValues = { ...values };
  for (let step = current; step > version; step -= 1) {
    const previous = changes.get(step);
    if (previous === undefined) return undefined;
    Object.assign(rebuilt, previous);
  }
  return rebuilt;
}

/** The version an `If-Match` header names (`"3"`, `W/"3"` or `3`); null when it names none. */
export function parseIfMatch(header: string): number | null {
  const match = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/.exec(header);
  return match?.[1] === undefined ? null : Number(match[1]);
}

/** The ETag of a client version: `"3"`. */
export function versionEtag(version: number): string {
  return `"${version}"`;
}
