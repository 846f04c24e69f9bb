import { z } from 'zod';
import { PlainText } from './PlainText';

/** `:batchId` of /api/v1/imports/:batchId/revert. */
export const BatchIdParams = z.object({ batchId: PlainText.min(1).max(64) });
export type BatchIdParams = z.infer<typeof BatchIdParams>;
