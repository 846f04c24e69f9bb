import { z } from 'zod';

/** `:id` of /api/v1/clients/:id. */
export const ClientIdParams = z.object({ id: z.string().min(1).max(64) });
export type ClientIdParams = z.infer<typeof ClientIdParams>;
