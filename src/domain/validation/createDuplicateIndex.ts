import type { RuleProblem } from '../issues/RuleProblem';
import { ruleProblem } from '../issues/RuleProblem';
import type { ColumnKey } from '../template/ColumnKey';
import type { ClientValues } from './ClientValues';

export type DuplicateProblem = RuleProblem & { key: ColumnKey };

/**
 * The sheet's client codes and emails (case ignored) with the rows holding each: the first row holding one owns it, a
 * later row holding the same one is its duplicate (`code.duplicate` / `email.duplicate` naming the first row). Rows can
 * be taken out and put back (a cell was edited), so a fixed duplicate frees its twin.
 */
export type DuplicateIndex = {
  /** Indexes a row's code and email (values of keys in `invalidKeys` are skipped), in place of what it held before. */
  add: (row: number, values: ClientValues, invalidKeys: ReadonlySet<ColumnKey>) => void;
  /** Forgets a row; returns the other rows that held its code or email (their duplicates may have changed). */
  remove: (row: number) => number[];
  /** The other rows holding the row's code or email. */
  sharing: (row: number) => number[];
  /** The row's duplicate problems, by the rows indexed now. */
  problems: (row: number) => DuplicateProblem[];
};

const kinds = [
  { key: 'code', code: 'code.duplicate' },
  { key: 'email', code: 'email.duplicate' },
] as const;

export function createDuplicateIndex(): DuplicateIndex {
  // Per kind: folded value → the rows holding it, ascending.
  const holders = kinds.map(() => new Map<string, number[]>());
  // Per row: its folded value per kind (undefined: none indexed).
  const rowValues = new Map<number, (string | undefined)[]>();
  const others = (row: number, folded: readonly (string | undefined)[]) => {
    const rows = new Set<number>();
    folded.forEach((value, kind) => {
      if (value === undefined) return;
      for (const other of holders[kind]?.get(value) ?? []) if (other !== row) rows.add(other);
    });
    return [...rows];
  };
  const remove = (row: number): number[] => {
    const folded = rowValues.get(row);
    if (folded === undefined) return [];
    rowValues.delete(row);
    folded.forEach((value, kind) => {
      const map = holders[kind];
      const rows = value === undefined ? undefined : map?.get(value);
      if (rows === undefined || value === undefined) return;
      rows.splice(rows.indexOf(row), 1);
      if (rows.length === 0) map?.delete(value);
    });
    return others(row, folded);
  };
  return {
    add: (row, values, invalidKeys) => {
      remove(row);
      const folded = kinds.map(({ key }) => {
        const value = values[key];
        return typeof value !== 'string' || value.length === 0 || invalidKeys.has(key) ? undefined : value.toLowerCase();
      });
      rowValues.set(row, folded);
      folded.forEach((value, kind) => {
        const map = holders[kind];
        if (value === undefined || map === undefined) return;
        const rows = map.get(value);
        if (rows === undefined) map.set(value, [row]);
        else rows.splice(insertionPoint(rows, row), 0, row);
      });
    },
    remove,
    sharing: (row) => others(row, rowValues.get(row) ?? []),
    problems: (row) => {
      const folded = rowValues.get(row);
      const problems: DuplicateProblem[] = [];
      if (folded === undefined) return problems;
      kinds.forEach(({ key, code }, kind) => {
        const value = folded[kind];
        const firstRow = value === undefined ? undefined : holders[kind]?.get(value)?.[0];
        if (firstRow !== undefined && firstRow !== row) problems.push({ key, ...ruleProblem(code, { firstRow }) });
      });
      return problems;
    },
  };
}

/** Where `row` goes in ascending `rows` (rows mostly come in order: the end, at once). */
function insertionPoint(rows: readonly number[], row: number): number {
  const last = rows[rows.length - 1];
  if (last === undefined || last < row) return rows.length;
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((rows[middle] ?? 0) < row) low = middle + 1;
    else high = middle;
  }
  return low;
}
