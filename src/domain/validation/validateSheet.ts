import { createSheetValidator } from './createSheetValidator';
import type { SheetValidation } from './SheetValidation';
import type { ValidateSheetOptions } from './ValidateSheetOptions';

/**
 * Validates a sheet's values (`unknown[][]`, as Excel or a file reader hands them over) against the
 * template: finds the header row among the first 20, maps the columns, then checks and normalises
 * every non-empty data row, and reports duplicates of code and email inside the sheet. Never throws.
 */
export function validateSheet(rows: readonly unknown[][], options: ValidateSheetOptions = {}): SheetValidation {
  const safeRows = Array.isArray(rows) ? rows : [];
  const validator = createSheetValidator(safeRows, options);
  validator.addRows(safeRows, 0);
  return validator.finish();
}
