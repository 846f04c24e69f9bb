import { z } from 'zod';
import { Client } from './Client';

/** GET /api/v1/clients: one page, the number of matching clients, and the cursor of the next page (null on the last). */
export const ClientList = z.object({
  items: z.array(Client),
  total: z.number().int().nonnegative(),
  nextCursor: z.string().nullable(),
});
export type ClientList = z.infer<typeof ClientList>;
