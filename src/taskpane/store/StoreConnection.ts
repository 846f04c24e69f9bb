import type { StoreClientErrorCode } from '@/api-client/StoreClientError';
import type { Health } from '@/contract/Health';

/** What a check of the store found: reachable and token accepted, or why not. */
export type StoreConnection =
  | { state: 'connected'; database: Health['database']; version: string; homeCountry: string }
  | { state: 'token_refused' }
  | { state: 'unreachable' }
  | { state: 'failed'; code: StoreClientErrorCode };

/** The status line's states: a connection result, or why there is none yet. */
export type StoreStatus = StoreConnection | { state: 'not_configured' } | { state: 'checking' };
