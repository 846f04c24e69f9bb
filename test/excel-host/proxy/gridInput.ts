import type { CellRect } from '../address/CellRect';
import { HostOfficeError } from '../HostOfficeError';

/**
 * The value to write in each cell of a rectangle: a single (non-array) value applies to every cell; a 2-D array
 * must match the range's rows and columns exactly, otherwise InvalidArgument (Excel's "The number of rows or
 * columns in the input array doesn't match the size or dimensions of the range").
 */
export function gridInput(input: unknown, rect: CellRect, location: string): (rowOffset: number, columnOffset: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows = input as unknown[];
  const matches = rows.length === rect.rowCount && rows.every((row) => Array.isArray(row) && row.length === rect.columnCount);
  if (!matches) throw new HostOfficeError('InvalidArgument', { location });
  return (rowOffset, columnOffset) => (rows[rowOffset] as unknown[])[columnOffset];
}

/** Builds a 2-D array over a rectangle. */
export function mapGrid<T>(rect: CellRect, cell: (row: number, column: number) => T): T[][] {
  const grid: T[][] = [];
  for (let r = 0; r < rect.rowCount; r += 1) {
    const line = new Array<T>(rect.columnCount);
    for (let c = 0; c < rect.columnCount; c += 1) line[c] = cell(rect.row + r, rect.column + c);
    grid.push(line);
  }
  return grid;
}
