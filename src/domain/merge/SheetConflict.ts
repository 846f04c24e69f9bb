import type { ColumnKey } from '../template/ColumnKey';

/**
 * One field of a sheet row that the sheet and the store both changed, to different values, since the version the row
 * was filled from: an import does not write the row, a refresh does not overwrite the cell. The values are normalised
 * (the template engine's), null for an empty cell.
 */
export type FieldConflict = { key: ColumnKey; sheet: string | null; store: string | null };

/**
 * A sheet row in conflict with the store: where it is (sheet row number, 1-based), whose client it is, the client's
 * current version in the store (taking the sheet's values means writing them over that version), and its conflicting
 * fields in template order. The one shape the pane lists, whether an import or a refresh found it.
 */
export type SheetConflict = {
  row: number;
  clientId: string;
  code: string | null;
  currentVersion: number;
  fields: FieldConflict[];
};
