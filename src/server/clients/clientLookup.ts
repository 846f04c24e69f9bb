import type { Kysely } from 'kysely';
import type { ClientLookup, ClientLookupResult } from '@/contract/ClientLookup';
import { createValueNormalizer } from '@/domain';
import type { ClientRow, DB } from '../db/schema';
import { findClientsByKeys, rowToClient, rowValues } from './clientRepository';
import { findVersionsAfter, valuesAtVersion } from './clientVersions';

/** A sheet's client code as the store keeps codes: the template's rule for `code` (trimmed, spaces made one); null when empty or invalid. */
const normalizeCode = createValueNormalizer({ keys: ['code'] });

/**
 * The clients that `lookup` names by code or id, in one query per kind of key and 500 keys (findClientsByKeys, the
 * lookup writes make: a code is matched after the template's rule, exactly). Active clients are `clients`, deleted ones
 * `deleted`, each once in the order first asked for; a code or id naming no client is `missing`, as it was sent. With
 * `versions`, `bases` holds each such code's active client as it was at that version, when it has changed since (one
 * more query per 500 clients, in the history the import's merge reads: findVersionsAfter, valuesAtVersion).
 */
export async function lookupClients(db: Kysely<DB>, lookup: ClientLookup): Promise<ClientLookupResult> {
  const codes = lookup.codes ?? [];
  const ids = lookup.ids ?? [];
  const stored = codes.map((code) => {
    const { values, problems } = normalizeCode({ code });
    return problems.length === 0 ? (values.code ?? null) : null;
  });
  const rows = await findClientsByKeys(db, { ids, codes: stored.filter((code): code is string => code !== null) });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const byCode = new Map(rows.map((row) => [row.code, row]));

  const result: ClientLookupResult = { clients: [], deleted: [], missing: { codes: [], ids: [] }, bases: [] };
  const answered = new Set<string>();
  const answer = (row: ClientRow) => {
    if (answered.has(row.id)) return;
    answered.add(row.id);
    (row.deleted_at === null ? result.clients : result.deleted).push(rowToClient(row));
  };
  codes.forEach((code, index) => {
    const row = byCode.get(stored[index] ?? '');
    if (row === undefined) result.missing.codes.push(code);
    else answer(row);
  });
  for (const id of ids) {
    const row = byId.get(id);
    if (row === undefined) result.missing.ids.push(id);
    else answer(row);
  }
  result.bases = await findBases(db, codes, stored, byCode, lookup.versions ?? {});
  return result;
}

/** The older values `versions` asks for (see lookupClients), in the order of `codes`. */
async function findBases(
  db: Kysely<DB>,
  codes: readonly string[],
  stored: readonly (string | null)[],
  byCode: ReadonlyMap<string, ClientRow>,
  versions: Readonly<Record<string, number>>,
): Promise<ClientLookupResult['bases']> {
  const wanted: { code: string; row: ClientRow; version: number }[] = [];
  codes.forEach((code, index) => {
    const row = byCode.get(stored[index] ?? '');
    const version = Object.hasOwn(versions, code) ? versions[code] : undefined;
    if (row === undefined || row.deleted_at !== null || version === undefined || version >= Number(row.version)) return;
    wanted.push({ code, row, version });
  });
  if (wanted.length === 0) return [];
  const oldest = new Map<string, number>();
  for (const { row, version } of wanted) oldest.set(row.id, Math.min(oldest.get(row.id) ?? Infinity, version));
  const changes = new Map<string, Map<number, Partial<ClientValuesOfRow>>>();
  const after = [...oldest].map(([id, afterVersion]) => ({ id, afterVersion }));
  for (const change of await findVersionsAfter(db, after)) {
    const byVersion = changes.get(change.clientId) ?? new Map<number, Partial<ClientValuesOfRow>>();
    byVersion.set(change.version, change.previous);
    changes.set(change.clientId, byVersion);
  }
  const bases: ClientLookupResult['bases'] = [];
  for (const { code, row, version } of wanted) {
    const values = valuesAtVersion(rowValues(row), Number(row.version), version, changes.get(row.id) ?? new Map());
    if (values !== undefined) bases.push({ code, id: row.id, version, values });
  }
  return bases;
}

type ClientValuesOfRow = ReturnType<typeof rowValues>;
