import { HostOfficeError } from '../HostOfficeError';
import type { SheetModel } from './SheetModel';

const numberPattern = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const booleanPattern = /^(true|false)$/i;
const maxCellText = 32_767;

function readsAsFormula(input: string): boolean {
  return input.length > 1 && /^[=+\-@]/.test(input);
}

/**
 * Writes one element of `Range.values` the way Excel interprets it:
 * null/undefined leaves the cell as it is; "" empties it; in a text-formatted cell ("@") a string is kept as is;
 * otherwise a string that reads as a number becomes that number (leading zeros are lost, as in Excel),
 * "TRUE"/"FALSE" become booleans, a leading apostrophe forces text (and is not part of the value),
 * and a string starting with =, +, - or @ that is not a number becomes a formula. The host does not calculate
 * formulas: the cell keeps the formula and reads as "#NAME?", so text written unescaped is visibly lost.
 */
export function writeCellInput(sheet: SheetModel, row: number, column: number, input: unknown): void {
  if (input === null || input === undefined) return;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new HostOfficeError('InvalidArgument', { location: 'Range.values' });
    sheet.storeValue(row, column, input);
    return;
  }
  if (typeof input === 'boolean') {
    sheet.storeValue(row, column, input);
    return;
  }
  if (typeof input !== 'string') {
    throw new HostOfficeError('InvalidArgument', { location: 'Range.values' });
  }
  if (input.length > maxCellText) throw new HostOfficeError('InvalidArgument', { location: 'Range.values' });
  const isText = sheet.getFormat(row, column).numberFormat === '@';
  if (isText || input === '') {
    sheet.storeValue(row, column, input);
    return;
  }
  if (input.startsWith("'")) {
    sheet.storeValue(row, column, input.slice(1));
    return;
  }
  const trimmed = input.trim();
  if (numberPattern.test(trimmed)) {
    sheet.storeValue(row, column, Number(trimmed));
    return;
  }
  if (booleanPattern.test(trimmed)) {
    sheet.storeValue(row, column, trimmed.toLowerCase() === 'true');
    return;
  }
  if (readsAsFormula(input)) {
    sheet.storeValue(row, column, '#NAME?', input.startsWith('=') ? input : `=${input}`);
    return;
  }
  sheet.storeValue(row, column, input);
}

/**
 * The text Excel's cell editor starts from (F2, double-click): the formula, or the value written so that typing it
 * again (writeCellInput) gives it back: a text that would read as a number, a boolean or a formula gets its apostrophe.
 */
export function cellInputText(sheet: SheetModel, row: number, column: number): string {
  const formula = sheet.getFormula(row, column);
  if (formula !== undefined) return formula;
  const value = sheet.getValue(row, column);
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (sheet.getFormat(row, column).numberFormat === '@') return value;
  const trimmed = value.trim();
  const readsAsText = !value.startsWith("'") && !numberPattern.test(trimmed) && !booleanPattern.test(trimmed) && !readsAsFormula(value);
  return readsAsText ? value : `'${value}`;
}
