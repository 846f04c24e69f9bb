import type { SheetData } from '../xlsx/readXlsx';
import { decodeCsvBytes } from './decodeCsvBytes';
import { detectSeparator } from './detectSeparator';
import { parseCsv } from './parseCsv';

/** A CSV file's bytes → its rows; the sheet is named after the file, as Excel names it when opening a CSV. */
export function readCsv(bytes: Uint8Array, sheet: string): SheetData {
  const { text } = decodeCsvBytes(bytes);
  return { sheet, rows: parseCsv(text, detectSeparator(text)) };
}
