import { cellToText } from '../cells/cellToText';
import { clientTemplate } from '../template/clientTemplate';
import type { ColumnKey } from '../template/ColumnKey';
import { columnLetter } from '../addresses/sheetAddress';
import type { DuplicateColumn, HeaderColumns, MappedColumn, UnknownColumn } from './HeaderColumns';
import { matchHeader } from './matchHeader';

/**
 * Maps a header row to template keys. An exact match beats a typo match for the same key; a second
 * header for a key already taken is listed as duplicate, never silently merged. Blank header cells
 * are ignored. `firstColumn` is the 0-based sheet column of `row[0]`.
 */
export function matchHeaders(row: readonly unknown[], firstColumn = 0): HeaderColumns {
  const candidates = new Map<ColumnKey, { index: number; header: string; exact: boolean }[]>();
  const unknown: UnknownColumn[] = [];
  for (let index = 0; index < row.length; index++) {
    const header = cellToText(row[index]);
    if (header.length === 0) continue;
    const match = matchHeader(header);
    if (match === undefined) {
      unknown.push({ header, column: columnLetter(firstColumn + index), index });
      continue;
    }
    const list = candidates.get(match.key) ?? [];
    list.push({ index, header, exact: match.kind === 'exact' });
    candidates.set(match.key, list);
  }
  const mapped: MappedColumn[] = [];
  const duplicate: DuplicateColumn[] = [];
  for (const [key, list] of candidates) {
    const winner = list.find((candidate) => candidate.exact) ?? list[0];
    if (winner === undefined) continue;
    const winnerColumn = columnLetter(firstColumn + winner.index);
    mapped.push({ header: winner.header, key, column: winnerColumn, index: winner.index });
    for (const other of list) {
      if (other === winner) continue;
      duplicate.push({
        header: other.header,
        key,
        column: columnLetter(firstColumn + other.index),
        index: other.index,
        firstColumn: winnerColumn,
        firstHeader: winner.header,
      });
    }
  }
  mapped.sort((a, b) => a.index - b.index);
  duplicate.sort((a, b) => a.index - b.index);
  const mappedKeys = new Set(mapped.map((column) => column.key));
  const missingRequired = clientTemplate.filter((column) => column.required && !mappedKeys.has(column.key)).map((column) => column.key);
  return { mapped, missingRequired, unknown, duplicate };
}
