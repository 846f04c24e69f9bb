import { StoreError } from '../errors/StoreError';
import { fieldMessage } from '../i18n/fieldMessages';
import type { Lang } from '../i18n/preferredLanguage';

/** Where a page ended in the sort order (folded last name, folded first name, id). */
export type ClientCursor = { lastName: string; firstName: string; id: string };

/** The opaque `nextCursor`: base64url of the sort key of the page's last client. */
export function encodeCursor(cursor: ClientCursor): string {
  return Buffer.from(JSON.stringify([cursor.lastName, cursor.firstName, cursor.id]), 'utf8').toString('base64url');
}

/** Reads a cursor back; 400 validation_failed on `querystring.cursor` when it is not one of ours. */
export function decodeCursor(text: string, lang: Lang): ClientCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 3 && parsed.every((part) => typeof part === 'string')) {
      const [lastName, firstName, id] = parsed as [string, string, string];
      return { lastName, firstName, id };
    }
  } catch {
    // falls through to the validation error
  }
  throw new StoreError('validation_failed', [{ path: 'querystring.cursor', code: 'invalid_format', message: fieldMessage('invalid_format', {}, lang) }]);
}
