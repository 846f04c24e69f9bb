import { clientTemplate, type ClientValues, type ColumnKey, type SheetConflict } from '@/domain';
import type { Client } from '@/contract/Client';
import type { ImportMode, ImportRow } from '@/contract/ImportRequest';
import type { RowResult } from '@/contract/RowResult';
import type { ImportRowOutcome } from '@/excel/imports/ImportRowOutcome';
import { duplicateOfCandidates, type SheetDuplicate } from './duplicateChoices';
import { importBatchKey } from './importBatchKey';
import type { ImportStore } from './ImportStore';

/**
 * A row the store acknowledged: its outcome, the client it touched (for "Annuler cet import"), and for a probable
 * duplicate (not created) the row as sent with its candidates (the pane lists them).
 */
export type AcknowledgedRow = ImportRowOutcome & {
  clientId: string | null;
  duplicate?: SheetDuplicate;
  /** Sent again with a candidate's code (« C'est le même client »): undoing it takes the code out of the row again. */
  matchedAsDuplicate?: boolean;
};

export type ImportRun = {
  /** One per row sent or meant to be sent: acknowledged rows with the store's status, the rest "not_imported". */
  outcomes: AcknowledgedRow[];
  /** The store's batches, in order (for revert). */
  batchIds: string[];
  /** Why the run stopped before its last batch, or null when every batch was answered. */
  stopped: null | { reason: 'cancelled' } | { reason: 'failed'; error: unknown };
};

export type RunImportOptions = {
  store: ImportStore;
  /** The import session the batch keys derive from (importBatchKey). */
  session: string;
  sheetName: string;
  batches: readonly ImportRow[][];
  mode?: ImportMode;
  signal?: AbortSignal;
  /** After each answered batch: rows done and rows in all. */
  onProgress?: (done: number, total: number) => void;
};

const templateHeader = new Map(clientTemplate.map((column) => [column.key, column.header]));

/** The store's values of `keys`, from the client it answered. */
function valuesOf(client: Client, keys: readonly ColumnKey[]): ClientValues {
  return Object.fromEntries(keys.map((key) => [key, client[key] ?? null]));
}

/**
 * The row in conflict as the pane lists it: each conflicting key with the sheet's value (as sent) and the store's now,
 * the client's current version (taking the sheet's values means writing over it).
 */
export function sheetConflictOf(sent: ImportRow | undefined, result: Extract<RowResult, { status: 'conflict' }>): SheetConflict {
  const { current, fields } = result.conflict;
  return {
    row: result.row,
    clientId: result.id,
    code: result.code,
    currentVersion: current.version,
    fields: fields.map((key) => ({ key, sheet: (sent?.values[key] as string | null | undefined) ?? null, store: current[key] ?? null })),
  };
}

/**
 * A row's outcome; a failed row keeps its errors' codes (and the store's text, for a code the add-in does not know). A
 * conflict (the sheet and the store changed a key differently: nothing written) is its own status, with its
 * SheetConflict and one reason per key (its header, for "Conflit : Email, Téléphone"). A stored row carries the
 * client's new version and the store's values of the keys it kept (to write back into the sheet). A probable duplicate
 * (nothing created) is its own status too, with its best candidate (the sheet's "Doublon probable de CL-…") and the row
 * as sent with every candidate (the pane's list).
 */
function outcomeOf(result: RowResult, sent: ImportRow | undefined): AcknowledgedRow {
  switch (result.status) {
    case 'failed': {
      const reasons = result.errors.map((error) => ({ code: error.code, message: error.message }));
      return { row: result.row, status: 'failed', code: result.code, reasons, clientId: result.id };
    }
    case 'duplicate': {
      const reasons = result.errors.map((error) => ({ code: error.code, message: error.message }));
      const duplicate: SheetDuplicate = { row: result.row, values: { ...sent?.values } as ClientValues, candidates: result.candidates };
      return {
        row: result.row,
        status: 'duplicate',
        reasons,
        duplicateOf: duplicateOfCandidates(result.candidates),
        duplicate,
        clientId: null,
      };
    }
    case 'conflict': {
      const conflict = sheetConflictOf(sent, result);
      const reasons = conflict.fields.map((field) => ({ code: 'version.conflict', header: templateHeader.get(field.key) ?? field.key }));
      return { row: result.row, status: 'conflict', code: result.code, reasons, conflict, clientId: result.id };
    }
    case 'created':
      return { row: result.row, status: result.status, code: result.code, version: result.version, clientId: result.id };
    case 'updated':
    case 'unchanged': {
      const outcome: AcknowledgedRow = {
        row: result.row,
        status: result.status,
        code: result.code,
        version: result.version,
        clientId: result.id,
      };
      return result.kept && result.kept.length > 0 && result.client ? { ...outcome, kept: valuesOf(result.client, result.kept) } : outcome;
    }
  }
}

/**
 * Sends the batches one after the other, each with the key derived from its content and the session (so a batch
 * sent again is applied once). Stops at the first batch the store refuses or that does not arrive, or when `signal` aborts:
 * the rows already acknowledged keep their status, every other row is "not_imported", and importing again
 * completes the job.
 */
export async function runImportBatches(options: RunImportOptions): Promise<ImportRun> {
  const mode = options.mode ?? 'upsert';
  const total = options.batches.reduce((sum, batch) => sum + batch.length, 0);
  const outcomes: AcknowledgedRow[] = [];
  const batchIds: string[] = [];
  let done = 0;
  let stopped: ImportRun['stopped'] = null;
  for (const [index, batch] of options.batches.entries()) {
    if (options.signal?.aborted) {
      stopped = { reason: 'cancelled' };
    } else {
      try {
        const response = await options.store.importRows(
          { mode, rows: batch },
          { idempotencyKey: importBatchKey(options.session, options.sheetName, mode, batch), signal: options.signal },
        );
        batchIds.push(response.batchId);
        const sent = new Map(batch.map((row) => [row.row, row]));
        outcomes.push(...response.results.map((result) => outcomeOf(result, sent.get(result.row))));
        done += batch.length;
        options.onProgress?.(done, total);
        continue;
      } catch (error) {
        stopped = options.signal?.aborted ? { reason: 'cancelled' } : { reason: 'failed', error };
      }
    }
    for (const rest of options.batches.slice(index)) {
      for (const row of rest) outcomes.push({ row: row.row, status: 'not_imported', clientId: null });
    }
    break;
  }
  return { outcomes, batchIds, stopped };
}
