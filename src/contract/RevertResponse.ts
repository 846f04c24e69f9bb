import { z } from 'zod';

const RevertedClient = z.object({ id: z.string(), code: z.string(), action: z.enum(['deleted', 'restored']) });
const SkippedClient = z.object({ id: z.string(), code: z.string(), reason: z.enum(['changed_after', 'email_taken']) });

/**
 * POST /api/v1/imports/:batchId/revert: what was undone (created → deleted, updated → previous
 * version restored) and the clients left alone because they changed after the batch.
 */
export const RevertResponse = z.object({
  batchId: z.string(),
  reverted: z.array(RevertedClient),
  skipped: z.array(SkippedClient),
});
export type RevertResponse = z.infer<typeof RevertResponse>;
