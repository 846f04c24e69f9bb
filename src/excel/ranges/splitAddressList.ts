import type { CellPosition, CellRect } from './CellRect';
import { cellAddress } from './rectAddress';

/** "A1,C3:D4" → ["A1", "C3:D4"] (our own lists: no sheet names, no quotes). */
export function splitAddressList(addresses: string): string[] {
  return addresses.split(',').map((part) => part.trim()).filter((part) => part !== '');
}

/** Every cell of rectangles, as "B3" addresses. */
export function cellsOfRects(rects: readonly CellRect[]): string[] {
  return positionsOfRects(rects).map((cell) => cellAddress(cell.row, cell.column));
}

/** Every cell of rectangles, row by row. */
export function positionsOfRects(rects: readonly CellRect[]): CellPosition[] {
  const cells: CellPosition[] = [];
  for (const rect of rects) {
    for (let row = rect.row; row < rect.row + rect.rowCount; row += 1) {
      for (let column = rect.column; column < rect.column + rect.columnCount; column += 1) cells.push({ row, column });
    }
  }
  return cells;
}
