import { z } from 'zod';
import { COLUMN_KEYS } from '@/domain';
import { FieldError } from './ApiError';
import { Client } from './Client';
import { DuplicateCandidate } from './DuplicateCandidate';

const base = { row: z.number().int(), errors: z.array(FieldError) };
/** The client's id, code and version after the whole batch (the sheet keeps the version for its next import). */
const stored = { ...base, id: z.string(), code: z.string(), version: z.number().int().positive() };
/**
 * A row merged with newer edits of the store: `kept`, the template keys whose store value stayed because the sheet had
 * not changed them since the row's version (the sheet is behind there), and `client`, the stored record after the
 * batch (to write the kept values back). Both absent when nothing was kept.
 */
const merged = { kept: z.array(z.enum(COLUMN_KEYS)).optional(), client: Client.optional() };

export const CreatedRow = z.object({ ...stored, status: z.literal('created') });
export const UpdatedRow = z.object({ ...stored, ...merged, status: z.literal('updated') });
export const UnchangedRow = z.object({ ...stored, ...merged, status: z.literal('unchanged') });
/** `errors` names each problem (`path` = template key, `code` = engine issue code or the domain's ImportRowErrorCode); `id`/`code` of the matched client, if any. */
export const FailedRow = z.object({ ...base, status: z.literal('failed'), id: z.string().nullable(), code: z.string().nullable() });
/**
 * The sheet and the store changed the same keys differently since the row's version: nothing of the row was written.
 * `conflict.fields`: those keys (also one `version.conflict` error each); `conflict.current`: the client as stored after the batch.
 */
export const ConflictRow = z.object({
  ...base,
  status: z.literal('conflict'),
  id: z.string(),
  code: z.string(),
  conflict: z.object({ fields: z.array(z.enum(COLUMN_KEYS)), current: Client }),
});

/**
 * The row would have created a client (no code or e-mail matched) that is probably one the store has (or one an earlier
 * row of the batch created): nothing was written. `candidates`, best first; `errors`, one `duplicate.probable` on the
 * last name. Imported again with `createAnyway` (or the batch's `onDuplicate: "create"`), or with the candidate's code
 * to update it.
 */
export const DuplicateRow = z.object({
  ...base,
  status: z.literal('duplicate'),
  id: z.null(),
  code: z.null(),
  candidates: z.array(DuplicateCandidate).min(1),
});

/** One row's outcome in an import batch. */
export const RowResult = z.discriminatedUnion('status', [CreatedRow, UpdatedRow, UnchangedRow, FailedRow, ConflictRow, DuplicateRow]);
export type RowResult = z.infer<typeof RowResult>;
export type RowStatus = RowResult['status'];

/** Every row status, in the order a summary lists them. */
export const ROW_STATUSES = ['created', 'updated', 'unchanged', 'conflict', 'duplicate', 'failed'] as const satisfies readonly RowStatus[];
