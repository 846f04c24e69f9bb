import { templateCellValues, type ColumnKey } from '@/domain';
import type { SheetClient } from '@/excel/template/writeClientsToSheet';

/**
 * A client's template values as the sheet writer takes them (other store-managed fields left out), as the template's
 * cells show them: phones international, the UID formatted, countries and language by their French names; and its
 * `version`, when it is a stored client (the sheet keeps it for the next import).
 */
export function toSheetClient(values: Partial<Record<ColumnKey, string | null>> & { version?: number }): SheetClient {
  const cells = templateCellValues(values);
  return values.version === undefined ? cells : { ...cells, version: values.version };
}
