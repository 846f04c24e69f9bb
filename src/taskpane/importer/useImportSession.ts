import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useReducer, useRef } from 'react';
import type { StoreClient } from '@/api-client/createStoreClient';
import type { RevertResponse } from '@/contract/RevertResponse';
import { TEMPLATE_LANGUAGE, cellAddress, fingerprintStoreKey, type ColumnMapping } from '@/domain';
import type { ActiveSheetValidation, SheetMapping } from '@/excel/marks/validateActiveSheet';
import type { ImportRowOutcome } from '@/excel/imports/ImportRowOutcome';
import type { WrittenImportResults } from '@/excel/imports/writeImportResults';
import { clientQueries } from '../clients/clientQueries';
import { useI18n } from '../i18n/I18nContext';
import { sheetQueries } from '../sheet/sheetQueries';
import { useStore } from '../store/StoreProvider';
import { resolvedImportRows, sheetChoiceRows, type ConflictResolution } from './conflictChoices';
import { countOutcomes } from './countOutcomes';
import type { DuplicateDecision } from './duplicateChoices';
import { newImportSession } from './importBatchKey';
import {
  importSessionReducer,
  initialImportSession,
  isBusy,
  nextImportStep,
  reportOf,
  resultOf,
  withSheetMapping,
  type ImportResult,
  type ValidationIntent,
} from './importSession';
import { mappingInputOf, mappingQueries, rememberedMappingLookup, type MappingStore } from './mappingQueries';
import type { ImportPlan } from './planImport';
import { reimportDuplicates } from './reimportDuplicates';
import { revertOutcomes } from './revertOutcomes';
import { runImportBatches, type AcknowledgedRow, type ImportRun } from './runImportBatches';
import { fingerprintsAfterImport, withoutUnchangedRows, type FingerprintUpdates } from './unchangedRows';
import { useImporterExcel } from './useImporterExcel';

/**
 * The Importer tab's session (importSession.ts): validate (and mark) the active sheet, for its report or to import
 * it; when some rows have errors, ask whether to import the valid ones only; send the valid rows in batches
 * (progress, Cancel); write back each row's code and status; undo the import through the store on demand. The store
 * and home country are the ones on screen (useStore). When the pane was opened to import (the ribbon's "Importer"),
 * the same import starts on its own once the store is known. The headers are read with the mapping the user confirmed
 * for the sheet, else with the one the connected store remembers for its headers; confirming a mapping keeps it for the
 * sheet, saves it in the connected store (a failure is only a warning) and validates the sheet again.
 */
export function useImportSession(launchImport: number) {
  const excel = useImporterExcel();
  const store = useStore();
  const { language } = useI18n();
  const queryClient = useQueryClient();
  const [state, dispatch] = useReducer(importSessionReducer, launchImport > 0, (launch) =>
    initialImportSession(launch, newImportSession()),
  );
  // Each later request of the ribbon's "Importer" (the pane open) starts an import again.
  const launchesSeen = useRef(launchImport);
  useEffect(() => {
    if (launchImport <= launchesSeen.current) return;
    launchesSeen.current = launchImport;
    dispatch({ type: 'launch_requested' });
  }, [launchImport]);
  const busy = isBusy(state);

  const saveMapping = useMutation({
    mutationFn: ({ client, input }: { client: MappingStore; input: Parameters<MappingStore['saveMapping']>[0] }) =>
      client.saveMapping(input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: mappingQueries.all }),
  });

  const validate = async (intent: ValidationIntent, mappings: readonly SheetMapping[] = state.mappings) => {
    dispatch({ type: 'validation_started', intent });
    const { connected } = store;
    try {
      const validation = await excel.validateActiveSheet({
        homeCountry: store.homeCountry,
        lang: language,
        confirmedMappings: mappings,
        ...(connected === null ? {} : { findMapping: rememberedMappingLookup(queryClient, connected) }),
      });
      void queryClient.invalidateQueries({ queryKey: sheetQueries.all });
      return validation;
    } catch (error) {
      dispatch({ type: 'validation_failed', error });
      return null;
    }
  };

  /** The rows' results written into the plan's sheet (its columns as found by the last write-back, else by the plan). */
  const writeBack = (plan: ImportPlan, outcomes: readonly ImportRowOutcome[], written: WrittenImportResults | null) =>
    excel.writeImportResults({
      sheetName: plan.sheetName,
      headerRow: plan.headerRow,
      codeColumn: written ? written.codeColumn : plan.codeColumn,
      statusColumn: written ? written.statusColumn : plan.statusColumn,
      versionColumn: written ? written.versionColumn : plan.versionColumn,
      keyColumns: plan.keyColumns,
      outcomes: outcomes.map(({ row, status, code, reasons, clearCode, version, kept, duplicateOf }) => ({
        row,
        status,
        code,
        reasons,
        clearCode,
        version,
        kept,
        duplicateOf,
      })),
      language: TEMPLATE_LANGUAGE,
    });

  /**
   * What the summary shows of an import: its counts, failed rows, conflicts and probable duplicates (those not ignored),
   * from every row's outcome.
   */
  const importResult = (
    plan: ImportPlan,
    run: ImportRun,
    written: WrittenImportResults | null,
    writeError: unknown,
    ignoredDuplicates: readonly number[] = [],
  ): ImportResult => {
    const outcomes = [...plan.invalid, ...run.outcomes].sort((a, b) => a.row - b.row);
    const ignored = new Set(ignoredDuplicates);
    return {
      plan,
      run,
      counts: countOutcomes(outcomes),
      failedRows: outcomes.filter((outcome) => outcome.status === 'failed'),
      conflicts: outcomes.flatMap((outcome) => (outcome.status === 'conflict' && outcome.conflict ? [outcome.conflict] : [])),
      duplicates: run.outcomes.flatMap((outcome) =>
        outcome.status === 'duplicate' && outcome.duplicate && !ignored.has(outcome.row) ? [outcome.duplicate] : [],
      ),
      ignoredDuplicates,
      written,
      writeError,
    };
  };

  /** Where this store's fingerprints of the sheet's rows are filed; null without a connected store (every row is sent). */
  const fingerprintKey = () => (store.connected === null ? null : fingerprintStoreKey(store.connected.storeUrl));

  /**
   * The plan without the rows unchanged since they were last imported or refreshed into this store; every row when
   * `sendAll`, without a connected store, or when Excel does not give the fingerprints (correctness before economy).
   */
  const leaveOutUnchanged = async (plan: ImportPlan, sendAll: boolean): Promise<ImportPlan> => {
    const key = fingerprintKey();
    if (sendAll || key === null) return plan;
    try {
      return withoutUnchangedRows(plan, await excel.readRowFingerprints(plan.sheetName, key));
    } catch {
      return plan;
    }
  };

  /** Files what an import or an undo changed in the fingerprints; a failure costs only economy (those rows go again). */
  const recordFingerprints = async (sheetName: string, updates: FingerprintUpdates) => {
    const key = fingerprintKey();
    if (key === null || updates.size === 0) return;
    await excel.recordRowFingerprints(sheetName, key, updates).catch(() => undefined);
  };

  const send = async (plan: ImportPlan, client: StoreClient) => {
    const abort = new AbortController();
    dispatch({ type: 'import_started', plan, abort });
    const run = await runImportBatches({
      store: client,
      session: state.batchSession,
      sheetName: plan.sheetName,
      batches: plan.batches,
      signal: abort.signal,
      onProgress: (done) => dispatch({ type: 'batch_done', done }),
    });
    const outcomes = [...plan.invalid, ...run.outcomes].sort((a, b) => a.row - b.row);
    let written: WrittenImportResults | null = null;
    let writeError: unknown = null;
    try {
      written = await writeBack(plan, outcomes, null);
      await recordFingerprints(
        plan.sheetName,
        fingerprintsAfterImport(
          plan.batches.flat(),
          run.outcomes.map(({ row, status, code, kept }) => ({ row, status, code, writtenBack: kept })),
        ),
      );
    } catch (error) {
      writeError = error;
    }
    if (run.batchIds.length > 0) void queryClient.invalidateQueries({ queryKey: clientQueries.all });
    void queryClient.invalidateQueries({ queryKey: sheetQueries.all });
    dispatch({ type: 'import_ended', result: importResult(plan, run, written, writeError) });
  };

  /** Starts applying `rows` choices of the summary on screen (not while busy, nor without a store): its result and store. */
  const startResolution = (rows: number) => {
    const result = resultOf(state);
    const { client } = store;
    if ((state.kind !== 'done' && state.kind !== 'interrupted') || result === null || client === null || rows === 0) return null;
    dispatch({ type: 'resolve_started' });
    return { result, client };
  };

  /**
   * Ends the user's choices for conflicts or duplicates: the rows imported again take the place of their earlier
   * outcomes, the new batches follow the import's (so "Annuler cet import" undoes them too), and the summary counts anew.
   */
  const endResolution = (
    result: ImportResult,
    again: readonly AcknowledgedRow[],
    batchIds: readonly string[],
    writeError: unknown,
    ignoredDuplicates = result.ignoredDuplicates,
  ) => {
    const replaced = new Map(again.map((outcome) => [outcome.row, outcome]));
    const nextRun: ImportRun = {
      ...result.run,
      outcomes: result.run.outcomes.map((outcome) => replaced.get(outcome.row) ?? outcome),
      batchIds: [...result.run.batchIds, ...batchIds],
    };
    if (batchIds.length > 0) void queryClient.invalidateQueries({ queryKey: clientQueries.all });
    void queryClient.invalidateQueries({ queryKey: sheetQueries.all });
    dispatch({ type: 'resolve_ended', result: importResult(result.plan, nextRun, result.written, writeError, ignoredDuplicates) });
  };

  /**
   * The user's choices for rows in conflict: each decided row is imported again from the version it was filled from,
   * with the store's values in its conflicting fields (so the merge applies the sheet's other edits and keeps the
   * store's), then the fields where the user kept the sheet alone, at the new version; then the store's values, the new
   * versions and statuses are written into the sheet in one Excel operation. The summary then counts the rows anew;
   * undecided rows stay listed.
   */
  const resolveConflicts = async (resolutions: readonly ConflictResolution[]) => {
    const started = startResolution(resolutions.length);
    if (started === null) return;
    const { result, client } = started;
    const { plan } = result;
    const rows = resolvedImportRows(plan.batches.flat(), resolutions);
    const session = { store: client, session: state.batchSession, sheetName: plan.sheetName };
    const first = await runImportBatches({ ...session, batches: [rows] });
    const written = first.outcomes.filter((outcome) => outcome.status === 'updated' || outcome.status === 'unchanged');
    const sheetRows = sheetChoiceRows(written, resolutions);
    const second = sheetRows.length > 0 ? await runImportBatches({ ...session, batches: [sheetRows] }) : null;
    const secondOf = new Map((second?.outcomes ?? []).map((outcome) => [outcome.row, outcome]));
    const storeValues = new Map(resolutions.map((resolution) => [resolution.conflict.row, resolution.storeValues]));
    const again: AcknowledgedRow[] = first.outcomes.map((outcome) => {
      if (outcome.status !== 'updated' && outcome.status !== 'unchanged') return outcome;
      const kept = { ...outcome.kept, ...storeValues.get(outcome.row) };
      const after = secondOf.get(outcome.row);
      if (after === undefined) return { ...outcome, kept };
      return after.status === 'updated' || after.status === 'unchanged' ? { ...after, kept } : after;
    });
    const run = { batchIds: [...first.batchIds, ...(second?.batchIds ?? [])] };
    let writeError: unknown = null;
    try {
      await writeBack(plan, again, result.written);
    } catch (error) {
      writeError = error;
    }
    endResolution(result, again, run.batchIds, writeError);
  };

  /**
   * The user's choices for probable duplicates: « C'est le même client » rows are imported again with the candidate's
   * code and their filled cells (the store updates that client; its values the row leaves empty come back into the
   * sheet's empty cells), « Créer quand même » rows with `createAnyway`; then codes, versions and statuses are written
   * into the sheet in one Excel operation, as any import's. Ignored rows leave the list, their status as it is. The new
   * batches join the import's, so "Annuler cet import" undoes them too.
   */
  const resolveDuplicates = async (decisions: readonly DuplicateDecision[]) => {
    const started = startResolution(decisions.length);
    if (started === null) return;
    const { result, client } = started;
    const { plan } = result;
    const ignoredDuplicates = [
      ...result.ignoredDuplicates,
      ...decisions.flatMap((decision) => (decision.kind === 'ignore' ? [decision.duplicate.row] : [])),
    ];
    const { outcomes: again, batchIds } = await reimportDuplicates({
      store: client,
      session: state.batchSession,
      sheetName: plan.sheetName,
      decisions,
    });
    let writeError: unknown = null;
    try {
      if (again.length > 0) await writeBack(plan, again, result.written);
      const sentRows = decisions.map((decision) => ({ row: decision.duplicate.row, values: { ...decision.duplicate.values } }));
      await recordFingerprints(
        plan.sheetName,
        fingerprintsAfterImport(
          sentRows,
          again.map(({ row, status, code, kept }) => ({ row, status, code, writtenBack: kept })),
        ),
      );
    } catch (error) {
      writeError = error;
    }
    endResolution(result, again, batchIds, writeError, ignoredDuplicates);
  };

  const applyMapping = async (mapping: ColumnMapping) => {
    const report = reportOf(state);
    if (report === null || busy) return;
    const confirmed: SheetMapping = { sheetName: report.sheetName, signature: report.mapping.signature, mapping };
    dispatch({ type: 'mapping_confirmed', mapping: confirmed });
    saveMapping.reset();
    if (store.connected !== null && confirmed.signature !== '')
      saveMapping.mutate({ client: store.connected.client, input: mappingInputOf(report, mapping) });
    const validation = await validate('check', withSheetMapping(state.mappings, confirmed));
    if (validation !== null) dispatch({ type: 'validated', validation, hold: null });
  };

  /** `sendAll`: the rows unchanged since the last import or refresh are sent too (« Envoyer aussi les lignes inchangées »). */
  const importSheet = async (sendAll = false) => {
    const { client } = store;
    if (client === null) return dispatch({ type: 'store_missing' });
    const validation = await validate('import');
    if (validation === null) return;
    const next = nextImportStep(validation);
    if (next.step === 'hold') return dispatch({ type: 'validated', validation, hold: next.hold });
    const plan = await leaveOutUnchanged(next.plan, sendAll);
    if (next.step === 'confirm') return dispatch({ type: 'confirmation_asked', validation, plan });
    await send(plan, client);
  };

  const revert = async () => {
    const result = resultOf(state);
    const { client } = store;
    if ((state.kind !== 'done' && state.kind !== 'interrupted') || result === null || client === null) return;
    dispatch({ type: 'revert_started' });
    const responses: RevertResponse[] = [];
    try {
      for (const batchId of result.run.batchIds) responses.push(await client.revertImport(batchId));
      const sentVersions = new Map(result.plan.batches.flat().map((row) => [row.row, row.version]));
      const outcomes = revertOutcomes(result.run.outcomes, responses, sentVersions);
      if (outcomes.length > 0) await writeBack(result.plan, outcomes, result.written);
      // An undone row differs from the store again: the next import sends it.
      const codes = new Map(result.run.outcomes.map((outcome) => [outcome.row, outcome.code]));
      await recordFingerprints(
        result.plan.sheetName,
        new Map(
          outcomes.flatMap((outcome) => {
            const code = codes.get(outcome.row);
            return code ? [[code, null] as const] : [];
          }),
        ),
      );
      void queryClient.invalidateQueries({ queryKey: clientQueries.all });
      const skipped = responses.reduce((sum, response) => sum + response.skipped.length, 0);
      dispatch({ type: 'reverted', reverted: outcomes.length, skipped, nextBatchSession: newImportSession() });
    } catch (error) {
      dispatch({ type: 'revert_failed', error });
    }
  };

  // The ribbon's "Importer" runs the button's operation once the store is known (its settings and its answer, home
  // country included); starting leaves `awaiting_launch`, so no later render starts it again.
  const storeKnown = !store.isResolving && store.status.state !== 'checking';
  // A render may come before the start's own state does: the ref makes sure one launch starts one import.
  const launchStarted = useRef(false);
  useEffect(() => {
    if (state.kind !== 'awaiting_launch') {
      launchStarted.current = false;
      return;
    }
    if (!storeKnown || launchStarted.current) return;
    launchStarted.current = true;
    void importSheet();
  });

  return {
    state,
    busy,
    /** Saving the last confirmed mapping in the store: pending, saved, or failed (the mapping applies all the same). */
    mappingSave: { isPending: saveMapping.isPending, isSaved: saveMapping.isSuccess, error: saveMapping.error },
    handleApplyMapping: (mapping: ColumnMapping) => void applyMapping(mapping),
    handleValidate: () => {
      if (busy) return;
      saveMapping.reset();
      void validate('check').then((validation) => {
        if (validation !== null) dispatch({ type: 'validated', validation, hold: null });
      });
    },
    handleImport: () => {
      if (busy) return;
      saveMapping.reset();
      void importSheet();
    },
    /** Imports again, the rows unchanged since the last import or refresh included. */
    handleImportAll: () => {
      if (busy) return;
      saveMapping.reset();
      void importSheet(true);
    },
    handleConfirm: () => {
      if (state.kind !== 'confirming') return;
      if (store.client === null) dispatch({ type: 'store_missing' });
      else void send(state.plan, store.client);
    },
    handleDecline: () => dispatch({ type: 'confirmation_declined' }),
    handleCancel: () => {
      if (state.kind === 'importing') state.abort.abort();
    },
    handleRevert: () => void revert(),
    handleResolveConflicts: (resolutions: readonly ConflictResolution[]) => void resolveConflicts(resolutions),
    handleResolveDuplicates: (decisions: readonly DuplicateDecision[]) => void resolveDuplicates(decisions),
    handleMarksCleared: () => dispatch({ type: 'marks_cleared' }),
    handleRevalidated: (validation: ActiveSheetValidation) => dispatch({ type: 'revalidated', validation }),
    handleSheetChanged: (sheetName: string | null) => dispatch({ type: 'sheet_changed', sheetName }),
    handleSelectRow: (row: number) => {
      const result = resultOf(state);
      if (result === null || result.written === null) return;
      void excel.selectCell(result.plan.sheetName, cellAddress(row - 1, result.written.statusColumn)).catch(() => undefined);
    },
  };
}
