import { COLUMN_KEYS, type ColumnKey } from '@/domain';

/** The form's text per template key ('' = empty). */
export type ClientDraft = Record<ColumnKey, string>;

/** A draft from stored (or default) values: null and absent become ''. */
export function draftOf(values: Partial<Record<ColumnKey, string | null>>): ClientDraft {
  return Object.fromEntries(COLUMN_KEYS.map((key) => [key, values[key] ?? ''])) as ClientDraft;
}

/** What the store takes: trimmed texts, null for empty ones. */
export function inputOf(draft: ClientDraft): Record<ColumnKey, string | null> {
  return Object.fromEntries(COLUMN_KEYS.map((key) => [key, draft[key].trim() === '' ? null : draft[key].trim()])) as Record<
    ColumnKey,
    string | null
  >;
}

/** The keys whose text differs between two drafts (spaces around ignored). */
export function changedKeys(before: ClientDraft, after: ClientDraft): ColumnKey[] {
  return COLUMN_KEYS.filter((key) => before[key].trim() !== after[key].trim());
}
