import type { ClientValues, ColumnKey, SheetConflict } from '@/domain';
import type { ImportRow } from '@/contract/ImportRequest';

/** Which side a conflicting field keeps: the sheet's value (written over the store's) or the store's (written into the sheet). */
export type ConflictKeep = 'sheet' | 'store';

/** The user's choices so far, by row and field (conflictChoiceKey); a field without a choice is undecided. */
export type ConflictChoices = Readonly<Record<string, ConflictKeep>>;

/** A row every conflicting field of which has a choice: the store's values the sheet takes, the rest stays the sheet's. */
export type ConflictResolution = { conflict: SheetConflict; storeValues: ClientValues };

export function conflictChoiceKey(row: number, key: ColumnKey): string {
  return `${row}:${key}`;
}

/** `choices` with every field of `conflicts` set to `keep` (a row's « Garder la feuille », or « … pour tous »). */
export function chooseAll(choices: ConflictChoices, conflicts: readonly SheetConflict[], keep: ConflictKeep): ConflictChoices {
  const next: Record<string, ConflictKeep> = { ...choices };
  for (const conflict of conflicts) for (const field of conflict.fields) next[conflictChoiceKey(conflict.row, field.key)] = keep;
  return next;
}

/** The rows whose every field is decided, in the order given; the others wait. */
export function decidedRows(conflicts: readonly SheetConflict[], choices: ConflictChoices): ConflictResolution[] {
  const resolutions: ConflictResolution[] = [];
  for (const conflict of conflicts) {
    const keeps = conflict.fields.map((field) => choices[conflictChoiceKey(conflict.row, field.key)]);
    if (keeps.some((keep) => keep === undefined)) continue;
    const storeValues: ClientValues = {};
    conflict.fields.forEach((field, index) => {
      if (keeps[index] === 'store') storeValues[field.key] = field.store;
    });
    resolutions.push({ conflict, storeValues });
  }
  return resolutions;
}

/**
 * The decided rows as they are imported again: the values the row was sent with, the store's where the user kept
 * them, at the client's current version (so the store applies the sheet's other values and nothing is lost, unless the
 * client changed once more meanwhile: then it is a conflict again).
 */
export function resolvedImportRows(sentRows: readonly ImportRow[], resolutions: readonly ConflictResolution[]): ImportRow[] {
  const sent = new Map(sentRows.map((row) => [row.row, row]));
  return resolutions.flatMap(({ conflict, storeValues }) => {
    const row = sent.get(conflict.row);
    return row === undefined ? [] : [{ row: row.row, version: conflict.currentVersion, values: { ...row.values, ...storeValues } }];
  });
}
