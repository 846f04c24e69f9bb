import type { FieldError } from '@/contract/ApiError';
import type { ClientMergeRequest, ClientMergeResponse, ClientUnmergeResponse } from '@/contract/ClientMerge';
import { changedKeys, type Language } from '@/domain';
import type { ClientRow } from '../db/schema';
import { StoreError } from '../errors/StoreError';
import { mergeMessages } from '../i18n/serverMessages';
import {
  findClientOrThrow,
  findEmailOwner,
  lockClientsById,
  rowToClient,
  rowValues,
  type StoredValues,
  type WriteContext,
} from './clientRepository';
import { updateClientRow } from './clientVersions';
import { patchMergedClient, storeFieldError } from './clientWrites';

/**
 * POST /api/v1/clients/:id/merge, in the caller's transaction: client `:id` (the survivor) absorbs `request.from`.
 * Both are locked first (id order, so two merges of one pair run one after the other: the second finds the versions
 * changed, 409). 400 on `from` for the client itself, 404 when either is unknown, 409 `conflict` with both clients as
 * they are now when either version is not the one the user saw, 400 when either is deleted. The absorbed client is
 * soft-deleted first (its e-mail is then free for the survivor to take) with `merged_into` the survivor; the survivor
 * then takes `values` through the PATCH path (patchMergedClient: same checks, same normalisation). Both versions are
 * `merged`, naming the other client; search words, match keys and pairs follow in the same writes.
 */
export async function mergeClients(
  context: WriteContext,
  id: string,
  request: ClientMergeRequest,
  lang: Language,
): Promise<ClientMergeResponse> {
  const texts = mergeMessages(lang);
  if (request.from === id) throw new StoreError('validation_failed', [{ path: 'from', code: 'invalid_value', message: texts.mergeSelf }]);
  const { survivor, absorbed } = await lockPair(context, id, request.from);
  const staleFields: FieldError[] = [];
  if (Number(survivor.version) !== request.version) staleFields.push({ path: 'version', code: 'stale', message: texts.mergeChanged });
  if (Number(absorbed.version) !== request.fromVersion)
    staleFields.push({ path: 'fromVersion', code: 'stale', message: texts.mergeChanged });
  if (staleFields.length > 0) throw new StoreError('conflict', staleFields, rowToClient(survivor), undefined, rowToClient(absorbed));
  const deleted: FieldError[] = [];
  if (survivor.deleted_at !== null) deleted.push({ path: 'id', code: 'deleted', message: texts.mergeDeleted });
  if (absorbed.deleted_at !== null) deleted.push({ path: 'from', code: 'deleted', message: texts.mergeDeleted });
  if (deleted.length > 0) throw new StoreError('validation_failed', deleted);

  const absorbedValues = rowValues(absorbed);
  const written = await updateClientRow(context, {
    id: absorbed.id,
    expectedVersion: request.fromVersion,
    before: absorbedValues,
    values: absorbedValues,
    fields: [],
    change: 'merged',
    deletedAt: context.now,
    mergedInto: survivor.id,
    otherClientId: survivor.id,
  });
  if (written === null) throw new StoreError('conflict', [], rowToClient(survivor), undefined, rowToClient(absorbed));
  let client: ClientRow;
  try {
    client = await patchMergedClient(context, id, request.version, request.values, absorbed.id, lang);
  } catch (error) {
    // The survivor's field errors name their place in the merge's body (`values.email`).
    if (error instanceof StoreError && error.fields.length > 0)
      throw new StoreError(
        error.code,
        error.fields.map((field) => ({ ...field, path: `values.${field.path}` })),
        error.current,
        error.candidates,
      );
    throw error;
  }
  return { client: rowToClient(client), merged: rowToClient(await findClientOrThrow(context.trx, absorbed.id)) };
}

/**
 * POST /api/v1/clients/:id/unmerge, in the caller's transaction: undoes the merge of `from` into `:id`. 404 when either
 * is unknown or `from` was not merged into `:id`; 409 `conflict` (both clients as they are now) when either changed
 * since the merge (its version is no longer its `merged` one), or when an active client holds now the e-mail one of
 * them gets back. The survivor gets back the values its `merged` version replaced (a version `unmerged`: the values
 * exactly as they were, not checked again, as an import's revert puts them back), then the other client is restored
 * (`unmerged`, `merged_into` cleared).
 */
export async function unmergeClients(context: WriteContext, id: string, from: string, lang: Language): Promise<ClientUnmergeResponse> {
  const texts = mergeMessages(lang);
  if (from === id) throw new StoreError('not_found');
  const { survivor, absorbed } = await lockPair(context, id, from);
  if (absorbed.merged_into !== survivor.id) throw new StoreError('not_found');
  const survivorMerge = await lastMergeVersion(context, survivor.id, absorbed.id);
  const absorbedMerge = await lastMergeVersion(context, absorbed.id, survivor.id);
  if (survivorMerge === undefined || absorbedMerge === undefined) throw new StoreError('not_found');
  const conflict = (fields: FieldError[]) => new StoreError('conflict', fields, rowToClient(survivor), undefined, rowToClient(absorbed));
  if (
    Number(survivor.version) !== survivorMerge.version ||
    Number(absorbed.version) !== absorbedMerge.version ||
    survivor.deleted_at !== null
  )
    throw conflict([{ path: 'from', code: 'changed', message: texts.unmergeChanged }]);

  const before = rowValues(survivor);
  const values: StoredValues = { ...before, ...survivorMerge.previous };
  const emailTaken = (email: string) =>
    conflict([{ ...storeFieldError('email', 'email.taken', lang), message: texts.unmergeEmailTaken(email) }]);
  if (
    values.email !== null &&
    values.email.toLowerCase() !== before.email?.toLowerCase() &&
    (await findEmailOwner(context.trx, values.email, survivor.id)) !== null
  )
    throw emailTaken(values.email);
  const written = await updateClientRow(context, {
    id: survivor.id,
    expectedVersion: survivorMerge.version,
    before,
    values,
    fields: changedKeys(before, values),
    change: 'unmerged',
    otherClientId: absorbed.id,
  });
  if (written === null) throw conflict([{ path: 'from', code: 'changed', message: texts.unmergeChanged }]);

  const absorbedValues = rowValues(absorbed);
  // The survivor has its own e-mail back: another active client holding the absorbed one's took it since.
  if (absorbedValues.email !== null && (await findEmailOwner(context.trx, absorbedValues.email, absorbed.id)) !== null)
    throw emailTaken(absorbedValues.email);
  const restored = await updateClientRow(context, {
    id: absorbed.id,
    expectedVersion: absorbedMerge.version,
    before: absorbedValues,
    values: absorbedValues,
    fields: [],
    change: 'unmerged',
    deletedAt: null,
    mergedInto: null,
    otherClientId: survivor.id,
  });
  if (restored === null) throw conflict([{ path: 'from', code: 'changed', message: texts.unmergeChanged }]);
  return {
    client: rowToClient(await findClientOrThrow(context.trx, survivor.id)),
    restored: rowToClient(await findClientOrThrow(context.trx, absorbed.id)),
  };
}

/** Both clients of a merge, locked (lockClientsById: id order); 404 when either is unknown. */
async function lockPair(context: WriteContext, id: string, from: string): Promise<{ survivor: ClientRow; absorbed: ClientRow }> {
  const rows = await lockClientsById(context.trx, [id, from]);
  const survivor = rows.find((row) => row.id === id);
  const absorbed = rows.find((row) => row.id === from);
  if (survivor === undefined || absorbed === undefined) throw new StoreError('not_found');
  return { survivor, absorbed };
}

/** The latest `merged` version of `clientId` naming `otherId`, with the values it replaced. */
async function lastMergeVersion(
  context: WriteContext,
  clientId: string,
  otherId: string,
): Promise<{ version: number; previous: Partial<StoredValues> } | undefined> {
  const row = await context.trx
    .selectFrom('client_versions')
    .select(['version', 'previous'])
    .where('client_id', '=', clientId)
    .where('change', '=', 'merged')
    .where('other_client_id', '=', otherId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? undefined : { version: Number(row.version), previous: JSON.parse(row.previous) as Partial<StoredValues> };
}
