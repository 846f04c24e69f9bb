import type { FieldError } from '@/contract/ApiError';
import type { Client } from '@/contract/Client';
import type { DuplicateCandidate } from '@/contract/DuplicateCandidate';
import type { ErrorCode } from '@/contract/ErrorCode';

/** An error the store answers on purpose: its HTTP status and message come from `code`. */
export class StoreError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fields: FieldError[] = [],
    /** For a 409 on a stale If-Match: the client as it is now (sent as `current`). */
    readonly current?: Client,
    /** For a 409 client.possibleDuplicate: the stored clients the new one probably is (sent as `candidates`). */
    readonly candidates?: DuplicateCandidate[],
    /** For a 409 on a merge or unmerge: the other client as it is now (sent as `other`, beside `current`). */
    readonly other?: Client,
  ) {
    super(code);
    this.name = 'StoreError';
  }
}
