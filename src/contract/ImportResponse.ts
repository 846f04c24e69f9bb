import { z } from 'zod';
import { ImportMode } from './ImportRequest';
import { ROW_STATUSES, RowResult, type RowStatus } from './RowResult';

/** How many rows of the batch ended in each status (conflicts apart from failures). */
export const ImportCounts = z.object(
  Object.fromEntries(ROW_STATUSES.map((status) => [status, z.number().int().nonnegative()])) as Record<RowStatus, z.ZodNumber>,
);
export type ImportCounts = z.infer<typeof ImportCounts>;

/** POST /api/v1/imports: the batch's id (for revert), one result per row in the request's order, and the count per status. */
export const ImportResponse = z.object({
  batchId: z.string(),
  mode: ImportMode,
  results: z.array(RowResult),
  counts: ImportCounts,
});
export type ImportResponse = z.infer<typeof ImportResponse>;

/** The counts of an import's results: the one place they are summed (the store's answer, and fakes of it). */
export function countRowResults(results: readonly Pick<RowResult, 'status'>[]): ImportCounts {
  const counts = Object.fromEntries(ROW_STATUSES.map((status) => [status, 0])) as ImportCounts;
  for (const result of results) counts[result.status] += 1;
  return counts;
}
