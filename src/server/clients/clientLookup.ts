import type { Kysely } from 'kysely';
import type { ClientLookup, ClientLookupResult } from '@/contract/ClientLookup';
import { createValueNormalizer } from '@/domain';
import type { ClientRow, DB } from '../db/schema';
import { findClientsByKeys, rowToClient } from './clientRepository';

/** A sheet's client code as the store keeps codes: the template's rule for `code` (trimmed, spaces made one); null when empty or invalid. */
const normalizeCode = createValueNormalizer({ keys: ['code'] });

/**
 * The clients that `lookup` names by code or id, in one query per kind of key and 500 keys (findClientsByKeys, the
 * lookup writes make: a code is matched after the template's rule, exactly). Active clients are `clients`, deleted ones
 * `deleted`, each once in the order first asked for; a code or id naming no client is `missing`, as it was sent.
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

  const result: ClientLookupResult = { clients: [], deleted: [], missing: { codes: [], ids: [] } };
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
  return result;
}
