/**
 * Every error an Excel operation can end with, as the pane sees it. runExcel maps Office's codes
 * (Excel.ErrorCodes, OfficeExtension.ErrorCodes) onto this closed list; the pane switches on it.
 */
export const ExcelErrorCode = [
  'not_in_excel',
  'api_not_supported',
  'item_not_found',
  'item_already_exists',
  'invalid_argument',
  'request_too_large',
  'response_too_large',
  'range_too_large',
  'access_denied',
  'cell_edit_mode',
  'busy',
  'conflict',
  'undo_not_supported',
  'not_allowed_now',
  'dialog_open',
  'unknown',
] as const;
export type ExcelErrorCode = (typeof ExcelErrorCode)[number];
