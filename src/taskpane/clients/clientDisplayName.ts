import type { ColumnKey } from '@/domain';

/** "Dupont Marie" (last name first, as the list is sorted), else the company, else the code. */
export function clientDisplayName(values: Partial<Record<ColumnKey, string | null>>): string {
  const name = [values.lastName, values.firstName].filter((part) => part !== null && part !== undefined && part !== '').join(' ');
  return name || values.company || values.code || '—';
}
