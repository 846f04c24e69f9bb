import type { RuleProblem } from '../issues/RuleProblem';
import { ruleProblem } from '../issues/RuleProblem';
import type { ColumnKey } from '../template/ColumnKey';
import type { ClientValues } from './ClientValues';

export type DuplicateProblem = RuleProblem & { key: ColumnKey };
export type DuplicateFinder = (row: number, values: ClientValues, invalidKeys: ReadonlySet<ColumnKey>) => DuplicateProblem[];

/**
 * Remembers each valid client code (values of keys in `invalidKeys` are skipped) and email (case ignored) with the first row that holds it, and
 * reports a later row holding the same one: `code.duplicate` / `email.duplicate` naming the earlier row.
 */
export function createDuplicateFinder(): DuplicateFinder {
  const codes = new Map<string, number>();
  const emails = new Map<string, number>();
  return (row, values, invalidKeys) => {
    const problems: DuplicateProblem[] = [];
    check(codes, 'code', 'code.duplicate', row, values, invalidKeys, problems);
    check(emails, 'email', 'email.duplicate', row, values, invalidKeys, problems);
    return problems;
  };
}

function check(
  seen: Map<string, number>,
  key: 'code' | 'email',
  code: 'code.duplicate' | 'email.duplicate',
  row: number,
  values: ClientValues,
  invalidKeys: ReadonlySet<ColumnKey>,
  problems: DuplicateProblem[],
) {
  const value = values[key];
  if (typeof value !== 'string' || value.length === 0 || invalidKeys.has(key)) return;
  const folded = value.toLowerCase();
  const firstRow = seen.get(folded);
  if (firstRow === undefined) seen.set(folded, row);
  else problems.push({ key, ...ruleProblem(code, { firstRow }) });
}
