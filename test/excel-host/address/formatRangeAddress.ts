import { type CellRect, lastColumn, lastRow, maxColumns, maxRows } from './CellRect';
import { columnLetter } from '@/domain';

/** Sheet names that are not plain identifiers are quoted, as Excel does: 'Clients 2024'!A1. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** The A1 address of a rectangle, without sheet: "A1", "A1:B2", "A:B" (whole columns), "1:3" (whole rows). */
export function formatRectAddress(rect: CellRect): string {
  const wholeColumns = rect.row === 0 && rect.rowCount === maxRows;
  const wholeRows = rect.column === 0 && rect.columnCount === maxColumns;
  if (wholeColumns && !wholeRows) {
    return `${columnLetter(rect.column)}:${columnLetter(lastColumn(rect))}`;
  }
  if (wholeRows) {
    return `${rect.row + 1}:${lastRow(rect) + 1}`;
  }
  const start = `${columnLetter(rect.column)}${rect.row + 1}`;
  if (rect.rowCount === 1 && rect.columnCount === 1) {
    return start;
  }
  return `${start}:${columnLetter(lastColumn(rect))}${lastRow(rect) + 1}`;
}

/** "Clients!A1:B2", the form Range.address returns. */
export function formatRangeAddress(sheetName: string, rect: CellRect): string {
  return `${quoteSheetName(sheetName)}!${formatRectAddress(rect)}`;
}
