import type { ExcelErrorCode } from './excelErrorCode';

/**
 * An Excel operation that failed. `code` is ours (closed list); `officeCode` keeps Office's code for logs.
 * Office's message is never kept: it is not for end users (formatOfficeError gives the text to show).
 */
export class ExcelOperationError extends Error {
  constructor(
    readonly code: ExcelErrorCode,
    readonly officeCode: string | null = null,
  ) {
    super(`Excel operation failed: ${code}${officeCode ? ` (${officeCode})` : ''}`);
    this.name = 'ExcelOperationError';
  }
}
