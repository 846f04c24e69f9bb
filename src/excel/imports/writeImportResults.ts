import {
  cellAddress,
  rangeAddress,
  describeImportStatus,
  importStatusHeader,
  foldText,
  type Language,
  type SheetValidation,
} from '@/domain';
import { createSyncBudget } from '../requests/createSyncBudget';
import { actionBytes, rangeWriteEnvelope } from '../requests/requestBytes';
import { runExcel } from '../runExcel';
import { cellInputOf } from '../template/writeClientsToSheet';
import type { ImportRowOutcome } from './ImportRowOutcome';

export type ImportWriteBack = {
  sheetName: string;
  /** Sheet row number of the header row (1-based). */
  headerRow: number;
  /** 0-based sheet column of "Code client", or null when the sheet has none (one is then added). */
  codeColumn: number | null;
  /** 0-based sheet column of "Statut import" (findStatusColumn), or null when the sheet has none (one is then added). */
  statusColumn: number | null;
  outcomes: readonly ImportRowOutcome[];
  /** The reader's language: the statuses are written in it. */
  language: Language;
  date?: Date;
};

/** Where the results went: the 0-based sheet columns of "Statut import" and "Code client", and the rows written. */
export type WrittenImportResults = { statusColumn: number; codeColumn: number; rows: number };

export type Run = { first: number; values: (string | number)[][] };

/** Consecutive rows → one block each, so a whole import is written in a few range writes. */
export function runsOf(byRow: ReadonlyMap<number, string | number>): Run[] {
  const runs: Run[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    const value = byRow.get(row) ?? '';
    if (last && last.first + last.values.length === row) last.values.push([value]);
    else runs.push({ first: row, values: [[value]] });
  }
  return runs;
}

/**
 * Writes an import's results back into its sheet: each created, updated or unchanged row's "Code client" (added
 * after the last column when the sheet has none) and a "Statut import" column (found by its header, else added):
 * "Créé le …", "Mis à jour le …", "Inchangé le …", "Erreur : …", "Non importé", "Import annulé le …" (its code emptied when
 * `clearCode`). Only the rows given are written.
 * Two syncs (three when a column is not given: its header is then looked for in the header row), more only when
 * the values pass one request.
 */
export async function writeImportResults(writeBack: ImportWriteBack): Promise<WrittenImportResults> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(writeBack.sheetName);
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('columnIndex,columnCount');
    await context.sync();

    let next = used.isNullObject ? 0 : used.columnIndex + used.columnCount;
    // A column the caller did not find may sit past what it read (after an "Anomalies" column): look in the header row.
    const found = { status: writeBack.statusColumn, code: writeBack.codeColumn };
    if (!used.isNullObject && (found.status === null || found.code === null)) {
      const header = sheet.getRangeByIndexes(writeBack.headerRow - 1, used.columnIndex, 1, used.columnCount);
      header.load('values');
      await context.sync();
      (header.values[0] ?? []).forEach((value, index) => {
        const text = foldText(String(value ?? '').replace(/\*/g, ''));
        if (found.status === null && text === foldText(importStatusHeader)) found.status = used.columnIndex + index;
        if (found.code === null && text === foldText('Code client')) found.code = used.columnIndex + index;
      });
    }
    const statusColumn = found.status ?? next++;
    const codeColumn = found.code ?? next++;
    const budget = createSyncBudget(context);
    if (found.status === null) {
      const cell = sheet.getRange(cellAddress(writeBack.headerRow - 1, statusColumn));
      cell.values = [[importStatusHeader]];
      cell.format.font.bold = true;
    }
    if (found.code === null) {
      const cell = sheet.getRange(cellAddress(writeBack.headerRow - 1, codeColumn));
      cell.values = [['Code client']];
      cell.format.font.bold = true;
    }
    const date = writeBack.date ?? new Date();
    const statuses = new Map<number, string | number>();
    const codes = new Map<number, string | number>();
    for (const outcome of writeBack.outcomes) {
      statuses.set(outcome.row, cellInputOf(describeImportStatus(outcome.status, outcome.reasons, date, writeBack.language)));
      if (outcome.clearCode) codes.set(outcome.row, '');
      else if (outcome.code && outcome.status !== 'failed' && outcome.status !== 'not_imported')
        codes.set(outcome.row, cellInputOf(outcome.code));
    }
    for (const [column, values] of [
      [statusColumn, statuses],
      [codeColumn, codes],
    ] as const) {
      for (const run of runsOf(values)) {
        await budget.reserve(actionBytes(run.values, rangeWriteEnvelope));
        sheet.getRange(rangeAddress({ row: run.first - 1, column }, { row: run.first + run.values.length - 2, column })).values =
          run.values;
      }
    }
    await budget.flush();
    return { statusColumn, codeColumn, rows: writeBack.outcomes.length };
  });
}

/** The 0-based sheet column of an existing "Statut import" header (one of the add-in's own columns), or null. */
export function findStatusColumn(validation: SheetValidation, firstColumn: number): number | null {
  const found = validation.columns.addIn.find((column) => foldText(column.header) === foldText(importStatusHeader));
  return found === undefined ? null : firstColumn + found.index;
}
