import type { CellPosition, CellRect } from '@/domain';

/**
 * Cells → few rectangles covering exactly those cells: vertical runs per column, then runs with the same rows in
 * neighbouring columns joined. Fewer areas mean shorter address strings and fewer getRanges calls.
 */
export function mergeCellsIntoRects(cells: readonly CellPosition[]): CellRect[] {
  const byColumn = new Map<number, number[]>();
  for (const cell of cells) {
    const rows = byColumn.get(cell.column);
    if (rows) rows.push(cell.row);
    else byColumn.set(cell.column, [cell.row]);
  }
  const runs: CellRect[] = [];
  for (const column of [...byColumn.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byColumn.get(column))].sort((a, b) => a - b);
    let start = rows[0];
    let previous = start;
    for (const row of rows.slice(1)) {
      if (start !== undefined && previous !== undefined && row === previous + 1) {
        previous = row;
        continue;
      }
      if (start !== undefined && previous !== undefined) runs.push({ row: start, column, rowCount: previous - start + 1, columnCount: 1 });
      start = row;
      previous = row;
    }
    if (start !== undefined && previous !== undefined) runs.push({ row: start, column, rowCount: previous - start + 1, columnCount: 1 });
  }
  // Join a run to the rectangle that ends in the previous column with the same rows.
  const open = new Map<string, CellRect>();
  const rects: CellRect[] = [];
  for (const run of runs) {
    const key = `${run.row}:${run.rowCount}`;
    const left = open.get(key);
    if (left && left.column + left.columnCount === run.column) {
      left.columnCount += 1;
      continue;
    }
    const rect = { ...run };
    open.set(key, rect);
    rects.push(rect);
  }
  return rects;
}
