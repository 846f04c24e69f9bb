import { z } from 'zod';

/** `:batchId` of /api/v1/imports/:batchId/revert. */
export const BatchIdParams = z.object({ batchId: z.string().min(1).max(64) });
export type BatchIdParams = z.infer<typeof BatchIdParams>;
