import type { RevertResponse } from '@/contract/RevertResponse';
import type { ImportRowOutcome } from '@/excel/imports/ImportRowOutcome';
import type { AcknowledgedRow } from './runImportBatches';

/**
 * The sheet's new statuses once an import's batches are reverted: a row whose client was deleted (it was created)
 * or restored (it was updated) reads "Import annulé", and a deleted client's code is emptied so importing again
 * creates it anew (so is the code a probable duplicate took from its twin: importing again asks again). A restored row's "Version" goes back to the one it was sent with (`sentVersions`, by sheet row;
 * emptied when it had none): its edits are the sheet's again, so importing it again applies them rather than taking
 * the restored values as the store's newer edits. Rows the store left alone (changed since) keep their status.
 */
export function revertOutcomes(
  rows: readonly AcknowledgedRow[],
  responses: readonly RevertResponse[],
  sentVersions: ReadonlyMap<number, number | undefined> = new Map(),
): ImportRowOutcome[] {
  const actions = new Map(responses.flatMap((response) => response.reverted.map((client) => [client.id, client.action] as const)));
  const outcomes: ImportRowOutcome[] = [];
  for (const row of rows) {
    const action = row.clientId === null ? undefined : actions.get(row.clientId);
    // A created client removed, or a row that took a probable twin's code (« C'est le même client »): code emptied.
    if (action === 'deleted' || (action === 'restored' && row.matchedAsDuplicate === true))
      outcomes.push({ row: row.row, status: 'reverted', clearCode: true });
    else if (action === 'restored')
      outcomes.push({ row: row.row, status: 'reverted', code: row.code ?? null, version: sentVersions.get(row.row) ?? null });
  }
  return outcomes;
}
