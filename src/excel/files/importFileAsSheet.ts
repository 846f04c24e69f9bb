import { detectExcelFeatures, type ExcelFeatures } from '../excelFeatures';
import { createSyncBudget, requestBudgetBytes } from '../requests/createSyncBudget';
import { actionBytes, rangeWriteEnvelope } from '../requests/requestBytes';
import { columnLetter, rectAddress, type CellPosition } from '@/domain';
import { runExcel } from '../runExcel';
import type { ReadFailureCode } from '@/spreadsheet/ReadFailure';
import { nextFreeName } from '../template/nextFreeName';
import { FileImportError, type FileImportErrorCode } from './FileImportError';
import { importFileExtensions, maxImportFileBytes, maxImportFileCells, otherSpreadsheetExtensions } from './fileImportLimits';
import { sheetNameFromFile } from './sheetNameFromFile';
import { mergeCellsIntoRects } from '../ranges/mergeCellsIntoRects';
import { dateCellFormat, toSheetCellInput } from './toSheetCellInput';

export type ImportedFile = { name: string; bytes: Uint8Array };

export type ImportFileOptions = {
  features?: ExcelFeatures;
  /** Bytes per request (tests lower it to force chunking or the parsed path). */
  requestBudget?: number;
};

/** The new sheet (now active) and how it was made: Excel opened the .xlsx itself, or the pane parsed it and wrote its values. */
export type ImportedSheet = { sheetName: string; method: 'insert_worksheets' | 'values'; rows: number };

type Reader = typeof import('./spreadsheetReader');

const loadReader = (): Promise<Reader> => import('./spreadsheetReader.js');

/**
 * Turns a picked or dropped .xlsx or .csv file into a new sheet of the workbook, made active. An .xlsx goes through
 * Workbook.insertWorksheetsFromBase64 where ExcelApi 1.13 is present and its base64 fits one request; otherwise
 * (and for every CSV, and when Excel fails to insert it — any sheet a failed insertion left is deleted first) the file
 * is parsed in the pane (the parser loaded on demand) and its values written in
 * blocks under the request limit, text kept as text (leading zeros, `+41…`) and never as a formula.
 * Another program's spreadsheet (.xls, .ods, .numbers, an Excel lock file `~$…`) is recognised from its bytes and
 * refused with its own code, whose message says how to save it as .xlsx.
 * Refuses with a FileImportError (nothing written): another type, over 10 MB, password-protected, another program's
 * format, unreadable or empty.
 */
export async function importFileAsSheet(file: ImportedFile, options: ImportFileOptions = {}): Promise<ImportedSheet> {
  const extension = /\.[^.]*$/.exec(file.name.toLowerCase())?.[0] ?? '';
  const accepted = [...importFileExtensions, ...otherSpreadsheetExtensions] as readonly string[];
  if (!accepted.includes(extension)) throw new FileImportError('unsupported_type');
  if (file.bytes.length > maxImportFileBytes) throw new FileImportError('too_large');
  if (file.bytes.length === 0) throw new FileImportError('empty');
  const reader = await loadReader();
  const kind = reader.classifySpreadsheetFile(file.bytes, file.name);
  if ('failure' in kind) throw new FileImportError(fileImportErrorOf(kind.failure));
  if (kind.format === 'xlsx' && extension === '.csv') throw new FileImportError('unreadable');

  // Read it in the pane first in every case: an unreadable or empty file is refused before the workbook changes.
  const data = readOrThrow(reader, file);
  const features = options.features ?? detectExcelFeatures();
  const budget = options.requestBudget ?? requestBudgetBytes;
  if (kind.format === 'xlsx' && features.insertWorksheetsFromBase64) {
    const base64 = toBase64(file.bytes);
    // Excel inserts every worksheet, in the file's order: the one to show is the sheet the reader chose (hidden and empty ones skipped).
    const position = Math.max(
      0,
      reader.readWorkbookSheets(file.bytes).findIndex((sheet) => sheet.name === data.sheet),
    );
    if (base64.length + 400 < budget) {
      const before = await readSheetIds();
      try {
        return { ...(await insertFromBase64(base64, position)), rows: data.rows.length };
      } catch (error) {
        if (error instanceof FileImportError) throw error;
        // Excel on the web refuses some files (charts, comments, PivotTables) or fails now and then, and may have
        // inserted the sheets anyway (office-js #3179): those are removed, and the values read in the pane are written.
        await deleteSheetsAddedSince(before);
      }
    }
  }
  return writeAsValues(sheetNameFromFile(data.sheet), data.rows, budget);
}

/** The ids of the workbook's sheets. One sync. */
async function readSheetIds(): Promise<ReadonlySet<string>> {
  return runExcel(async (context) => {
    const worksheets = context.workbook.worksheets.load('items/id');
    await context.sync();
    return new Set(worksheets.items.map((sheet) => sheet.id));
  });
}

/** Deletes the sheets that were not in `before`: what a failed insertion left. One sync, two when it left some. */
async function deleteSheetsAddedSince(before: ReadonlySet<string>): Promise<void> {
  await runExcel(async (context) => {
    const worksheets = context.workbook.worksheets.load('items/id');
    await context.sync();
    const added = worksheets.items.filter((sheet) => !before.has(sheet.id));
    if (added.length === 0) return;
    for (const sheet of added) sheet.delete();
    await context.sync();
  });
}

/** The pane's code for a reader's failure. */
function fileImportErrorOf(code: ReadFailureCode): FileImportErrorCode {
  switch (code) {
    case 'empty':
      return 'empty';
    case 'tooLarge':
      return 'too_large';
    case 'passwordProtected':
      return 'password_protected';
    case 'legacyXls':
      return 'legacy_xls';
    case 'openDocument':
      return 'open_document';
    case 'appleNumbers':
      return 'apple_numbers';
    case 'excelLockFile':
      return 'lock_file';
    default:
      return 'unreadable';
  }
}

function readOrThrow(reader: Reader, file: ImportedFile): { sheet: string; rows: unknown[][] } {
  let data: { sheet: string; rows: unknown[][] };
  try {
    data = reader.readSpreadsheet(file.bytes, file.name);
  } catch (error) {
    throw new FileImportError(error instanceof reader.ReadFailure ? fileImportErrorOf(error.code) : 'unreadable');
  }
  const width = data.rows.reduce((max, row) => Math.max(max, row.length), 0);
  if (width * data.rows.length > maxImportFileCells) throw new FileImportError('too_large');
  return data;
}

/**
 * Excel opens the .xlsx itself (formats, widths, every sheet kept); the inserted sheet at `position` (the one the
 * reader chose) becomes active. Two syncs.
 */
async function insertFromBase64(base64: string, position: number): Promise<Omit<ImportedSheet, 'rows'>> {
  return runExcel(async (context) => {
    const ids = context.workbook.insertWorksheetsFromBase64(base64, { positionType: 'End' });
    await context.sync();
    const first = ids.value[position] ?? ids.value[0];
    if (first === undefined) throw new FileImportError('empty');
    const sheet = context.workbook.worksheets.getItem(first);
    sheet.activate();
    sheet.load('name');
    await context.sync();
    return { sheetName: sheet.name, method: 'insert_worksheets' };
  });
}

/** A new sheet named after the file's, its values written in blocks of rows that fit a request. */
async function writeAsValues(baseName: string, rows: readonly unknown[][], maxBytes: number): Promise<ImportedSheet> {
  return runExcel(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    await context.sync();
    const sheetName = nextFreeName(
      baseName,
      worksheets.items.map((sheet) => sheet.name),
    );
    const sheet = worksheets.add(sheetName);
    const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
    const budget = createSyncBudget(context, maxBytes);
    let start = 0;
    while (start < rows.length && width > 0) {
      const block: (string | number | boolean)[][] = [];
      const dates = new Map<string, CellPosition[]>();
      let bytes = 0;
      while (start + block.length < rows.length && (block.length === 0 || bytes < maxBytes / 4)) {
        const row = rows[start + block.length] ?? [];
        const values = Array.from({ length: width }, (_, column) => toSheetCellInput(row[column]));
        for (let column = 0; column < width; column++) {
          const format = dateCellFormat(row[column]);
          if (format === null) continue;
          const cells = dates.get(format) ?? [];
          cells.push({ row: start + block.length, column });
          dates.set(format, cells);
        }
        bytes += actionBytes(values);
        block.push(values);
      }
      await budget.reserve(actionBytes(block, rangeWriteEnvelope));
      sheet.getRangeByIndexes(start, 0, block.length, width).values = block;
      // Date cells keep their dates: one number format per rectangle of date cells (a date column is one rectangle).
      for (const [format, cells] of dates) {
        for (const rect of mergeCellsIntoRects(cells)) {
          await budget.reserve(actionBytes([[format]], rangeWriteEnvelope));
          (sheet.getRange(rectAddress(rect)) as unknown as { numberFormat: string }).numberFormat = format;
        }
      }
      start += block.length;
    }
    if (width > 0) sheet.getRange(`A:${columnLetter(width - 1)}`).format.autofitColumns();
    sheet.activate();
    await budget.flush();
    return { sheetName, method: 'values', rows: rows.length };
  });
}

/** Base64 of bytes without Node's Buffer (btoa over 32 KB slices). */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
