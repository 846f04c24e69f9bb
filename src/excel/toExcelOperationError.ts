import type { ExcelErrorCode } from './excelErrorCode';
import { ExcelOperationError } from './ExcelOperationError';

const byOfficeCode: Record<string, ExcelErrorCode> = {
  ItemNotFound: 'item_not_found',
  ItemAlreadyExists: 'item_already_exists',
  InvalidArgument: 'invalid_argument',
  InvalidReference: 'invalid_argument',
  InvalidSelection: 'invalid_argument',
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
};

/** Anything thrown during an Excel operation → ExcelOperationError (an unknown Office code becomes 'unknown'). */
export function toExcelOperationError(error: unknown): ExcelOperationError {
  if (error instanceof ExcelOperationError) return error;
  const officeCode =
    typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
      ? (error as { code: string }).code
      : null;
  return new ExcelOperationError(officeCode === null ? 'unknown' : (byOfficeCode[officeCode] ?? 'unknown'), officeCode);
}
