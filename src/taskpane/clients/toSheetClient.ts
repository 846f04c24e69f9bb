import { templateCellValues, type ColumnKey } from '@/domain';
import type { SheetClient } from '@/excel/template/writeClientsToSheet';

/**
 * A client's template values as the sheet writer takes them (store-managed fields left out), as the template's cells
 * show them: phones international, the UID formatted, countries and language by their French names.
 */
export function toSheetClient(values: Partial<Record<ColumnKey, string | null>>): SheetClient {
  return templateCellValues(values);
}
