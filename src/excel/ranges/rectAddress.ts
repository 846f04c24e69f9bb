import { columnLetter } from '../../domain/headers/columnLetter';
import type { CellRect } from './CellRect';

/** "B3" or "B3:D7" (no sheet name), from a 0-based rectangle. */
export function rectAddress(rect: CellRect): string {
  const start = `${columnLetter(rect.column)}${rect.row + 1}`;
  if (rect.rowCount === 1 && rect.columnCount === 1) return start;
  return `${start}:${columnLetter(rect.column + rect.columnCount - 1)}${rect.row + rect.rowCount}`;
}

/** "B3" from a 0-based cell. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** "C:C" for a 0-based column. */
export function columnAddress(column: number): string {
  const letter = columnLetter(column);
  return `${letter}:${letter}`;
}
