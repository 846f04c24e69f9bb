import { readCsv } from './csv/readCsv';
import { detectFileKind, isEncryptedOfficeFile } from './detectFileKind';
import { ReadFailure } from './ReadFailure';
import { readXlsx, type SheetData } from './xlsx/readXlsx';

/**
 * A file's bytes → one sheet's values: .xlsx (first sheet, or `sheetName`) or CSV text. `fileName`
 * names a CSV's sheet. Throws `ReadFailure` when the bytes are not a readable spreadsheet.
 */
export function readSpreadsheet(bytes: Uint8Array, fileName: string, sheetName?: string): SheetData {
  if (bytes.length === 0) throw new ReadFailure('empty');
  const data = readByKind(bytes, fileName, sheetName);
  if (!data.rows.some((row) => row.some((cell) => cell !== null && cell !== undefined && String(cell).trim() !== ''))) {
    throw new ReadFailure('empty');
  }
  return data;
}

function readByKind(bytes: Uint8Array, fileName: string, sheetName: string | undefined): SheetData {
  switch (detectFileKind(bytes)) {
    case 'xlsx':
      return readXlsx(bytes, sheetName);
    case 'encryptedOrXls':
      throw new ReadFailure(isEncryptedOfficeFile(bytes) ? 'passwordProtected' : 'legacyXls');
    case 'binary':
      throw new ReadFailure('notSpreadsheet');
    case 'text':
      if (/\.xlsx?$|\.xlsm$/i.test(fileName)) throw new ReadFailure('notSpreadsheet');
      return readCsv(bytes, fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, ''));
  }
}
