import { parseRectAddress, splitAddressList, type CellRect } from '@/domain';
import { chunkAddressList } from '../ranges/chunkAddressList';
import type { MarkEntry } from './MarkEntry';

/** The parts of mark entries on some rows, and the rest: what re-marking those rows undoes, and what stays listed. */
export type EntriesByRows = { inRows: MarkEntry[]; outside: MarkEntry[] };

/**
 * Splits each entry's cells by row: those on `rows` (0-based sheet rows) and the others, each side as entries of the
 * same kind and colour (address lists under Excel's limits). A "column" entry gives one entry per block of rows on
 * `rows` (queueRestore clears one range per entry) and stays outside whole. Entries of another sheet than `sheetId`
 * stay outside as they are.
 */
export function markEntriesInRows(entries: readonly MarkEntry[], sheetId: string, rows: ReadonlySet<number>): EntriesByRows {
  const inRows: MarkEntry[] = [];
  const outside: MarkEntry[] = [];
  for (const entry of entries) {
    if (entry.sheetId !== sheetId || rows.size === 0) {
      outside.push(entry);
      continue;
    }
    const inside: CellRect[] = [];
    const rest: CellRect[] = [];
    for (const address of splitAddressList(entry.addresses)) {
      const rect = parseRectAddress(address);
      if (rect === undefined) continue;
      splitRect(rect, rows, inside, rest);
    }
    pushEntries(entry, inside, inRows);
    // The "Anomalies" column stays listed whole: its cells on the rows are cleared, the column is still ours.
    if (entry.kind === 'column') outside.push(entry);
    else pushEntries(entry, rest, outside);
  }
  return { inRows, outside };
}

/** Cuts `rect` into runs of rows on `rows` and runs off them (as many steps as the rect has rows: marks' rects are small). */
function splitRect(rect: CellRect, rows: ReadonlySet<number>, inside: CellRect[], rest: CellRect[]): void {
  const end = rect.row + rect.rowCount;
  let runStart = rect.row;
  for (let row = rect.row + 1; row <= end; row += 1) {
    if (row < end && rows.has(row) === rows.has(runStart)) continue;
    (rows.has(runStart) ? inside : rest).push({ ...rect, row: runStart, rowCount: row - runStart });
    runStart = row;
  }
}

function pushEntries(entry: MarkEntry, rects: readonly CellRect[], into: MarkEntry[]): void {
  if (rects.length === 0) return;
  const chunks = entry.kind === 'column' ? rects.map((rect) => chunkAddressList([rect])[0]) : chunkAddressList(rects);
  for (const chunk of chunks) if (chunk !== undefined) into.push({ ...entry, addresses: chunk.address });
}
