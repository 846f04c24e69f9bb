import { randomUUID } from 'node:crypto';
import type { FieldError } from '../../contract/ApiError';
import type { ImportRequest, ImportRow } from '../../contract/ImportRequest';
import type { ImportResponse } from '../../contract/ImportResponse';
import type { RowResult } from '../../contract/RowResult';
import { COLUMN_KEYS, createValueNormalizer, type ValueNormalizer } from '../../domain/index';
import { assignClientCodes } from '../clients/assignClientCodes';
import { changedKeys, rowValues, type StoredValues } from '../clients/clientColumns';
import { insertClients, type NewClient } from '../clients/insertClients';
import { assignClientIds } from '../clients/assignClientIds';
import { rethrowUniqueViolation } from '../clients/rethrowUniqueViolation';
import { updateClientRow } from '../clients/updateClientRow';
import { storeFieldError, valueErrors } from '../clients/valueErrors';
import type { WriteContext } from '../clients/WriteContext';
import { StoreError } from '../errors/StoreError';
import type { Lang } from '../i18n/preferredLanguage';
import { loadMatchCandidates } from './loadMatchCandidates';

/** What the batch knows of a client while it runs: as stored (or as created by an earlier row of the batch). */
type Known = { id: string; values: StoredValues; version: number; deleted: boolean; pending: NewClient | null };

/** A row whose client is created by this batch: its result gets the client's id and code once they are assigned. */
type PendingResult = { index: number; client: NewClient };

/**
 * Applies an import batch inside the caller's transaction (one batch = one transaction). Each row
 * matches an existing active client by code, else by email (case ignored); a row whose code and
 * email match two different clients fails (`match.ambiguous`), never merges. Values are checked by
 * the template engine (absent keys keep the stored values). `create` refuses matches, `update`
 * refuses non-matches; an update that changes nothing is `unchanged`. Rows are applied in order,
 * so a later row sees an earlier one. New clients get their codes and are inserted together.
 */
export async function importBatch(context: WriteContext, request: ImportRequest, lang: Lang): Promise<ImportResponse> {
  const batchId = context.batchId ?? randomUUID();
  const keyNormalizer = createValueNormalizer({ homeCountry: context.homeCountry, keys: ['code', 'email'] });
  const normalize = createValueNormalizer({ homeCountry: context.homeCountry });
  const keys = request.rows.map((row) => keyNormalizer(row.values).values);
  const candidates = await loadMatchCandidates(
    context.trx,
    keys.flatMap((key) => (key.code ? [key.code] : [])),
    keys.flatMap((key) => (key.email ? [key.email.toLowerCase()] : [])),
  );
  const byCode = new Map<string, Known>();
  const byEmail = new Map<string, Known>();
  for (const row of candidates) {
    const known: Known = { id: row.id, values: rowValues(row), version: Number(row.version), deleted: row.deleted_at !== null, pending: null };
    byCode.set(row.code, known);
    if (!known.deleted) byEmail.set(row.email.toLowerCase(), known);
  }

  const results: RowResult[] = [];
  const creates: NewClient[] = [];
  const pendingResults: PendingResult[] = [];
  const apply = async (importRow: ImportRow, index: number): Promise<RowResult> => {
    const { code, email } = keys[index] ?? {};
    const codeOwner = code ? byCode.get(code) : undefined;
    const byCodeMatch = codeOwner !== undefined && !codeOwner.deleted ? codeOwner : undefined;
    const byEmailMatch = email ? byEmail.get(email.toLowerCase()) : undefined;
    const failed = (errors: FieldError[], known?: Known): RowResult => {
      // A client created by an earlier row has its id and code only at the end: fill them in then.
      if (known?.pending) pendingResults.push({ index: results.length, client: known.pending });
      return { row: importRow.row, status: 'failed', id: known?.id ?? null, code: known?.values.code ?? null, errors };
    };
    if (byCodeMatch !== undefined && byEmailMatch !== undefined && byCodeMatch !== byEmailMatch) {
      return failed([storeFieldError('code', 'match.ambiguous', lang), storeFieldError('email', 'match.ambiguous', lang)]);
    }
    const match = byCodeMatch ?? byEmailMatch;
    if (match === undefined) {
      if (request.mode === 'update') return failed([storeFieldError(code ? 'code' : 'email', 'match.notFound', lang)]);
      return create(importRow, normalize, codeOwner, failed);
    }
    if (request.mode === 'create') return failed([storeFieldError(byCodeMatch ? 'code' : 'email', 'match.exists', lang)], match);
    return update(importRow, match, normalize, failed);
  };

  const create = (importRow: ImportRow, normalizer: ValueNormalizer, codeOwner: Known | undefined, failed: (errors: FieldError[], known?: Known) => RowResult): RowResult => {
    const { values, problems } = normalizer(importRow.values);
    const errors = valueErrors(problems, lang);
    if (errors.length > 0) return failed(errors);
    if (codeOwner !== undefined) return failed([storeFieldError('code', 'code.taken', lang)]);
    // The id and (when absent) the code are assigned once the batch knows how many clients it creates.
    const pending: NewClient = { id: `pending-${creates.length}`, values: { ...(values as StoredValues), code: values.code ?? '' } };
    creates.push(pending);
    pendingResults.push({ index: results.length, client: pending });
    const known: Known = { id: pending.id, values: pending.values, version: 1, deleted: false, pending };
    if (values.code) byCode.set(values.code, known);
    if (values.email) byEmail.set(values.email.toLowerCase(), known);
    return { row: importRow.row, status: 'created', id: pending.id, code: values.code ?? '', errors: [] };
  };

  const update = async (importRow: ImportRow, known: Known, normalizer: ValueNormalizer, failed: (errors: FieldError[], known?: Known) => RowResult): Promise<RowResult> => {
    const merged: Record<string, unknown> = { ...known.values };
    for (const key of COLUMN_KEYS) if (importRow.values[key] !== undefined) merged[key] = importRow.values[key];
    const { values, problems } = normalizer(merged);
    const errors = valueErrors(problems, lang);
    if (errors.length > 0) return failed(errors, known);
    const after: StoredValues = { ...(values as StoredValues), code: values.code ?? known.values.code };
    const fields = changedKeys(known.values, after);
    const done = (status: 'updated' | 'unchanged'): RowResult => ({ row: importRow.row, status, id: known.id, code: after.code ?? '', errors: [] });
    if (fields.length === 0) return done('unchanged');
    const conflicts: FieldError[] = [];
    const codeOwner = after.code ? byCode.get(after.code) : undefined;
    if (codeOwner !== undefined && codeOwner !== known) conflicts.push(storeFieldError('code', 'code.taken', lang));
    const emailOwner = after.email ? byEmail.get(after.email.toLowerCase()) : undefined;
    if (emailOwner !== undefined && emailOwner !== known) conflicts.push(storeFieldError('email', 'email.taken', lang));
    // An email or code outside the batch's keys was not loaded: ask the database.
    if (conflicts.length === 0 && fields.includes('email') && emailOwner === undefined && after.email) {
      const [other] = await loadMatchCandidates(context.trx, [], [after.email.toLowerCase()]);
      if (other !== undefined && other.id !== known.id) conflicts.push(storeFieldError('email', 'email.taken', lang));
    }
    if (conflicts.length > 0) return failed(conflicts, known);

    if (known.values.email && known.values.email.toLowerCase() !== after.email?.toLowerCase()) byEmail.delete(known.values.email.toLowerCase());
    if (known.values.code && known.values.code !== after.code) byCode.delete(known.values.code);
    if (known.pending !== null) {
      known.pending.values = { ...after, code: after.code ?? '' };
      pendingResults.push({ index: results.length, client: known.pending });
    } else {
      const version = await updateClientRow(context, { id: known.id, expectedVersion: known.version, before: known.values, values: after, fields, change: 'updated' });
      if (version === null) throw new StoreError('conflict');
      known.version = version;
    }
    known.values = after;
    if (after.code) byCode.set(after.code, known);
    if (after.email) byEmail.set(after.email.toLowerCase(), known);
    return done('updated');
  };

  try {
    for (const [index, importRow] of request.rows.entries()) results.push(await apply(importRow, index));
    const uncoded = creates.filter((client) => client.values.code === '');
    if (uncoded.length > 0) {
      const codes = await assignClientCodes(context, uncoded.length, new Set(byCode.keys()));
      uncoded.forEach((client, index) => (client.values.code = codes[index] ?? ''));
    }
    const ids = await assignClientIds(context, creates.length);
    creates.forEach((client, index) => (client.id = ids[index] ?? ''));
    await insertClients(context, creates);
  } catch (error) {
    rethrowUniqueViolation(error, lang);
  }
  for (const { index, client } of pendingResults) {
    const result = results[index];
    if (result !== undefined) results[index] = { ...result, id: client.id, code: client.values.code };
  }
  await context.trx.insertInto('import_batches').values({ id: batchId, mode: request.mode, created_at: context.now, created_by: context.by, reverted_at: null }).execute();
  return { batchId, mode: request.mode, results };
}
