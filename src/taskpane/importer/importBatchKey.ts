import type { ImportMode, ImportRow } from '@/contract/ImportRequest';

/** Two independent 53-bit string hashes (cyrb53 with two seeds), as 28 hex digits. */
function hash(text: string): string {
  const one = (seed: number) => {
    let h1 = 0xdeadbeef ^ seed;
    let h2 = 0x41c6ce57 ^ seed;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ code, 2654435761);
      h2 = Math.imul(h2 ^ code, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
  };
  return one(1) + one(2);
}

/**
 * The `Idempotency-Key` of a batch, derived from what it sends (sheet, mode, rows and values) and the pane's import
 * session (`session`): sending the same batch again in the session (a retry after a dropped connection or a
 * Cancel) reuses the key, so the store applies it once; a batch that differs in anything gets another key. A new
 * session (after "Annuler cet import", or a reloaded pane) gets new keys, so the store does not replay answers about
 * clients an undo removed; across sessions, rows already stored still match by code or email (no duplicate).
 */
export function importBatchKey(session: string, sheetName: string, mode: ImportMode, rows: readonly ImportRow[]): string {
  return `suivi-import-${hash(JSON.stringify([session, sheetName, mode, rows]))}`;
}

/** A random import session id (16 hex digits). */
export function newImportSession(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
