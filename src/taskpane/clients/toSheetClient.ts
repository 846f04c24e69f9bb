import { COLUMN_KEYS, type ColumnKey } from '@/domain';
import type { SheetClient } from '@/excel/template/writeClientsToSheet';

/** A client's template values as the sheet writer takes them (store-managed fields left out). */
export function toSheetClient(values: Partial<Record<ColumnKey, string | null>>): SheetClient {
  return Object.fromEntries(COLUMN_KEYS.map((key) => [key, values[key] ?? null]));
}
