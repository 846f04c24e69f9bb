import type { HeaderColumns } from '../headers/HeaderColumns';
import type { SourceColumn } from '../headers/sourceColumns';
import type { Issue } from '../issues/Issue';
import type { ClientValues } from './ClientValues';

/**
 * A non-empty data row: its sheet row number and its normalised values (mapped keys only); `version`, the client's
 * version its "Version" cell holds (readRowVersion), absent when the sheet has no such column or the cell no version.
 */
export type SheetRecord = { row: number; values: ClientValues; version?: number };

export type SheetValidation = {
  /** Sheet row number of the header row as Excel shows it; null when none of the first 20 rows is one. */
  headerRow: number | null;
  /** The header row's signature (headerSignature), the key of a remembered mapping; null without a header row. */
  headerSignature: string | null;
  /** The header row's columns with their first values, as a mapping step lists them; empty without a header row. */
  sourceColumns: SourceColumn[];
  columns: HeaderColumns;
  /** Non-empty data rows, the template's example row left out (an info issue says it is not imported). */
  rows: number;
  /** Non-empty data rows without any error (warnings allowed); 0 when a required column is missing. */
  validRows: number;
  /** Column issues first, then cell issues by row and column. */
  issues: Issue[];
  records: SheetRecord[];
};
