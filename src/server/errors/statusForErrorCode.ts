import type { ErrorCode } from '@/contract/ErrorCode';

/** The HTTP status of each error code; the switch is exhaustive, so a new code does not compile until it has one. */
export function statusForErrorCode(code: ErrorCode): number {
  switch (code) {
    case 'validation_failed':
      return 400;
    case 'unauthorized':
      return 401;
    case 'forbidden_origin':
      return 403;
    case 'not_found':
    case 'mapping_not_found':
      return 404;
    case 'conflict':
    case 'client.possibleDuplicate':
      return 409;
    case 'payload_too_large':
      return 413;
    case 'idempotency_mismatch':
      return 422;
    case 'precondition_required':
      return 428;
    case 'rate_limited':
      return 429;
    case 'internal':
      return 500;
    case 'store_unavailable':
      return 503;
    default: {
      const unknownCode: never = code;
      throw new Error(`no status for error code ${String(unknownCode)}`);
    }
  }
}
