import { z } from 'zod';
import { FieldError } from './ApiError';

const base = { row: z.number().int(), errors: z.array(FieldError) };
const stored = { ...base, id: z.string(), code: z.string() };

export const CreatedRow = z.object({ ...stored, status: z.literal('created') });
export const UpdatedRow = z.object({ ...stored, status: z.literal('updated') });
export const UnchangedRow = z.object({ ...stored, status: z.literal('unchanged') });
/** `errors` names each problem (`path` = template key, `code` = engine issue code or the domain's ImportRowErrorCode); `id`/`code` of the matched client, if any. */
export const FailedRow = z.object({ ...base, status: z.literal('failed'), id: z.string().nullable(), code: z.string().nullable() });

/** One row's outcome in an import batch. */
export const RowResult = z.discriminatedUnion('status', [CreatedRow, UpdatedRow, UnchangedRow, FailedRow]);
export type RowResult = z.infer<typeof RowResult>;
export type RowStatus = RowResult['status'];
