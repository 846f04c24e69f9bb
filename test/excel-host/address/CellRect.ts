import { MAX_COLUMNS, MAX_ROWS, type CellRect } from '@/domain';

/** A rectangle of cells, 0-based, as the host stores it (the domain's). */
export type { CellRect };

/** Excel's grid: 1,048,576 rows by 16,384 columns. */
export const maxRows = MAX_ROWS;
export const maxColumns = MAX_COLUMNS;

export function cellCount(rect: CellRect): number {
  return rect.rowCount * rect.columnCount;
}

export function lastRow(rect: CellRect): number {
  return rect.row + rect.rowCount - 1;
}

export function lastColumn(rect: CellRect): number {
  return rect.column + rect.columnCount - 1;
}

export function rectContains(outer: CellRect, inner: CellRect): boolean {
  return (
    inner.row >= outer.row && inner.column >= outer.column && lastRow(inner) <= lastRow(outer) && lastColumn(inner) <= lastColumn(outer)
  );
}

export function rectsIntersect(a: CellRect, b: CellRect): boolean {
  return a.row <= lastRow(b) && b.row <= lastRow(a) && a.column <= lastColumn(b) && b.column <= lastColumn(a);
}
