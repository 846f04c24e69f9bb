import { z } from 'zod';
import { ImportMode } from './ImportRequest';
import { RowResult } from './RowResult';

/** POST /api/v1/imports: the batch's id (for revert) and one result per row, in the request's order. */
export const ImportResponse = z.object({
  batchId: z.string(),
  mode: ImportMode,
  results: z.array(RowResult),
});
export type ImportResponse = z.infer<typeof ImportResponse>;
