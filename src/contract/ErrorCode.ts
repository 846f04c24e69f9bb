/** Every error code the store API can answer with. Server and pane switch on these, never on message text. */
export const ErrorCode = [
  'unauthorized',
  'forbidden_origin',
  'not_found',
  /** No remembered column mapping for this header signature (GET /api/v1/mappings?signature=…, …/history). */
  'mapping_not_found',
  'validation_failed',
  'conflict',
  /** POST /api/v1/clients: the store probably has this client already (409 with `candidates`; `allowDuplicate` creates it). */
  'client.possibleDuplicate',
  'precondition_required',
  'payload_too_large',
  'idempotency_mismatch',
  'rate_limited',
  'internal',
  /** The database is unavailable for now (down, restarting, locked, or too many concurrent writes): 503 with Retry-After. */
  'store_unavailable',
] as const;
export type ErrorCode = (typeof ErrorCode)[number];
