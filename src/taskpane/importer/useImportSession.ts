import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useReducer, useRef } from 'react';
import type { StoreClient } from '@/api-client/createStoreClient';
import type { RevertResponse } from '@/contract/RevertResponse';
import { TEMPLATE_LANGUAGE, cellAddress, type ColumnMapping } from '@/domain';
import type { ActiveSheetValidation, SheetMapping } from '@/excel/marks/validateActiveSheet';
import type { WrittenImportResults } from '@/excel/imports/writeImportResults';
import { clientQueries } from '../clients/clientQueries';
import { useI18n } from '../i18n/I18nContext';
import { sheetQueries } from '../sheet/sheetQueries';
import { useStore } from '../store/StoreProvider';
import { countOutcomes } from './countOutcomes';
import { newImportSession } from './importBatchKey';
import {
  importSessionReducer,
  initialImportSession,
  isBusy,
  nextImportStep,
  reportOf,
  resultOf,
  withSheetMapping,
  type ValidationIntent,
} from './importSession';
import { mappingInputOf, mappingQueries, rememberedMappingLookup, type MappingStore } from './mappingQueries';
import type { ImportPlan } from './planImport';
import { revertOutcomes } from './revertOutcomes';
import { runImportBatches } from './runImportBatches';
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
      written = await excel.writeImportResults({
        sheetName: plan.sheetName,
        headerRow: plan.headerRow,
        codeColumn: plan.codeColumn,
        statusColumn: plan.statusColumn,
        outcomes: outcomes.map(({ row, status, code, reasons }) => ({ row, status, code, reasons })),
        language: TEMPLATE_LANGUAGE,
      });
    } catch (error) {
      writeError = error;
    }
    if (run.batchIds.length > 0) void queryClient.invalidateQueries({ queryKey: clientQueries.all });
    void queryClient.invalidateQueries({ queryKey: sheetQueries.all });
    const failedRows = outcomes.filter((outcome) => outcome.status === 'failed');
    dispatch({ type: 'import_ended', result: { plan, run, counts: countOutcomes(outcomes), failedRows, written, writeError } });
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

  const importSheet = async () => {
    const { client } = store;
    if (client === null) return dispatch({ type: 'store_missing' });
    const validation = await validate('import');
    if (validation === null) return;
    const next = nextImportStep(validation);
    if (next.step === 'hold') return dispatch({ type: 'validated', validation, hold: next.hold });
    if (next.step === 'confirm') return dispatch({ type: 'confirmation_asked', validation, plan: next.plan });
    await send(next.plan, client);
  };

  const revert = async () => {
    const result = resultOf(state);
    const { client } = store;
    if ((state.kind !== 'done' && state.kind !== 'interrupted') || result === null || client === null) return;
    dispatch({ type: 'revert_started' });
    const responses: RevertResponse[] = [];
    try {
      for (const batchId of result.run.batchIds) responses.push(await client.revertImport(batchId));
      const outcomes = revertOutcomes(result.run.outcomes, responses);
      if (outcomes.length > 0) {
        const { written, plan } = result;
        await excel.writeImportResults({
          sheetName: plan.sheetName,
          headerRow: plan.headerRow,
          codeColumn: written ? written.codeColumn : plan.codeColumn,
          statusColumn: written ? written.statusColumn : plan.statusColumn,
          outcomes,
          language: TEMPLATE_LANGUAGE,
        });
      }
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
