import type { HeaderColumns } from '../headers/HeaderColumns';
import { versionHeader } from '../messages/sheetTexts';
import { foldText } from '../text/foldText';

/** The values' index of the sheet's "Version" column (one of the add-in's own columns), or undefined when it has none. */
export function versionColumnIndex(columns: Pick<HeaderColumns, 'addIn'>): number | undefined {
  const folded = foldText(versionHeader);
  return columns.addIn.find((column) => foldText(column.header) === folded)?.index;
}

/**
 * The client version a "Version" cell holds: a positive whole number, as a number or as the text the column's "@"
 * format keeps ("7", " 7 "). Anything else (empty, 2.5, "v7", 0) is no version: the row is imported without a check.
 */
export function readRowVersion(cell: unknown): number | undefined {
  const version = typeof cell === 'number' ? cell : typeof cell === 'string' && /^\s*\d+\s*$/.test(cell) ? Number(cell) : NaN;
  return Number.isSafeInteger(version) && version > 0 ? version : undefined;
}
