import { cellToText } from '../cells/cellToText';
import { isEmptyRow } from '../validation/isEmptyRow';
import { isAddInHeader } from './addInHeaders';
import { mappingLabel } from './ColumnMapping';
import { findHeaderRow } from './findHeaderRow';
import { sourceColumns, type SourceColumn } from './sourceColumns';

/** Longest signature kept: beyond, the rest of the header row is left out (a mapping for 300 columns is still found). */
export const MAX_SIGNATURE_LENGTH = 4000;

/**
 * A header row's signature, the key of a remembered mapping: its non-empty headers in order, each folded as a mapping
 * compares them (case, accents, spaces and punctuation ignored), joined by `|`. Two exports of one tool share it; a
 * column added, removed or moved changes it, but not the add-in's own columns ("Statut import" written back by an import,
 * "Anomalies"): a sheet keeps its remembered mapping through an import. Empty when the row has no header.
 */
export function headerSignature(row: readonly unknown[]): string {
  const labels: string[] = [];
  for (const cell of Array.isArray(row) ? row : []) {
    const text = cellToText(cell);
    const label = mappingLabel(text);
    if (label !== '' && !isAddInHeader(text)) labels.push(label);
  }
  return labels.join('|').slice(0, MAX_SIGNATURE_LENGTH);
}

/** The row a remembered mapping is looked up by, and the columns a mapping step lists for it. */
export type SheetHeaderRow = { index: number; signature: string; columns: SourceColumn[] };

/**
 * The row of `firstRows` (the first rows of a sheet) that a mapping is keyed by: the header row the engine alone finds
 * there, else the first non-empty row (a sheet whose headers nothing reads yet can still be mapped). Its signature and
 * its columns with their first values. Null for empty rows.
 */
export function sheetHeaderRow(firstRows: readonly (readonly unknown[])[], firstColumn = 0): SheetHeaderRow | null {
  const rows = Array.isArray(firstRows) ? firstRows : [];
  const index = findHeaderRow(rows, firstColumn)?.index ?? rows.findIndex((row) => !isEmptyRow(row));
  const row = rows[index];
  if (index < 0 || row === undefined) return null;
  return { index, signature: headerSignature(row), columns: sourceColumns(row, rows.slice(index + 1), firstColumn) };
}

/** The signature of the row a mapping is keyed by (sheetHeaderRow); empty for empty rows. */
export function sheetHeaderSignature(firstRows: readonly (readonly unknown[])[], firstColumn = 0): string {
  return sheetHeaderRow(firstRows, firstColumn)?.signature ?? '';
}
