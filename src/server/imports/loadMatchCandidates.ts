import { sql, type Transaction } from 'kysely';
import type { ClientRow, DB } from '../db/schema';
import { chunked } from '../clients/chunked';

/**
 * The clients an import batch may touch, in two queries per 500 keys: every client holding one of
 * `codes` (deleted ones too: their code stays taken) and every active client holding one of
 * `emails` (lower-cased).
 */
export async function loadMatchCandidates(trx: Transaction<DB>, codes: readonly string[], emails: readonly string[]): Promise<ClientRow[]> {
  const rows = new Map<string, ClientRow>();
  for (const chunk of chunked([...new Set(codes)], 500)) {
    for (const row of await trx.selectFrom('clients').selectAll().where('code', 'in', chunk).execute()) rows.set(row.id, row);
  }
  for (const chunk of chunked([...new Set(emails)], 500)) {
    const found = await trx.selectFrom('clients').selectAll().where(sql<string>`lower(email)`, 'in', chunk).where('deleted_at', 'is', null).execute();
    for (const row of found) rows.set(row.id, row);
  }
  return [...rows.values()];
}
