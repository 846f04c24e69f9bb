/**
 * Cell and range addresses as values: 0-based positions and rectangles (row 0 = Excel row 1, column 0 = A), their A1
 * addresses ("B3", "B3:D7", "C:C", lists "A1,C3:D4") and their "row,column" keys (for sets and maps of cells).
 * Our own addresses only: no sheet names (Excel's own, quoted, forms are the Excel host's business).
 */

/** Excel's grid: 1,048,576 rows by 16,384 columns (A to XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** One cell, 0-based. */
export type CellPosition = { row: number; column: number };

/** A rectangle of cells, 0-based. */
export type CellRect = { row: number; column: number; rowCount: number; columnCount: number };

/** Column letter as Excel shows it: 0 → `A`, 25 → `Z`, 26 → `AA`. */
export function columnLetter(index: number): string {
  let letters = '';
  let rest = Math.max(0, Math.floor(index)) + 1;
  while (rest > 0) {
    const remainder = (rest - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/**
 * 0-based column of a column's letters or of a cell reference, case ignored: `A` → 0, `ab3` → 27, `XFD` → 16383;
 * what follows the letters is not read. Undefined when it does not start with one to three letters.
 */
export function columnIndex(reference: string): number | undefined {
  let index = 0;
  let letters = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
    letters++;
  }
  return letters === 0 || letters > 3 ? undefined : index - 1;
}

/** "B3" from a 0-based cell. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

const A1_CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** "B3", "b3" or "$B$3" → { row: 2, column: 1 }; undefined for anything but one cell of the grid. */
export function parseCellAddress(address: string): CellPosition | undefined {
  const match = A1_CELL.exec(address.trim());
  if (!match?.[1] || !match[2]) return undefined;
  const column = columnIndex(match[1]);
  const row = Number(match[2]) - 1;
  if (column === undefined || column >= MAX_COLUMNS || row < 0 || row >= MAX_ROWS) return undefined;
  return { row, column };
}

/** "B3" or "B3:D7", from a 0-based rectangle. */
export function rectAddress(rect: CellRect): string {
  const start = cellAddress(rect.row, rect.column);
  if (rect.rowCount === 1 && rect.columnCount === 1) return start;
  return `${start}:${cellAddress(rect.row + rect.rowCount - 1, rect.column + rect.columnCount - 1)}`;
}

/** "B3:D7" from its first and last cells, always as a range (a single cell too: "B3:B3"). */
export function rangeAddress(first: CellPosition, last: CellPosition): string {
  return `${cellAddress(first.row, first.column)}:${cellAddress(last.row, last.column)}`;
}

/** "B3" or "B3:D7" (corners in any order) → its rectangle; undefined for anything else (whole columns, lists…). */
export function parseRectAddress(address: string): CellRect | undefined {
  const parts = address.split(':');
  if (parts.length > 2) return undefined;
  const first = parseCellAddress(parts[0] ?? '');
  const second = parts[1] === undefined ? first : parseCellAddress(parts[1]);
  if (first === undefined || second === undefined) return undefined;
  const row = Math.min(first.row, second.row);
  const column = Math.min(first.column, second.column);
  return {
    row,
    column,
    rowCount: Math.max(first.row, second.row) - row + 1,
    columnCount: Math.max(first.column, second.column) - column + 1,
  };
}

/** "C:C" for a 0-based column. */
export function columnAddress(column: number): string {
  const letter = columnLetter(column);
  return `${letter}:${letter}`;
}

/** "A1,C3:D4" → ["A1", "C3:D4"] (our own lists: no sheet names, no quotes). */
export function splitAddressList(addresses: string): string[] {
  return addresses
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
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

/** Every cell of rectangles, as "B3" addresses. */
export function cellsOfRects(rects: readonly CellRect[]): string[] {
  return positionsOfRects(rects).map((cell) => cellAddress(cell.row, cell.column));
}

/** The key of a cell in sets and maps: { row: 2, column: 1 } → "2,1". */
export function cellKey(cell: CellPosition): string {
  return `${cell.row},${cell.column}`;
}

/** "2,1" → { row: 2, column: 1 } (a part that is missing reads 0). */
export function parseCellKey(key: string): CellPosition {
  const [row = 0, column = 0] = key.split(',').map(Number);
  return { row, column };
}

/** "B3" → "2,1"; an address that is not one cell keeps its text (so it matches no cell's key). */
export function cellKeyOfAddress(address: string): string {
  const cell = parseCellAddress(address);
  return cell === undefined ? address : cellKey(cell);
}
