import { uniqueViolationColumn } from '../db/uniqueViolationColumn';
import { StoreError } from '../errors/StoreError';
import type { Lang } from '../i18n/preferredLanguage';
import { storeFieldError } from './valueErrors';

/** A unique violation on email or code (a concurrent write won the race) becomes 409 conflict naming the field; anything else is rethrown. */
export function rethrowUniqueViolation(error: unknown, lang: Lang): never {
  const column = uniqueViolationColumn(error);
  if (column === 'email') throw new StoreError('conflict', [storeFieldError('email', 'email.taken', lang)]);
  if (column === 'code') throw new StoreError('conflict', [storeFieldError('code', 'code.taken', lang)]);
  throw error;
}
