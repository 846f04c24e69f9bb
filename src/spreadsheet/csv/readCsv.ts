import type { SheetData } from '../xlsx/readXlsx';
import { decodeCsvBytes } from './decodeCsvBytes';
import { detectSeparator } from './detectSeparator';
import { parseCsv } from './parseCsv';

/** Excel's separator line: `sep=;` (any one character) alone on the first line, sometimes quoted. */
const SEPARATOR_LINE = /^"?sep=(.)"?[ \t]*(?:\r\n|\n|\r|$)/i;

/**
 * A CSV file's bytes → its rows, every cell the text the file holds (a number in a CSV is text as written,
 * never a number Excel stored). A first line `sep=;` gives the separator and is not a row; otherwise the
 * separator is detected. The sheet is named after the file, as Excel names it when opening a CSV.
 */
export function readCsv(bytes: Uint8Array, sheet: string): SheetData {
  const { text } = decodeCsvBytes(bytes);
  const separatorLine = SEPARATOR_LINE.exec(text);
  if (separatorLine !== null) {
    return { sheet, rows: parseCsv(text.slice(separatorLine[0].length), separatorLine[1] ?? ';') };
  }
  return { sheet, rows: parseCsv(text, detectSeparator(text)) };
}
