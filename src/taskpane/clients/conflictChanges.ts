import type { Client } from '@/contract/Client';
import { COLUMN_KEYS, type ColumnKey } from '@/domain';

export type ConflictChange = { key: ColumnKey; before: string | null; after: string | null };

/** What the other person changed: the template values that differ between the version edited and the current one. */
export function conflictChanges(base: Client, current: Client): ConflictChange[] {
  return COLUMN_KEYS.filter((key) => (base[key] ?? null) !== (current[key] ?? null)).map((key) => ({
    key,
    before: base[key] ?? null,
    after: current[key] ?? null,
  }));
}
