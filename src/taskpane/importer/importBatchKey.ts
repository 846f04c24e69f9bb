import type { ImportMode, ImportRow } from '@/contract/ImportRequest';
import { contentHash } from '@/domain';

/**
 * The `Idempotency-Key` of a batch, derived from what it sends (sheet, mode, rows and values) and the pane's import
 * session (`session`): sending the same batch again in the session (a retry after a dropped connection or a
 * Cancel) reuses the key, so the store applies it once; a batch that differs in anything gets another key. A new
 * session (after "Annuler cet import", or a reloaded pane) gets new keys, so the store does not replay answers about
 * clients an undo removed; across sessions, rows already stored still match by code or email (no duplicate).
 */
export function importBatchKey(session: string, sheetName: string, mode: ImportMode, rows: readonly ImportRow[]): string {
  return `suivi-import-${contentHash(JSON.stringify([session, sheetName, mode, rows]), 2)}`;
}

/** A random import session id (16 hex digits). */
export function newImportSession(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
