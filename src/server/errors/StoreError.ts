import type { FieldError } from '@/contract/ApiError';
import type { Client } from '@/contract/Client';
import type { ErrorCode } from '@/contract/ErrorCode';

/** An error the store answers on purpose: its HTTP status and message come from `code`. */
export class StoreError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fields: FieldError[] = [],
    /** For a 409 on a stale If-Match: the client as it is now (sent as `current`). */
    readonly current?: Client,
  ) {
    super(code);
    this.name = 'StoreError';
  }
}
