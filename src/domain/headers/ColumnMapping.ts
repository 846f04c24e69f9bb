import { COLUMN_KEYS, type ColumnKey } from '../template/ColumnKey';
import { foldText } from '../text/foldText';
import type { HeaderField } from './headerVocabulary';

/** What a user says a source column feeds: a template key, a full name (Nom and Prénom), a birth-date part, or nothing. */
export type MappingTarget = HeaderField | 'ignore';

/** The targets a mapping may name, in the order a mapping list shows them after the template keys. */
export const MAPPING_TARGETS: readonly MappingTarget[] = [...COLUMN_KEYS, 'fullName', 'birthDay', 'birthMonth', 'birthYear', 'ignore'];

export function isMappingTarget(value: unknown): value is MappingTarget {
  return typeof value === 'string' && (MAPPING_TARGETS as readonly string[]).includes(value);
}

/** One decision: the column with this header text feeds `target`. */
export type ColumnMappingEntry = { header: string; target: MappingTarget };

/**
 * A confirmed mapping (the pane's mapping step, a remembered mapping, the CLI's `--mapping` / `--map`): decisions by
 * header text. Headers it does not name are read by the engine. When the same header text appears more than once in
 * the sheet, its n-th occurrence takes the n-th entry of that text (the last one when there are fewer).
 */
export type ColumnMapping = readonly ColumnMappingEntry[];

/** How a header is compared with a mapping's: case, accents, spaces and punctuation ignored. */
export function mappingLabel(header: string): string {
  return foldText(header);
}

/**
 * The decision of `mapping` for each header of `headers` (by position), undefined where it says nothing. Blank headers
 * get none.
 */
export function mappingDecisions(headers: readonly string[], mapping: ColumnMapping | undefined): (MappingTarget | undefined)[] {
  if (mapping === undefined || mapping.length === 0) return headers.map(() => undefined);
  const byLabel = new Map<string, MappingTarget[]>();
  for (const entry of mapping) {
    const label = mappingLabel(entry.header);
    if (label === '') continue;
    byLabel.set(label, [...(byLabel.get(label) ?? []), entry.target]);
  }
  const seen = new Map<string, number>();
  return headers.map((header) => {
    const label = mappingLabel(header);
    const targets = label === '' ? undefined : byLabel.get(label);
    if (targets === undefined) return undefined;
    const occurrence = seen.get(label) ?? 0;
    seen.set(label, occurrence + 1);
    return targets[Math.min(occurrence, targets.length - 1)];
  });
}

/** A template key a mapping target feeds directly (not a full name, a birth-date part or nothing). */
export function isColumnKeyTarget(target: MappingTarget): target is ColumnKey {
  return (COLUMN_KEYS as readonly string[]).includes(target);
}
