import type { ExcelErrorCode } from './excelErrorCode';
import { ExcelOperationError } from './ExcelOperationError';

const byOfficeCode: Record<string, ExcelErrorCode> = {
  ItemNotFound: 'item_not_found',
  ItemAlreadyExists: 'item_already_exists',
  InvalidArgument: 'invalid_argument',
  InvalidReference: 'invalid_argument',
  InvalidSelection: 'invalid_argument',
  InvalidCellAddress: 'invalid_argument',
  RequestPayloadSizeLimitExceeded: 'request_too_large',
  ResponsePayloadSizeLimitExceeded: 'response_too_large',
  RangeExceedsLimit: 'range_too_large',
  OperationCellsExceedLimit: 'range_too_large',
  AccessDenied: 'access_denied',
  InvalidOperationInCellEditMode: 'cell_edit_mode',
  ActivityLimitReached: 'busy',
  ServiceNotAvailable: 'busy',
  Conflict: 'conflict',
  ApiNotFound: 'api_not_supported',
  ApiNotAvailable: 'api_not_supported',
  NotImplemented: 'api_not_supported',
  UnsupportedOperation: 'api_not_supported',
  UndoNotSupported: 'undo_not_supported',
  InvalidOperation: 'not_allowed_now',
  WriteNotSupportedWhenModalDialogOpen: 'dialog_open',
};

/** Office's code and HTTP status of a raw error (OfficeExtension.Error), when it has them. */
function officeFields(error: unknown): { code: string | null; httpStatusCode: number | null } {
  if (typeof error !== 'object' || error === null) return { code: null, httpStatusCode: null };
  const { code, httpStatusCode } = error as { code?: unknown; httpStatusCode?: unknown };
  return { code: typeof code === 'string' ? code : null, httpStatusCode: typeof httpStatusCode === 'number' ? httpStatusCode : null };
}

/**
 * Whether Excel refused a request for its size, in every form office.js reports it: `RequestPayloadSizeLimitExceeded`
 * (HTTP 400) or `ResponsePayloadSizeLimitExceeded`, a range over the cell limit, and the older Excel on the web's
 * `GeneralException` with HTTP 500 ("An internal error has occurred", office-js #1314). The last form is also what
 * other internal errors look like: a caller that retries smaller must stop at one row.
 */
export function isPayloadLimitError(error: unknown): boolean {
  const { code, httpStatusCode } = officeFields(error);
  if (code === 'GeneralException') return httpStatusCode === 500;
  const ours = error instanceof ExcelOperationError ? error.code : code === null ? null : byOfficeCode[code];
  return ours === 'request_too_large' || ours === 'response_too_large' || ours === 'range_too_large';
}

/** Anything thrown during an Excel operation → ExcelOperationError (an unknown Office code becomes 'unknown'). */
export function toExcelOperationError(error: unknown): ExcelOperationError {
  if (error instanceof ExcelOperationError) return error;
  const officeCode = officeFields(error).code;
  return new ExcelOperationError(officeCode === null ? 'unknown' : (byOfficeCode[officeCode] ?? 'unknown'), officeCode);
}
