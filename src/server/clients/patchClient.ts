import type { FieldError } from '../../contract/ApiError';
import type { ClientPatch } from '../../contract/ClientPatch';
import { COLUMN_KEYS, normalizeClientValues } from '../../domain/index';
import type { ClientRow } from '../db/schema';
import { StoreError } from '../errors/StoreError';
import type { Lang } from '../i18n/preferredLanguage';
import { changedKeys, rowValues, type StoredValues } from './clientColumns';
import { findClientOrThrow } from './findClientOrThrow';
import { findEmailOwner } from './findEmailOwner';
import { isCodeTaken } from './isCodeTaken';
import { parseIfMatch } from './parseIfMatch';
import { rethrowUniqueViolation } from './rethrowUniqueViolation';
import { rowToClient } from './rowToClient';
import { updateClientRow } from './updateClientRow';
import { storeFieldError, valueErrors } from './valueErrors';
import type { WriteContext } from './WriteContext';

/**
 * Applies a patch to an active client read at version `ifMatch`: 428 without If-Match, 404 when
 * unknown or deleted, 409 with the current client when the version is stale (or when a concurrent
 * change wins), 400 with the engine's codes, 409 naming email or code when taken. The whole client
 * is re-checked by the template engine (a country change re-reads phones and postal code). A patch
 * that changes nothing writes no version. Returns the row after the change.
 */
export async function patchClient(context: WriteContext, id: string, ifMatch: string | undefined, patch: ClientPatch, lang: Lang): Promise<ClientRow> {
  if (ifMatch === undefined) throw new StoreError('precondition_required');
  const row = await findClientOrThrow(context.trx, id);
  if (row.deleted_at !== null) throw new StoreError('not_found');
  if (parseIfMatch(ifMatch) !== Number(row.version)) throw new StoreError('conflict', [], rowToClient(row));

  const before = rowValues(row);
  const merged: Record<string, unknown> = { ...before };
  for (const key of COLUMN_KEYS) if (patch[key] !== undefined) merged[key] = patch[key];
  const { values, problems } = normalizeClientValues(merged, { homeCountry: context.homeCountry });
  const errors = valueErrors(problems, lang);
  if (errors.length > 0) throw new StoreError('validation_failed', errors);
  const after = { ...(values as StoredValues), code: values.code ?? before.code };
  const fields = changedKeys(before, after);
  if (fields.length === 0) return row;

  const conflicts: FieldError[] = [];
  if (fields.includes('code') && (await isCodeTaken(context.trx, after.code ?? '', id))) conflicts.push(storeFieldError('code', 'code.taken', lang));
  if (fields.includes('email') && after.email !== null && (await findEmailOwner(context.trx, after.email, id)) !== null) {
    conflicts.push(storeFieldError('email', 'email.taken', lang));
  }
  if (conflicts.length > 0) throw new StoreError('conflict', conflicts);
  let version: number | null;
  try {
    version = await updateClientRow(context, { id, expectedVersion: Number(row.version), before, values: after, fields, change: 'updated' });
  } catch (error) {
    rethrowUniqueViolation(error, lang);
  }
  const current = await findClientOrThrow(context.trx, id);
  if (version === null) throw new StoreError('conflict', [], rowToClient(current));
  return current;
}
