import { COLUMN_KEYS, type ColumnKey } from '../template/ColumnKey';
import type { ClientValues, FullClientValues } from '../validation/ClientValues';

/**
 * True when two normalised values of one template key are the same: the rule by which a write is `unchanged` and by
 * which a merge tells what each side changed (an absent value and null both mean an empty cell). The values must come
 * out of the template engine (createValueNormalizer), so `022 123 45 67` and `+41221234567` already agree.
 */
export function sameValue(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? null) === (b ?? null);
}

/** The template keys whose normalised values differ between `before` and `after`, in template order. */
export function changedKeys(before: ClientValues, after: ClientValues): ColumnKey[] {
  return COLUMN_KEYS.filter((key) => !sameValue(before[key], after[key]));
}

/** A three-way merge's answer: the merged values, the store's values the sheet did not change (kept), the true conflicts. */
export type ThreeWayMerge = {
  /** `store` with the keys only the sheet changed set to the sheet's value (conflicting keys keep the store's value). */
  values: FullClientValues;
  /** Keys the sheet carries that the store changed and the sheet did not: the store's value stays and the sheet is behind. */
  kept: ColumnKey[];
  /** Keys the sheet and the store both changed, to different values. */
  conflicts: ColumnKey[];
};

/**
 * Merges a sheet row with the store, from the version the row was filled from (`base`). For each template key the sheet
 * carries (absent from `sheet`: the row does not say, so the store's value stays and nothing is reported): changed by the
 * sheet only → the sheet's value; by the store only → the store's (`kept`); by both to the same value → that value; by
 * both differently → `conflicts`. Values are compared with `sameValue`, so all three must be normalised alike.
 */
export function mergeThreeWay(base: FullClientValues, sheet: ClientValues, store: FullClientValues): ThreeWayMerge {
  const values: FullClientValues = { ...store };
  const kept: ColumnKey[] = [];
  const conflicts: ColumnKey[] = [];
  for (const key of COLUMN_KEYS) {
    if (sheet[key] === undefined) continue;
    const sheetValue = sheet[key] ?? null;
    const sheetChanged = !sameValue(base[key], sheetValue);
    const storeChanged = !sameValue(base[key], store[key]);
    if (sheetChanged && !storeChanged) values[key] = sheetValue;
    else if (storeChanged && !sheetChanged) kept.push(key);
    else if (sheetChanged && storeChanged && !sameValue(sheetValue, store[key])) conflicts.push(key);
  }
  return { values, kept, conflicts };
}
