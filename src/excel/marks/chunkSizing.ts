import { utf8Bytes } from '../requests/requestBytes';

const maxCellsPerRead = 5_000_000;

export type UsedArea = { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number };

/** UTF-8 bytes of a row's JSON, a little over (escapes, separators). */
function rowBytes(row: readonly unknown[]): number {
  return Math.ceil(utf8Bytes(JSON.stringify(row)) * 1.1) + 4;
}

/** The bytes of the largest row, at least those of a row of empty cells. */
function largestRowBytes(rows: readonly (readonly unknown[])[], columnCount: number): number {
  return rows.reduce((max, row) => Math.max(max, rowBytes(row)), columnCount * 4 + 2);
}

/**
 * The bytes of an average row of `rows` (each a little over: a chunk of thousands of rows weighs close to its count
 * times the average, and the budget keeps a tenth of Excel's limit in reserve; a chunk still refused is read in halves).
 */
function rowBytesEstimate(rows: readonly (readonly unknown[])[], columnCount: number): number {
  if (rows.length === 0) return columnCount * 4 + 2;
  const total = rows.reduce((sum, row) => sum + rowBytes(row), 0);
  return Math.max(columnCount * 4 + 2, Math.ceil(total / rows.length));
}

/** How many rows fit in `budget` response bytes (and in Excel's 5,000,000 cells per read), from the largest row seen so far. */
function rowsPerChunk(largestRow: number, columnCount: number, budget: number): number {
  return Math.max(1, Math.min(Math.floor(budget / largestRow), Math.floor(maxCellsPerRead / Math.max(1, columnCount))));
}

/**
 * How far the reading of the used range went: the rows read so far (the first rows included), the bytes a row is taken
 * to weigh, and, after Excel refused a chunk, the rows of the half to read instead.
 */
export type ReadProgress = { read: number; rowBytes: number; halvedTo: number | null };

/**
 * After the first rows (`headerIndex`: the header row's index among them, 0 without one): bytes per row from the largest
 * of them, the header row left out (its long titles are no guide to the size of the data rows), so that one long row
 * does not shrink every later chunk.
 */
export function firstReadProgress(firstRows: readonly (readonly unknown[])[], headerIndex: number, columnCount: number): ReadProgress {
  const firstDataRows = firstRows.slice(headerIndex + 1);
  return {
    read: firstRows.length,
    rowBytes: largestRowBytes(firstDataRows.length > 0 ? firstDataRows : firstRows, columnCount),
    halvedTo: null,
  };
}

/**
 * Rows of the next chunk: its answer fits in the response bytes left, its marks (as many per row as so far, `markBytes`
 * for the rows read) in nine tenths of a request, and it stops at the end of the used range and at a refused chunk's half.
 */
export function nextChunkRows(
  progress: ReadProgress,
  area: UsedArea,
  room: { responseLeft: number; requestBudget: number; markBytes: number },
): number {
  const fitting = rowsPerChunk(progress.rowBytes, area.columnCount, Math.max(room.responseLeft, progress.rowBytes));
  const marksFitting =
    room.markBytes === 0 ? Infinity : Math.max(1, Math.floor((room.requestBudget * 0.9 * progress.read) / room.markBytes));
  return Math.min(progress.halvedTo ?? fitting, fitting, marksFitting, area.rowCount - progress.read);
}

/** Excel refused to answer a chunk of `count` rows: the next read asks for half as many. */
export function afterChunkRefused(progress: ReadProgress, count: number): ReadProgress {
  return { ...progress, halvedTo: Math.max(1, Math.floor(count / 2)) };
}

/** A chunk of `count` rows was read: bytes per row from its average from now on (with a margin). */
export function afterChunkRead(
  progress: ReadProgress,
  count: number,
  values: readonly (readonly unknown[])[],
  columnCount: number,
): ReadProgress {
  return { read: progress.read + count, rowBytes: rowBytesEstimate(values, columnCount), halvedTo: null };
}
