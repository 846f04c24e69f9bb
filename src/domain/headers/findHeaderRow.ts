import { cellToText } from '../cells/cellToText';
import type { ColumnMapping } from './ColumnMapping';
import type { HeaderColumns } from './HeaderColumns';
import { matchHeaders } from './matchHeaders';
import { readHeader } from './readHeader';

/** How many rows from the top may hold the header row. */
export const HEADER_SEARCH_ROWS = 20;
/** A row must name at least this many template columns to be taken as the header row (one, when the values below fit it). */
export const MIN_HEADER_MATCHES = 2;
/** A candidate this close to the best one is taken when it comes first: the first strong candidate wins. */
const STRONG_SHARE = 0.6;
/** Data rows looked at below a candidate header row. */
const SAMPLE_ROWS = 10;

export type HeaderRowMatch = { index: number; columns: HeaderColumns };

/**
 * The header row among the first 20 rows: the first row that reads as labels — it names at least two template columns
 * (or one, when the row below holds a value of that column's kind and not a label) and at least 60 % as many as the row
 * that names the most — so a data row or a second label row further down does not win. Title and blank rows above are
 * ignored. Undefined when no row reads as a header row. A confirmed `mapping` is applied to every candidate row (a header
 * it maps counts as named).
 */
export function findHeaderRow(rows: readonly (readonly unknown[])[], firstColumn = 0, mapping?: ColumnMapping): HeaderRowMatch | undefined {
  const candidates: (HeaderRowMatch & { score: number })[] = [];
  const last = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < last; index++) {
    const row = rows[index];
    if (!Array.isArray(row)) continue;
    const below = rows.slice(index + 1, index + 1 + SAMPLE_ROWS).filter((values) => Array.isArray(values));
    const columns = matchHeaders(row, firstColumn, below, mapping);
    const score = new Set([...columns.mapped, ...columns.alternatives].map((column) => column.index)).size;
    if (score >= MIN_HEADER_MATCHES || (score === 1 && valuesBelowFit(columns, below))) candidates.push({ index, columns, score });
  }
  const best = Math.max(0, ...candidates.map((candidate) => candidate.score));
  const chosen = candidates.find((candidate) => candidate.score >= best * STRONG_SHARE);
  return chosen === undefined ? undefined : { index: chosen.index, columns: chosen.columns };
}

/** A one-column header row is a header only when the next non-empty cell below it is a value, not a label (an e-mail under an e-mail header). */
function valuesBelowFit(columns: HeaderColumns, below: readonly (readonly unknown[])[]): boolean {
  const [column] = columns.mapped;
  if (column === undefined || column.confidence === 'weak') return false;
  const value = below.map((values) => cellToText(values[column.index])).find((text) => text !== '');
  if (value === undefined || readHeader(value) !== undefined) return false;
  return column.key !== 'email' || value.includes('@');
}
