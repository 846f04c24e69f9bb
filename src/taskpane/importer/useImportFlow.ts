import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { RevertResponse } from '../../contract/RevertResponse';
import { cellAddress } from '../../domain/addresses/sheetAddress';
import type { ImportRowOutcome } from '../../excel/imports/ImportRowOutcome';
import type { WrittenImportResults } from '../../excel/imports/writeImportResults';
import type { ActiveSheetValidation } from '../../excel/marks/validateActiveSheet';
import { useI18n } from '../i18n/I18nContext';
import { sheetQueries } from '../sheet/sheetQueries';
import { newImportSession } from './importBatchKey';
import { countOutcomes, type OutcomeCounts } from './countOutcomes';
import { type ImportBlocker, type ImportPlan, planImport } from './planImport';
import { revertOutcomes } from './revertOutcomes';
import { type ImportRun, runImportBatches } from './runImportBatches';
import { useImportLaunch } from './ImportLaunchContext';
import { useHomeCountry } from './useHomeCountry';
import { useImporterExcel } from './useImporterExcel';
import { useImportStore } from './useImportStore';

export type ImportResult = {
  plan: ImportPlan;
  run: ImportRun;
  counts: OutcomeCounts;
  /** Failed rows (sent and refused, or not sent because invalid), in row order. */
  failedRows: ImportRowOutcome[];
  written: WrittenImportResults | null;
  writeError: unknown;
};

export type RevertState = null | { state: 'pending' } | { state: 'done'; reverted: number; skipped: number } | { state: 'failed'; error: unknown };

export type ImportFlowState =
  | { kind: 'idle' }
  | { kind: 'validating' }
  | { kind: 'no_store' }
  | { kind: 'blocked'; blocker: ImportBlocker; validation: ActiveSheetValidation }
  | { kind: 'nothing_valid'; validation: ActiveSheetValidation }
  | { kind: 'confirm'; plan: ImportPlan; validation: ActiveSheetValidation }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'finished'; result: ImportResult; revert: RevertState }
  | { kind: 'failed'; error: unknown };

/**
 * One-click import of the active sheet: validate (and mark); when some rows have errors, ask whether to import the
 * valid ones only; send the valid rows in batches (progress, Cancel); write back each row's code and status; undo
 * the import through the store on demand. When the pane was opened to import (the ribbon's "Importer" button), the
 * same import starts once on its own.
 */
export function useImportFlow() {
  const excel = useImporterExcel();
  const connectStore = useImportStore();
  const homeCountry = useHomeCountry();
  const { language } = useI18n();
  const queryClient = useQueryClient();
  const [state, setState] = useState<ImportFlowState>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const session = useRef<string | null>(null);
  const launchImport = useImportLaunch();
  const launched = useRef(false);

  const send = async (plan: ImportPlan) => {
    const store = connectStore();
    if (store === null) return setState({ kind: 'no_store' });
    const controller = new AbortController();
    abort.current = controller;
    const total = plan.batches.reduce((sum, batch) => sum + batch.length, 0);
    setState({ kind: 'running', done: 0, total });
    session.current ??= newImportSession();
    const run = await runImportBatches({
      store,
      session: session.current,
      sheetName: plan.sheetName,
      batches: plan.batches,
      signal: controller.signal,
      onProgress: (done) => setState({ kind: 'running', done, total }),
    });
    abort.current = null;
    const outcomes = [...plan.invalid, ...run.outcomes].sort((a, b) => a.row - b.row);
    let written: WrittenImportResults | null = null;
    let writeError: unknown = null;
    try {
      written = await excel.writeImportResults({
        sheetName: plan.sheetName,
        headerRow: plan.headerRow,
        codeColumn: plan.codeColumn,
        statusColumn: plan.statusColumn,
        outcomes: outcomes.map(({ row, status, code, reason }) => ({ row, status, code, reason })),
      });
    } catch (error) {
      writeError = error;
    }
    if (run.batchIds.length > 0) void queryClient.invalidateQueries({ queryKey: ['clients'] });
    void queryClient.invalidateQueries({ queryKey: sheetQueries.all });
    const failedRows = outcomes.filter((outcome) => outcome.status === 'failed');
    setState({ kind: 'finished', result: { plan, run, counts: countOutcomes(outcomes), failedRows, written, writeError }, revert: null });
  };

  const start = async () => {
    if (connectStore() === null) return setState({ kind: 'no_store' });
    setState({ kind: 'validating' });
    let validation: ActiveSheetValidation;
    try {
      validation = await excel.validateActiveSheet({ homeCountry, lang: language });
    } catch (error) {
      return setState({ kind: 'failed', error });
    }
    const plan = planImport(validation);
    if (typeof plan === 'string') return setState({ kind: 'blocked', blocker: plan, validation });
    if (plan.validRows === 0) return setState({ kind: 'nothing_valid', validation });
    if (plan.invalid.length > 0) return setState({ kind: 'confirm', plan, validation });
    await send(plan);
  };

  // The ribbon's "Importer" runs the button's operation, once; the ref keeps `start` current without re-running.
  const startLatest = useRef(start);
  startLatest.current = start;
  useEffect(() => {
    if (!launchImport || launched.current) return;
    launched.current = true;
    void startLatest.current();
  }, [launchImport]);

  const revert = async () => {
    const store = connectStore();
    if (state.kind !== 'finished' || store === null) return;
    const { result } = state;
    setState({ kind: 'finished', result, revert: { state: 'pending' } });
    const responses: RevertResponse[] = [];
    try {
      for (const batchId of result.run.batchIds) responses.push(await store.revertImport(batchId));
    } catch (error) {
      setState({ kind: 'finished', result, revert: { state: 'failed', error } });
      return;
    }
    const outcomes = revertOutcomes(result.run.outcomes, responses);
    try {
      if (outcomes.length > 0) {
        const { written } = result;
        await excel.writeImportResults({
          sheetName: result.plan.sheetName,
          headerRow: result.plan.headerRow,
          codeColumn: written ? written.codeColumn : result.plan.codeColumn,
          statusColumn: written ? written.statusColumn : result.plan.statusColumn,
          outcomes,
        });
      }
    } catch (error) {
      setState({ kind: 'finished', result, revert: { state: 'failed', error } });
      return;
    }
    // Importing the same rows again must create them anew, not replay the undone answers: a new session, new keys.
    session.current = newImportSession();
    void queryClient.invalidateQueries({ queryKey: ['clients'] });
    const skipped = responses.reduce((sum, response) => sum + response.skipped.length, 0);
    setState({ kind: 'finished', result, revert: { state: 'done', reverted: outcomes.length, skipped } });
  };

  return {
    state,
    busy: state.kind === 'validating' || state.kind === 'running' || (state.kind === 'finished' && state.revert?.state === 'pending'),
    handleImport: () => void start(),
    handleConfirm: () => {
      if (state.kind === 'confirm') void send(state.plan);
    },
    handleDismiss: () => setState({ kind: 'idle' }),
    handleCancel: () => abort.current?.abort(),
    handleRevert: () => void revert(),
    handleSelectRow: (row: number) => {
      if (state.kind !== 'finished' || state.result.written === null) return;
      void excel.selectCell(state.result.plan.sheetName, cellAddress(row - 1, state.result.written.statusColumn)).catch(() => undefined);
    },
  };
}
