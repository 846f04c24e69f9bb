import type { ClientRow } from '../db/schema';
import { StoreError } from '../errors/StoreError';
import type { Lang } from '../i18n/preferredLanguage';
import { findClientOrThrow } from './findClientOrThrow';
import { findEmailOwner } from './findEmailOwner';
import { setDeletedAt } from './setDeletedAt';
import { storeFieldError } from './valueErrors';
import type { WriteContext } from './WriteContext';

/**
 * Brings a deleted client back (a new version, change `restored`); an active client is returned
 * as it is. 404 when unknown; 409 naming email when an active client took its email meanwhile.
 */
export async function restoreClient(context: WriteContext, id: string, lang: Lang): Promise<ClientRow> {
  const row = await findClientOrThrow(context.trx, id);
  if (row.deleted_at === null) return row;
  if ((await findEmailOwner(context.trx, row.email, id)) !== null) throw new StoreError('conflict', [storeFieldError('email', 'email.taken', lang)]);
  return setDeletedAt(context, row, 'restored', null);
}
