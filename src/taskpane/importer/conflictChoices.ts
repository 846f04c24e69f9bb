import type { ClientValues, ColumnKey, SheetConflict } from '@/domain';
import type { ImportRow } from '@/contract/ImportRequest';

/** Which side a conflicting field keeps: the sheet's value (written over the store's) or the store's (written into the sheet). */
export type ConflictKeep = 'sheet' | 'store';

/** The user's choices so far, by row and field (conflictChoiceKey); a field without a choice is undecided. */
export type ConflictChoices = Readonly<Record<string, ConflictKeep>>;

/** A row every conflicting field of which has a choice: the store's values the sheet takes, the sheet's the store takes. */
export type ConflictResolution = { conflict: SheetConflict; storeValues: ClientValues; sheetValues: ClientValues };

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
    const sheetValues: ClientValues = {};
    conflict.fields.forEach((field, index) => {
      if (keeps[index] === 'store') storeValues[field.key] = field.store;
      else sheetValues[field.key] = field.sheet;
    });
    resolutions.push({ conflict, storeValues, sheetValues });
  }
  return resolutions;
}

/**
 * The decided rows as they are imported again, first step: as they were sent (same version, so the three-way merge
 * still applies the sheet's other edits and keeps the store's), with the store's value in every conflicting field: the
 * merge then goes through. The fields where the user kept the sheet go in the second step (sheetChoiceRows).
 */
export function resolvedImportRows(sentRows: readonly ImportRow[], resolutions: readonly ConflictResolution[]): ImportRow[] {
  const sent = new Map(sentRows.map((row) => [row.row, row]));
  return resolutions.flatMap(({ conflict }) => {
    const row = sent.get(conflict.row);
    if (row === undefined) return [];
    const storeSide = Object.fromEntries(conflict.fields.map((field) => [field.key, field.store]));
    return [{ ...row, values: { ...row.values, ...storeSide } }];
  });
}

/**
 * The second step: for each row the first step wrote (at its new `version`), the fields where the user kept the sheet,
 * alone (absent keys stay as stored), matched by the client's code.
 */
export function sheetChoiceRows(
  written: readonly { row: number; code?: string | null; version?: number | null }[],
  resolutions: readonly ConflictResolution[],
): ImportRow[] {
  const byRow = new Map(resolutions.map((resolution) => [resolution.conflict.row, resolution]));
  return written.flatMap((outcome) => {
    const resolution = byRow.get(outcome.row);
    if (!resolution || typeof outcome.version !== 'number' || Object.keys(resolution.sheetValues).length === 0) return [];
    const code = outcome.code ?? resolution.conflict.code;
    return [{ row: outcome.row, version: outcome.version, values: { code, ...resolution.sheetValues } }];
  });
}
