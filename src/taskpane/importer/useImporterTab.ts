import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { ColumnKey, Issue, ValueFixWrite } from '@/domain';
import { sheetQueries } from '../sheet/sheetQueries';
import { useActiveSheetSummary } from '../sheet/useActiveSheetSummary';
import { reportOf, resultOf } from './importSession';
import { useFileImport } from './useFileImport';
import { useImporterExcel } from './useImporterExcel';
import { useImportSession } from './useImportSession';

/**
 * The Importer tab's state and calls: the import session (validate, import, undo), the sheet actions beside it
 * (insert the template, clear the marks, add missing columns, go to a cell, correct the unreadable values) and the
 * file import. Starting a validation puts the sheet actions' notices away; clearing the marks puts the report away;
 * an opened file is validated, and so is a sheet whose values were corrected.
 */
export function useImporterTab(launchImport: number) {
  const excel = useImporterExcel();
  const queryClient = useQueryClient();
  const session = useImportSession(launchImport);
  const refreshSheet = () => void queryClient.invalidateQueries({ queryKey: sheetQueries.all });

  const insertTemplate = useMutation({ mutationFn: () => excel.insertTemplateSheet(), onSuccess: refreshSheet });
  const clear = useMutation({
    mutationFn: () => excel.clearMarks(),
    onSuccess: () => {
      session.handleMarksCleared();
      refreshSheet();
    },
  });
  const addColumns = useMutation({
    mutationFn: ({ headerRow, keys }: { headerRow: number; keys: ColumnKey[] }) => excel.addMissingColumns(headerRow, keys),
    onSuccess: refreshSheet,
  });
  const select = useMutation({
    mutationFn: ({ sheetName, address }: { sheetName: string; address: string }) => excel.selectCell(sheetName, address),
  });
  const resetNotices = () => {
    insertTemplate.reset();
    clear.reset();
    addColumns.reset();
  };
  // The chosen values go into the report's sheet (activated), which is then validated again.
  const fixValues = useMutation({
    mutationFn: ({ sheetName, writes }: { sheetName: string; writes: ValueFixWrite[] }) => excel.applyValueFixes({ sheetName, writes }),
    onSuccess: () => {
      resetNotices();
      refreshSheet();
      session.handleValidate();
    },
  });
  const handleValidate = () => {
    resetNotices();
    fixValues.reset();
    session.handleValidate();
  };
  const file = useFileImport(handleValidate);

  // The report belongs to one sheet: once the active sheet, read after the report came, is another one, it goes, with
  // the notices about that sheet. The active sheet is watched while a report or an import summary is on screen.
  const report = reportOf(session.state);
  const shown = report ?? resultOf(session.state);
  const active = useActiveSheetSummary({ watch: shown !== null && !session.busy });
  const activeSheet = active.summary.state === 'ready' ? active.summary.name : null;
  const reportSince = useRef<{ report: object; at: number } | null>(null);
  useEffect(() => {
    if (report === null) {
      reportSince.current = null;
      return;
    }
    if (reportSince.current?.report !== report) {
      reportSince.current = { report, at: Date.now() };
      refreshSheet();
    }
  });
  const readSinceReport = reportSince.current?.report === report && active.readAt >= reportSince.current.at;
  useEffect(() => {
    if (report === null || activeSheet === null || !readSinceReport || activeSheet === report.sheetName) return;
    resetNotices();
    fixValues.reset();
    file.reset();
    session.handleSheetChanged(activeSheet);
  });

  return {
    session,
    // Opening a file puts the report away at once: the new sheet's own report follows.
    file: {
      ...file,
      handleFile: (picked: File) => {
        resetNotices();
        session.handleSheetChanged(null);
        file.handleFile(picked);
      },
    },
    activeSheet,
    busy: session.busy || file.isOpening || insertTemplate.isPending || clear.isPending || addColumns.isPending || fixValues.isPending,
    failure: [insertTemplate, clear, addColumns, select, fixValues].find((mutation) => mutation.isError)?.error ?? null,
    inserted: insertTemplate.data ?? null,
    cleared: clear.data ?? null,
    valueFixes: {
      applied: fixValues.data ?? null,
      isFixing: fixValues.isPending,
      onFixValues: (sheetName: string, writes: ValueFixWrite[]) => fixValues.mutate({ sheetName, writes }),
    },
    added: addColumns.data ?? null,
    isValidating: session.state.kind === 'validating' && session.state.intent === 'check',
    handleInsertTemplate: () => insertTemplate.mutate(),
    handleValidate,
    handleClearMarks: () => clear.mutate(),
    handleAddMissingColumns: (headerRow: number, keys: ColumnKey[]) => addColumns.mutate({ headerRow, keys }),
    handleSelectIssue: (sheetName: string, issue: Issue) => {
      // A row's information (no column) leads to the row's first cell.
      if (issue.row !== null) select.mutate({ sheetName, address: `${issue.columnLetter ?? 'A'}${issue.row}` });
    },
  };
}
