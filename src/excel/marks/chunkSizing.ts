import { utf8Bytes } from '../requests/requestBytes';

const maxCellsPerRead = 5_000_000;

export type UsedArea = { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number };

/** UTF-8 bytes of a row's JSON, a little over (escapes, separators). */
function rowBytes(row: readonly unknown[]): number {
  return Math.ceil(utf8Bytes(JSON.stringify(row)) * 1.1) + 4;
}

/** The bytes of the largest row, at least those of a row of empty cells. */
export function largestRowBytes(rows: readonly (readonly unknown[])[], columnCount: number): number {
  return rows.reduce((max, row) => Math.max(max, rowBytes(row)), columnCount * 4 + 2);
}

/**
 * The bytes of an average row of `rows` (each a little over: a chunk of thousands of rows weighs close to its count
 * times the average, and the budget keeps a tenth of Excel's limit in reserve; a chunk still refused is read in halves).
 */
export function rowBytesEstimate(rows: readonly (readonly unknown[])[], columnCount: number): number {
  if (rows.length === 0) return columnCount * 4 + 2;
  const total = rows.reduce((sum, row) => sum + rowBytes(row), 0);
  return Math.max(columnCount * 4 + 2, Math.ceil(total / rows.length));
}

/** How many rows fit in `budget` response bytes (and in Excel's 5,000,000 cells per read), from the largest row seen so far. */
export function rowsPerChunk(largestRow: number, columnCount: number, budget: number): number {
  return Math.max(1, Math.min(Math.floor(budget / largestRow), Math.floor(maxCellsPerRead / Math.max(1, columnCount))));
}
