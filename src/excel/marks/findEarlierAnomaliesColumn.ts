import { parseRectAddress, rangeAddress, anomaliesHeader } from '@/domain';
import type { MarkEntry } from './MarkEntry';
import type { UsedArea } from './chunkSizing';

/**
 * Where the "Anomalies" column an earlier validation wrote is now: its header cell must still read "Anomalies" (the
 * user may have inserted or deleted columns before it, so it is looked for along its header row), else it is taken
 * as gone and nothing of it is cleared: a user's column standing at the stored address is never touched.
 * Returns the column (0-based) and the entry to clear it by, or null.
 */
export function findEarlierAnomaliesColumn(
  entry: MarkEntry | undefined,
  area: UsedArea,
  firstRows: readonly (readonly unknown[])[],
): { column: number; entry: MarkEntry } | null {
  if (entry?.kind !== 'column') return null;
  const stored = parseRectAddress(entry.addresses);
  if (stored === undefined) return null;
  const { row: headerRow, column: storedColumn } = stored;
  const cells = firstRows[headerRow - area.rowIndex];
  if (cells === undefined) return null;
  const isAnomalies = (index: number) => String(cells[index] ?? '').trim() === anomaliesHeader;
  let index = storedColumn - area.columnIndex;
  if (!isAnomalies(index)) {
    index = -1;
    for (let at = cells.length - 1; at >= 0 && index < 0; at -= 1) if (isAnomalies(at)) index = at;
  }
  if (index < 0) return null;
  const column = area.columnIndex + index;
  return {
    column,
    entry: { ...entry, addresses: rangeAddress({ row: headerRow, column }, { row: headerRow + stored.rowCount - 1, column }) },
  };
}
