import { utf8Bytes } from './createSyncBudget';

/** Rows of the first read: enough to estimate the bytes of a row, small enough to be cheap. */
export const sampleRows = 200;
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

/** How many rows fit in `budget` response bytes (and in Excel's 5,000,000 cells per read), from the largest row seen so far. */
export function rowsPerChunk(largestRow: number, columnCount: number, budget: number): number {
  return Math.max(1, Math.min(Math.floor(budget / largestRow), Math.floor(maxCellsPerRead / Math.max(1, columnCount))));
}
