import type { FieldError } from '../../contract/ApiError';
import type { ErrorCode } from '../../contract/ErrorCode';

/** An error the store answers on purpose: its HTTP status and message come from `code`. */
export class StoreError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fields: FieldError[] = [],
  ) {
    super(code);
    this.name = 'StoreError';
  }
}
