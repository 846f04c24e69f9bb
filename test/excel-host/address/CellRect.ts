/** A rectangle of cells, 0-based, as the host stores it. */
export type CellRect = { row: number; column: number; rowCount: number; columnCount: number };

/** Excel's grid: 1,048,576 rows by 16,384 columns. */
export const maxRows = 1_048_576;
export const maxColumns = 16_384;

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
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    lastRow(inner) <= lastRow(outer) &&
    lastColumn(inner) <= lastColumn(outer)
  );
}

export function rectsIntersect(a: CellRect, b: CellRect): boolean {
  return a.row <= lastRow(b) && b.row <= lastRow(a) && a.column <= lastColumn(b) && b.column <= lastColumn(a);
}
