import type { SheetConflict } from '@/domain';
import type { ImportRowOutcome } from '@/excel/imports/ImportRowOutcome';
import type { WrittenImportResults } from '@/excel/imports/writeImportResults';
import type { ActiveSheetValidation, SheetMapping } from '@/excel/marks/validateActiveSheet';
import type { OutcomeCounts } from './countOutcomes';
import type { SheetDuplicate } from './duplicateChoices';
import { type ImportBlocker, type ImportPlan, planImport } from './planImport';
import type { ImportRun } from './runImportBatches';

/** What an import did, as its summary shows it. */
export type ImportResult = {
  plan: ImportPlan;
  run: ImportRun;
  counts: OutcomeCounts;
  /** Failed rows (sent and refused, or not sent because invalid), in row order. */
  failedRows: ImportRowOutcome[];
  /** Rows in conflict with the store (nothing of them written), in row order, until the user resolves them. */
  conflicts: SheetConflict[];
  /** Rows not created because the store probably has them, in row order, until the user decides (ignored rows leave). */
  duplicates: SheetDuplicate[];
  /** The duplicate rows the user chose to ignore: not created, their status left as it is. */
  ignoredDuplicates: readonly number[];
  written: WrittenImportResults | null;
  writeError: unknown;
};

/** Why a validated sheet is not imported: it cannot be (planImport), or none of its rows is valid. */
export type ImportHold = ImportBlocker | 'nothing_valid';

/** Why the sheet is validated: to see the report ("Valider la feuille", a file just opened), or to import it. */
export type ValidationIntent = 'check' | 'import';

/**
 * The Importer tab's session, one named state at a time: validate (and mark) the active sheet, plan its import, ask
 * about the invalid rows, send the batches, write the results back, undo the import.
 */
export type ImportSessionPhase =
  | { kind: 'idle' }
  /** Opened by the ribbon's "Importer": the import starts on its own once the store is known. */
  | { kind: 'awaiting_launch' }
  | { kind: 'no_store' }
  | { kind: 'validating'; intent: ValidationIntent }
  /** The validation itself failed (Excel refused). */
  | { kind: 'failed'; error: unknown }
  /** The report is on screen; `hold` says why an import asked for did not go on. */
  | { kind: 'validated'; validation: ActiveSheetValidation; hold: ImportHold | null }
  /** Some rows have errors: import the valid ones only? */
  | { kind: 'confirming'; validation: ActiveSheetValidation; plan: ImportPlan }
  | { kind: 'importing'; plan: ImportPlan; done: number; total: number; abort: AbortController }
  /** Every batch answered and the results written back (or not: `result.writeError`). */
  | { kind: 'done'; result: ImportResult; revertFailure: { error: unknown } | null }
  /** Cancelled, or a batch was refused or lost: the rest reads "Non importé". */
  | { kind: 'interrupted'; result: ImportResult; revertFailure: { error: unknown } | null }
  | { kind: 'reverting'; result: ImportResult; after: 'done' | 'interrupted' }
  /** The user's choices for conflicting (or duplicate) rows are sent again, then written into the sheet. */
  | { kind: 'resolving'; result: ImportResult; after: 'done' | 'interrupted' }
  | { kind: 'reverted'; result: ImportResult; reverted: number; skipped: number };

/**
 * The session's state. `batchSession` is what the batches' Idempotency-Keys derive from (importBatchKey): the same
 * through every import until one is undone, so a batch sent again is applied once. `mappings` are the column mappings
 * the user confirmed, one per sheet name: every later validation (and import) of that sheet uses its own, as long as
 * its header row keeps the signature it was confirmed for.
 */
export type ImportSessionState = ImportSessionPhase & { batchSession: string; mappings: readonly SheetMapping[] };

export type ImportSessionEvent =
  | { type: 'store_missing' }
  /** The ribbon's "Importer" asked the open pane to import: it starts once the store is known, unless busy. */
  | { type: 'launch_requested' }
  | { type: 'validation_started'; intent: ValidationIntent }
  | { type: 'validation_failed'; error: unknown }
  | { type: 'validated'; validation: ActiveSheetValidation; hold: ImportHold | null }
  /** The mapping step's "Appliquer et valider": kept for the sheet, then the sheet is validated with it. */
  | { type: 'mapping_confirmed'; mapping: SheetMapping }
  | { type: 'confirmation_asked'; validation: ActiveSheetValidation; plan: ImportPlan }
  | { type: 'confirmation_declined' }
  | { type: 'import_started'; plan: ImportPlan; abort: AbortController }
  | { type: 'batch_done'; done: number }
  | { type: 'import_ended'; result: ImportResult }
  | { type: 'marks_cleared' }
  /** Validation as you type checked edited rows again: the report shows the sheet's validation now. */
  | { type: 'revalidated'; validation: ActiveSheetValidation }
  /**
   * Another sheet is active than the one the report is about, or (null) a file is being opened into a new sheet: the
   * report goes. An import's summary stays: it names its sheet and keeps its undo.
   */
  | { type: 'sheet_changed'; sheetName: string | null }
  | { type: 'resolve_started' }
  /** The decided rows imported again and written back: `result` has their new outcomes and the conflicts (duplicates) left. */
  | { type: 'resolve_ended'; result: ImportResult }
  | { type: 'revert_started' }
  | { type: 'revert_failed'; error: unknown }
  | { type: 'reverted'; reverted: number; skipped: number; nextBatchSession: string };

/** The first state: `awaiting_launch` when the pane was opened to import, else `idle`. */
export function initialImportSession(launchImport: boolean, batchSession: string): ImportSessionState {
  return { kind: launchImport ? 'awaiting_launch' : 'idle', batchSession, mappings: [] };
}

/** The confirmed mappings with `mapping` in place of the one its sheet had. */
export function withSheetMapping(mappings: readonly SheetMapping[], mapping: SheetMapping): SheetMapping[] {
  return [...mappings.filter((entry) => entry.sheetName !== mapping.sheetName), mapping];
}

/** While Excel or the store works: no other step starts. */
export function isBusy(state: ImportSessionPhase): boolean {
  return state.kind === 'validating' || state.kind === 'importing' || state.kind === 'reverting' || state.kind === 'resolving';
}

/** The validation the report shows, or null. */
export function reportOf(state: ImportSessionPhase): ActiveSheetValidation | null {
  return state.kind === 'validated' || state.kind === 'confirming' ? state.validation : null;
}

/** The import whose summary is on screen, or null. */
export function resultOf(state: ImportSessionPhase): ImportResult | null {
  switch (state.kind) {
    case 'done':
    case 'interrupted':
    case 'reverting':
    case 'resolving':
    case 'reverted':
      return state.result;
    default:
      return null;
  }
}

/** "Annuler cet import" as the summary shows it. */
export type RevertState =
  null | { state: 'pending' } | { state: 'done'; reverted: number; skipped: number } | { state: 'failed'; error: unknown };

export function revertStateOf(state: ImportSessionPhase): RevertState {
  if (state.kind === 'reverting') return { state: 'pending' };
  if (state.kind === 'reverted') return { state: 'done', reverted: state.reverted, skipped: state.skipped };
  if ((state.kind === 'done' || state.kind === 'interrupted') && state.revertFailure)
    return { state: 'failed', error: state.revertFailure.error };
  return null;
}

/** What follows the validation of a sheet to import: hold (with why), ask first (some rows invalid), or send. */
export type ImportStep = { step: 'hold'; hold: ImportHold } | { step: 'confirm'; plan: ImportPlan } | { step: 'send'; plan: ImportPlan };

export function nextImportStep(validation: ActiveSheetValidation): ImportStep {
  const plan = planImport(validation);
  if (typeof plan === 'string') return { step: 'hold', hold: plan };
  if (plan.validRows === 0) return { step: 'hold', hold: 'nothing_valid' };
  return plan.invalid.length > 0 ? { step: 'confirm', plan } : { step: 'send', plan };
}

/** The session's transitions; an event the current state does not expect leaves it as it is. */
export function importSessionReducer(state: ImportSessionState, event: ImportSessionEvent): ImportSessionState {
  const to = (next: ImportSessionPhase): ImportSessionState => ({ ...next, batchSession: state.batchSession, mappings: state.mappings });
  switch (event.type) {
    case 'store_missing':
      return isBusy(state) ? state : to({ kind: 'no_store' });
    case 'launch_requested':
      return isBusy(state) ? state : to({ kind: 'awaiting_launch' });
    case 'validation_started':
      return isBusy(state) ? state : to({ kind: 'validating', intent: event.intent });
    case 'validation_failed':
      return state.kind === 'validating' ? to({ kind: 'failed', error: event.error }) : state;
    case 'validated':
      return state.kind === 'validating' ? to({ kind: 'validated', validation: event.validation, hold: event.hold }) : state;
    case 'mapping_confirmed':
      return isBusy(state) ? state : { ...state, mappings: withSheetMapping(state.mappings, event.mapping) };
    case 'confirmation_asked':
      return state.kind === 'validating' && state.intent === 'import'
        ? to({ kind: 'confirming', validation: event.validation, plan: event.plan })
        : state;
    case 'confirmation_declined':
      return state.kind === 'confirming' ? to({ kind: 'validated', validation: state.validation, hold: null }) : state;
    case 'import_started': {
      const canStart = state.kind === 'confirming' || (state.kind === 'validating' && state.intent === 'import');
      const total = event.plan.batches.reduce((sum, batch) => sum + batch.length, 0);
      return canStart ? to({ kind: 'importing', plan: event.plan, done: 0, total, abort: event.abort }) : state;
    }
    case 'batch_done':
      return state.kind === 'importing' ? { ...state, done: event.done } : state;
    case 'import_ended':
      if (state.kind !== 'importing') return state;
      return to({ kind: event.result.run.stopped === null ? 'done' : 'interrupted', result: event.result, revertFailure: null });
    case 'marks_cleared':
      return state.kind === 'validated' ? to({ kind: 'idle' }) : state;
    case 'revalidated':
      return state.kind === 'validated' && state.validation.sheetName === event.validation.sheetName
        ? { ...state, validation: event.validation }
        : state;
    case 'sheet_changed': {
      const report = reportOf(state);
      return report !== null && report.sheetName !== event.sheetName && !isBusy(state) ? to({ kind: 'idle' }) : state;
    }
    case 'resolve_started':
      return state.kind === 'done' || state.kind === 'interrupted'
        ? to({ kind: 'resolving', result: state.result, after: state.kind })
        : state;
    case 'resolve_ended':
      return state.kind === 'resolving' ? to({ kind: state.after, result: event.result, revertFailure: null }) : state;
    case 'revert_started':
      return state.kind === 'done' || state.kind === 'interrupted'
        ? to({ kind: 'reverting', result: state.result, after: state.kind })
        : state;
    case 'revert_failed':
      return state.kind === 'reverting' ? to({ kind: state.after, result: state.result, revertFailure: { error: event.error } }) : state;
    case 'reverted':
      // Importing the same rows again must create them anew, not replay the undone answers: new keys.
      if (state.kind !== 'reverting') return state;
      return {
        kind: 'reverted',
        result: state.result,
        reverted: event.reverted,
        skipped: event.skipped,
        batchSession: event.nextBatchSession,
        mappings: state.mappings,
      };
  }
}
