import { isEmptyCell } from '../cells/isEmptyCell';

/** A row whose every cell is empty (or that is not a row at all). */
export function isEmptyRow(row: unknown): boolean {
  if (!Array.isArray(row)) return true;
  for (const cell of row) if (!isEmptyCell(cell)) return false;
  return true;
}
