import { cellToText } from '../cells/cellToText';
import { mappingLabel } from './ColumnMapping';

/** Longest signature kept: beyond, the rest of the header row is left out (a mapping for 300 columns is still found). */
export const MAX_SIGNATURE_LENGTH = 4000;

/**
 * A header row's signature, the key of a remembered mapping: its non-empty headers in order, each folded as a mapping
 * compares them (case, accents, spaces and punctuation ignored), joined by `|`. Two exports of one tool share it; a
 * column added, removed or moved changes it. Empty when the row has no header.
 */
export function headerSignature(row: readonly unknown[]): string {
  const labels: string[] = [];
  for (const cell of Array.isArray(row) ? row : []) {
    const label = mappingLabel(cellToText(cell));
    if (label !== '') labels.push(label);
  }
  return labels.join('|').slice(0, MAX_SIGNATURE_LENGTH);
}
