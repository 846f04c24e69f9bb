import { ErrorCode } from '@/contract/ErrorCode';
import type { FieldError } from '@/contract/ApiError';
import type { Client } from '@/contract/Client';
import type { DuplicateCandidate } from '@/contract/DuplicateCandidate';

/** Failures of the client itself, before or instead of an error body from the store. */
export const ClientFailureCode = ['unreachable', 'timeout', 'aborted', 'invalid_response'] as const;
export type ClientFailureCode = (typeof ClientFailureCode)[number];

/**
 * Store codes that say "there is none" where a method answers null for them (`getMapping`: `mapping_not_found`); a
 * StoreClientError never carries one (should the store answer one elsewhere, the error says `not_found`).
 */
export const AbsentCode = ['mapping_not_found'] as const satisfies readonly ErrorCode[];
export type AbsentCode = (typeof AbsentCode)[number];

/** Every code a `StoreClientError` can carry: the client's own failures and the store's `ErrorCode`s (but the absent ones). */
export type StoreClientErrorCode = ClientFailureCode | Exclude<ErrorCode, AbsentCode>;
export const StoreClientErrorCode: readonly StoreClientErrorCode[] = [
  ...ClientFailureCode,
  ...ErrorCode.filter((code): code is Exclude<ErrorCode, AbsentCode> => !(AbsentCode as readonly ErrorCode[]).includes(code)),
];

type StoreClientErrorDetails = {
  /** HTTP status when the store answered. */
  status?: number;
  /** Field errors from the store's error body. */
  fields?: FieldError[];
  /** On a 409 for a stale `If-Match`: the client as it is now in the store. */
  current?: Client;
  /** On a 409 of a merge or unmerge: the other client as it is now (`current` being the survivor). */
  other?: Client;
  /** On a 409 `client.possibleDuplicate`: the stored clients the new one probably is, best first. */
  candidates?: DuplicateCandidate[];
  cause?: unknown;
};

/**
 * The one error type thrown by the store client. Switch on `code`; `message` is for logs only
 * (people see a text chosen from the code, in their language).
 */
export class StoreClientError extends Error {
  readonly code: StoreClientErrorCode;
  readonly status: number | undefined;
  readonly fields: FieldError[];
  readonly current: Client | undefined;
  readonly other: Client | undefined;
  readonly candidates: DuplicateCandidate[];

  constructor(code: StoreClientErrorCode, message: string, details: StoreClientErrorDetails = {}) {
    super(message, { cause: details.cause });
    this.name = 'StoreClientError';
    this.code = code;
    this.status = details.status;
    this.fields = details.fields ?? [];
    this.current = details.current;
    this.other = details.other;
    this.candidates = details.candidates ?? [];
  }
}

export function isStoreClientError(error: unknown): error is StoreClientError {
  return error instanceof StoreClientError;
}
