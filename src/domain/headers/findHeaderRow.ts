import type { HeaderColumns } from './HeaderColumns';
import { matchHeaders } from './matchHeaders';

/** How many rows from the top may hold the header row. */
export const HEADER_SEARCH_ROWS = 20;
/** A row must name at least this many template columns to be taken as the header row. */
export const MIN_HEADER_MATCHES = 2;

export type HeaderRowMatch = { index: number; columns: HeaderColumns };

/**
 * The header row among the first 20 rows: the one that names the most template columns (the
 * first such row on a tie), ignoring title and blank rows above it. Undefined when no row names
 * at least two template columns.
 */
export function findHeaderRow(rows: readonly (readonly unknown[])[], firstColumn = 0): HeaderRowMatch | undefined {
  let best: HeaderRowMatch | undefined;
  let bestScore = MIN_HEADER_MATCHES - 1;
  const last = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < last; index++) {
    const row = rows[index];
    if (!Array.isArray(row)) continue;
    const columns = matchHeaders(row, firstColumn);
    if (columns.mapped.length > bestScore) {
      best = { index, columns };
      bestScore = columns.mapped.length;
    }
  }
  return best;
}
