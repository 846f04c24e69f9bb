import { dateToExcelSerial } from '@/domain';
import { SWISS_DATE_FORMAT } from '../template/templateLayout';
import { cellInputOf } from '../template/writeClientsToSheet';

/** Strings Excel would turn into a number, a date, a boolean or a formula when written as a value. */
const reinterpreted = /^\s*[0-9+\-=@.,(]|^(true|false|vrai|faux)$/i;

/**
 * A parsed file's cell as the value to write so Excel keeps it as the file held it: numbers and booleans as they
 * are, dates as Excel date serials (`dateCellFormat` gives the cell's dd.mm.yyyy format), and text that Excel would
 * reinterpret (leading zeros, `+41…`, `=…`, dates) forced to text with a leading apostrophe. Never a formula.
 */
export function toSheetCellInput(cell: unknown): string | number | boolean {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : '';
  if (typeof cell === 'boolean') return cell;
  if (cell instanceof Date) return dateToExcelSerial(cell) ?? '';
  const text = String(cell);
  if (text === '') return '';
  return reinterpreted.test(text) ? `'${text}` : cellInputOf(text);
}

/** The number format a parsed file's date cell needs to show as a date: dd.mm.yyyy, with hh:mm when it has a time of day; null for any other cell. */
export function dateCellFormat(cell: unknown): string | null {
  if (!(cell instanceof Date)) return null;
  const serial = dateToExcelSerial(cell);
  if (serial === undefined) return null;
  return Number.isInteger(serial) ? SWISS_DATE_FORMAT : `${SWISS_DATE_FORMAT} hh:mm`;
}
