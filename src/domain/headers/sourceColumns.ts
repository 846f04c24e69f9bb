import { cellToText } from '../cells/cellToText';
import { columnLetter } from '../addresses/sheetAddress';
import { isAddInHeader } from './addInHeaders';

/** How many sample values a mapping step shows for a column. */
export const SAMPLE_VALUES = 3;

/** A column of the sheet as a mapping step lists it: its header and its first non-empty values. */
export type SourceColumn = { header: string; column: string; index: number; samples: string[] };

/**
 * The header row's non-blank columns but the add-in's own ("Statut import", "Anomalies": nothing to map), each with its first three non-empty values of `below` (the rows under the
 * header row). `firstColumn` is the 0-based sheet column of `header[0]`.
 */
export function sourceColumns(header: readonly unknown[], below: readonly (readonly unknown[])[], firstColumn = 0): SourceColumn[] {
  const columns: SourceColumn[] = [];
  for (let index = 0; index < header.length; index++) {
    const text = cellToText(header[index]);
    if (text === '' || isAddInHeader(text)) continue;
    const samples: string[] = [];
    for (const row of below) {
      if (samples.length === SAMPLE_VALUES) break;
      const value = Array.isArray(row) ? cellToText(row[index]) : '';
      if (value !== '') samples.push(value);
    }
    columns.push({ header: text, column: columnLetter(firstColumn + index), index, samples });
  }
  return columns;
}
