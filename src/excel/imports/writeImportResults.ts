import {
  cellAddress,
  columnAddress,
  rangeAddress,
  describeImportStatus,
  importStatusHeader,
  foldText,
  templateCellValue,
  versionColumnIndex,
  versionHeader,
  type ColumnKey,
  type Language,
  type SheetValidation,
} from '@/domain';
import { createSyncBudget, type SyncBudget } from '../requests/createSyncBudget';
import { actionBytes, rangeWriteEnvelope } from '../requests/requestBytes';
import { runExcel } from '../runExcel';
import { cellInputOf, clientCellInput } from '../template/writeClientsToSheet';
import type { ImportRowOutcome } from './ImportRowOutcome';

export type ImportWriteBack = {
  sheetName: string;
  /** Sheet row number of the header row (1-based). */
  headerRow: number;
  /** 0-based sheet column of "Code client", or null when the sheet has none (one is then added). */
  codeColumn: number | null;
  /** 0-based sheet column of "Statut import" (findStatusColumn), or null when the sheet has none (one is then added). */
  statusColumn: number | null;
  /**
   * 0-based sheet column of "Version" (findVersionColumn), or null when the sheet has none: one is then added (hidden,
   * text) when an outcome carries a version. Absent: looked for like a null one.
   */
  versionColumn?: number | null;
  /** 0-based sheet columns of the template keys the sheet holds: where the store's kept values go. */
  keyColumns?: Partial<Record<ColumnKey, number>>;
  outcomes: readonly ImportRowOutcome[];
  /** The reader's language: the statuses are written in it. */
  language: Language;
  date?: Date;
};

/**
 * Where the results went: the 0-based sheet columns of "Statut import", "Code client" and "Version" (null when the sheet
 * has none and no version was written), and the rows written.
 */
export type WrittenImportResults = { statusColumn: number; codeColumn: number; versionColumn: number | null; rows: number };

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
 * after the last column when the sheet has none), a "Statut import" column (found by its header, else added):
 * "Créé le …", "Mis à jour le …", "Inchangé le …", "Conflit : …", "Doublon probable de CL-…", "Erreur : …", "Non importé",
 * "Import annulé le …" (its code and version emptied when `clearCode`); each written row's new version in "Version" (added hidden, as text, when
 * the sheet has none); and the store's values of the keys it kept into the row's cells (the sheet was behind there).
 * Only the rows and cells given are written; the user's other columns and formats are left alone.
 * Two syncs (three when a column is not given: its header is then looked for in the header row), more only when
 * the values pass one request.
 */
export async function writeImportResults(writeBack: ImportWriteBack): Promise<WrittenImportResults> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(writeBack.sheetName);
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('columnIndex,columnCount');
    // The number formats of the cells the store's kept values go into, read with that first request: a text cell ("@")
    // takes a text as it is, another one behind an apostrophe where Excel would read a formula or a number.
    const textCells = await queueKeptFormats(sheet, writeBack, createSyncBudget(context));
    await context.sync();

    let next = used.isNullObject ? 0 : used.columnIndex + used.columnCount;
    // A column the caller did not find may sit past what it read (after an "Anomalies" column): look in the header row.
    const found = { status: writeBack.statusColumn, code: writeBack.codeColumn, version: writeBack.versionColumn ?? null };
    const wantsVersion = writeBack.outcomes.some((outcome) => typeof outcome.version === 'number');
    if (!used.isNullObject && (found.status === null || found.code === null || (found.version === null && wantsVersion))) {
      const header = sheet.getRangeByIndexes(writeBack.headerRow - 1, used.columnIndex, 1, used.columnCount);
      header.load('values');
      await context.sync();
      (header.values[0] ?? []).forEach((value, index) => {
        const text = foldText(String(value ?? '').replace(/\*/g, ''));
        if (found.status === null && text === foldText(importStatusHeader)) found.status = used.columnIndex + index;
        if (found.code === null && text === foldText('Code client')) found.code = used.columnIndex + index;
        if (found.version === null && text === foldText(versionHeader)) found.version = used.columnIndex + index;
      });
    }
    const statusColumn = found.status ?? next++;
    const codeColumn = found.code ?? next++;
    const versionColumn = found.version ?? (wantsVersion ? next++ : null);
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
    if (versionColumn !== null && found.version === null) {
      // Text before the values, so "12" stays "12"; hidden: the add-in's bookkeeping, not the user's data.
      const whole = sheet.getRange(columnAddress(versionColumn));
      // A single format for the whole column, as queueTemplateColumnFormats sets it (office.js types only a grid).
      (whole as unknown as { numberFormat: string }).numberFormat = '@';
      whole.columnHidden = true;
      const cell = sheet.getRange(cellAddress(writeBack.headerRow - 1, versionColumn));
      cell.values = [[versionHeader]];
      cell.format.font.bold = true;
    }
    const date = writeBack.date ?? new Date();
    const byColumn = new Map<number, Map<number, string | number>>();
    const put = (column: number, row: number, value: string | number) => {
      const cells = byColumn.get(column) ?? new Map<number, string | number>();
      byColumn.set(column, cells.set(row, value));
    };
    for (const outcome of writeBack.outcomes) {
      const status = describeImportStatus(outcome.status, outcome.reasons, date, writeBack.language, outcome.duplicateOf);
      put(statusColumn, outcome.row, cellInputOf(status));
      if (outcome.clearCode) {
        put(codeColumn, outcome.row, '');
        if (versionColumn !== null) put(versionColumn, outcome.row, '');
      } else if (outcome.code && isStored(outcome.status)) put(codeColumn, outcome.row, cellInputOf(outcome.code));
      if (versionColumn !== null && outcome.version !== undefined)
        put(versionColumn, outcome.row, outcome.version === null ? '' : String(outcome.version));
      for (const [key, value] of Object.entries(outcome.kept ?? {}) as [ColumnKey, string | null][]) {
        const column = writeBack.keyColumns?.[key];
        if (column !== undefined)
          put(column, outcome.row, clientCellInput(key, templateCellValue(key, value), textCells(outcome.row, column)));
      }
    }
    for (const [column, values] of byColumn) {
      for (const run of runsOf(values)) {
        await budget.reserve(actionBytes(run.values, rangeWriteEnvelope));
        sheet.getRange(rangeAddress({ row: run.first - 1, column }, { row: run.first + run.values.length - 2, column })).values =
          run.values;
      }
    }
    await budget.flush();
    return { statusColumn, codeColumn, versionColumn, rows: writeBack.outcomes.length };
  });
}

/** A status whose row's client the store holds (its code goes into "Code client"); a refused, conflicting, duplicate or unsent row's does not. */
function isStored(status: ImportRowOutcome['status']): boolean {
  return status === 'created' || status === 'updated' || status === 'unchanged' || status === 'reverted';
}

/**
 * Queues the load of the number formats of the rows whose kept values will be written (the columns from the first to
 * the last key written); after the sync, `textCell(row, column)` says whether that cell is text-formatted ("@").
 */
async function queueKeptFormats(
  sheet: Excel.Worksheet,
  writeBack: ImportWriteBack,
  budget: SyncBudget,
): Promise<(row: number, column: number) => boolean> {
  const columns = Object.values(writeBack.keyColumns ?? {});
  const loaded = new Map<number, Excel.Range>();
  if (columns.length === 0) return () => false;
  const first = Math.min(...columns);
  const width = Math.max(...columns) - first + 1;
  for (const outcome of writeBack.outcomes) {
    if (outcome.kept === undefined || Object.keys(outcome.kept).length === 0 || loaded.has(outcome.row)) continue;
    await budget.reserve(300, width * 16);
    loaded.set(outcome.row, sheet.getRangeByIndexes(outcome.row - 1, first, 1, width).load('numberFormat'));
  }
  return (row, column) => loaded.get(row)?.numberFormat[0]?.[column - first] === '@';
}

/** The 0-based sheet column of an existing "Version" header (one of the add-in's own columns), or null. */
export function findVersionColumn(validation: SheetValidation, firstColumn: number): number | null {
  const index = versionColumnIndex(validation.columns);
  return index === undefined ? null : firstColumn + index;
}

/** The 0-based sheet column of an existing "Statut import" header (one of the add-in's own columns), or null. */
export function findStatusColumn(validation: SheetValidation, firstColumn: number): number | null {
  const found = validation.columns.addIn.find((column) => foldText(column.header) === foldText(importStatusHeader));
  return found === undefined ? null : firstColumn + found.index;
}
