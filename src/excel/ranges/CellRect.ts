/** A rectangle of cells, 0-based (row 0 = Excel row 1, column 0 = A). */
export type CellRect = { row: number; column: number; rowCount: number; columnCount: number };

/** One cell, 0-based. */
export type CellPosition = { row: number; column: number };
