import { cellInputOf } from '../template/writeClientsToSheet';

/** Strings Excel would turn into a number, a date, a boolean or a formula when written as a value. */
const reinterpreted = /^\s*[0-9+\-=@.,(]|^(true|false|vrai|faux)$/i;

/**
 * A parsed file's cell as the value to write so Excel keeps it as the file held it: numbers and booleans as they
 * are, dates as dd.mm.yyyy text, and text that Excel would reinterpret (leading zeros, `+41…`, `=…`, dates) forced
 * to text with a leading apostrophe. Never a formula.
 */
export function toSheetCellInput(cell: unknown): string | number | boolean {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : '';
  if (typeof cell === 'boolean') return cell;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return '';
    const day = String(cell.getUTCDate()).padStart(2, '0');
    const month = String(cell.getUTCMonth() + 1).padStart(2, '0');
    return `'${day}.${month}.${cell.getUTCFullYear()}`;
  }
  const text = String(cell);
  if (text === '') return '';
  return reinterpreted.test(text) ? `'${text}` : cellInputOf(text);
}
