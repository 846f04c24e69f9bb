import { z } from 'zod';
import { PlainText } from './PlainText';

/** `:id` of /api/v1/clients/:id. */
export const ClientIdParams = z.object({ id: PlainText.min(1).max(64) });
export type ClientIdParams = z.infer<typeof ClientIdParams>;
