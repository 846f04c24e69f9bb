import type { StoreClient } from '@/api-client/createStoreClient';
import type { Client } from '@/contract/Client';
import { CLIENT_LOOKUP_MAX } from '@/contract/ClientLookup';
import { duplicateImportRows, resolvedDuplicateOutcomes, sameClientCodes, type DuplicateDecision } from './duplicateChoices';
import { inBatches } from './planImport';
import { runImportBatches, type AcknowledgedRow } from './runImportBatches';

export type ReimportDuplicatesOptions = {
  store: Pick<StoreClient, 'importRows' | 'revertImport' | 'lookupClients'>;
  /** The import session the batch keys derive from (importBatchKey). */
  session: string;
  sheetName: string;
  decisions: readonly DuplicateDecision[];
};

/**
 * Sends the decided duplicate rows again (« C'est le même client »: the filled cells with the candidate's code;
 * « Créer quand même »: createAnyway), then looks up the clients the « même client » rows updated, whose stored values
 * go into the rows' empty cells. Returns the rows' outcomes as they are written back (a row whose batch the store did
 * not answer is left out: it stays listed) and the new batches. A failed lookup costs only the empty cells.
 */
export async function reimportDuplicates(options: ReimportDuplicatesOptions): Promise<{ outcomes: AcknowledgedRow[]; batchIds: string[] }> {
  const { store, decisions } = options;
  const rows = duplicateImportRows(decisions);
  if (rows.length === 0) return { outcomes: [], batchIds: [] };
  const run = await runImportBatches({ store, session: options.session, sheetName: options.sheetName, batches: inBatches(rows) });
  const codes = sameClientCodes(run.outcomes, decisions);
  const stored = new Map<string, Client>();
  try {
    for (let start = 0; start < codes.length; start += CLIENT_LOOKUP_MAX) {
      const found = await store.lookupClients({ codes: codes.slice(start, start + CLIENT_LOOKUP_MAX) });
      for (const client of found.clients) stored.set(client.code, client);
    }
  } catch {
    // Without the stored values the rows' empty cells stay empty: the clients are updated all the same.
  }
  return { outcomes: resolvedDuplicateOutcomes(run.outcomes, decisions, stored), batchIds: run.batchIds };
}
