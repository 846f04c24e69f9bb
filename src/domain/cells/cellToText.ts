import { isDateValue } from './isDateValue';
import { formatIsoDate } from './formatIsoDate';

/**
 * The text of a cell as a person reads it, for headers and text columns: strings trimmed,
 * integers without exponent, dates as YYYY-MM-DD. Empty string for empty cells and for values
 * that have no text (booleans, objects, non-finite numbers).
 */
export function cellToText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? formatNumber(value) : '';
  if (typeof value === 'bigint') return value.toString();
  if (isDateValue(value)) return formatIsoDate(value) ?? '';
  return '';
}

function formatNumber(value: number): string {
  // String() writes integers below 1e21 in full; -0 reads as 0.
  return Object.is(value, -0) ? '0' : String(value);
}
