import { z } from 'zod';
import { COLUMN_KEYS } from '@/domain';

/** `merged`: the client absorbed another, or was absorbed (then deleted); `unmerged`: that merge was undone. */
export const ClientChange = z.enum(['created', 'updated', 'deleted', 'restored', 'reverted', 'merged', 'unmerged']);
export type ClientChange = z.infer<typeof ClientChange>;

/** One version of a client: who (the token's name), when, what kind of change, and the template keys it changed. */
export const ClientVersion = z.object({
  version: z.number().int().positive(),
  change: ClientChange,
  changedAt: z.string(),
  changedBy: z.string(),
  fields: z.array(z.enum(COLUMN_KEYS)),
  /** The import batch that made this change, if any. */
  batchId: z.string().nullable(),
  /** For `merged` / `unmerged`: the other client of the merge (its id and code). */
  otherClient: z.object({ id: z.string(), code: z.string() }).nullable().optional(),
});
export type ClientVersion = z.infer<typeof ClientVersion>;

/** GET /api/v1/clients/:id/history: every version, newest first. */
export const ClientHistory = z.object({ id: z.string(), items: z.array(ClientVersion) });
export type ClientHistory = z.infer<typeof ClientHistory>;
