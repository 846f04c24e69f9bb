import { readCsv } from './csv/readCsv';
import { classifySpreadsheetFile } from './detectFileKind';
import { ReadFailure } from './ReadFailure';
import { readXlsx, type SheetData } from './xlsx/readXlsx';

/**
 * A file's bytes → one sheet's values: .xlsx (the sheet named `sheetName`, else the first visible sheet that
 * holds a value) or CSV text. `fileName` names a CSV's sheet. Throws `ReadFailure` when the bytes are not a
 * readable spreadsheet, with a code that says what the file is when it is another program's (.xls, .ods,
 * .numbers, an Excel lock file).
 */
export function readSpreadsheet(bytes: Uint8Array, fileName: string, sheetName?: string): SheetData {
  if (bytes.length === 0) throw new ReadFailure('empty');
  const kind = classifySpreadsheetFile(bytes, fileName);
  if ('failure' in kind) throw new ReadFailure(kind.failure);
  const data =
    kind.format === 'xlsx' ? readXlsx(bytes, sheetName) : readCsv(bytes, fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, ''));
  if (!data.rows.some((row) => row.some((cell) => cell !== null && cell !== undefined && String(cell).trim() !== ''))) {
    throw new ReadFailure('empty');
  }
  return data;
}
