import { toExcelOperationError } from '../toExcelOperationError';
import { utf8Bytes } from './createSyncBudget';

/** Rows of the first read: enough to estimate the bytes of a row, small enough to be cheap. */
export const sampleRows = 200;
/** Responses stay under this many bytes (Excel on the web refuses more than 5 MB). */
export const responseBudgetBytes = Math.floor(4.5 * 1024 * 1024);
const maxCellsPerRead = 5_000_000;

export type UsedArea = { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number };

/** UTF-8 bytes of a row's JSON, a little over (escapes, separators). */
function rowBytes(row: readonly unknown[]): number {
  return Math.ceil(utf8Bytes(JSON.stringify(row)) * 1.1) + 4;
}

/** How many rows fit in one response, from the largest row seen so far. */
export function rowsPerChunk(rows: readonly (readonly unknown[])[], columnCount: number, budget = responseBudgetBytes): number {
  const largest = rows.reduce((max, row) => Math.max(max, rowBytes(row)), columnCount * 4 + 2);
  return Math.max(1, Math.min(Math.floor(budget / largest), Math.floor(maxCellsPerRead / Math.max(1, columnCount))));
}

/**
 * Reads the rest of the used range after the sample, one sync per chunk, each sized from the largest row seen so far
 * to stay under the response budget; a chunk Excel still refuses as too large is read again in halves.
 */
export async function readRemainingRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  area: UsedArea,
  rows: unknown[][],
  budget = responseBudgetBytes,
): Promise<{ chunks: number }> {
  let chunks = 0;
  let chunkRows = rowsPerChunk(rows, area.columnCount, budget);
  while (rows.length < area.rowCount) {
    const count = Math.min(chunkRows, area.rowCount - rows.length);
    const range = sheet.getRangeByIndexes(area.rowIndex + rows.length, area.columnIndex, count, area.columnCount);
    range.load('values');
    try {
      await context.sync();
    } catch (error) {
      const code = toExcelOperationError(error).code;
      if ((code === 'response_too_large' || code === 'range_too_large') && count > 1) {
        chunkRows = Math.max(1, Math.floor(count / 2));
        continue;
      }
      throw error;
    }
    chunks += 1;
    for (const row of range.values) rows.push(row);
    chunkRows = rowsPerChunk(range.values, area.columnCount, budget);
  }
  return { chunks };
}
