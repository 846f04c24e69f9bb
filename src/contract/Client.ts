import { z } from 'zod';
import { ClientInput } from './ClientInput';

/** A stored client: the template's values (normalised) plus what the store manages. */
export const Client = z.object({
  ...ClientInput.shape,
  id: z.string(),
  code: z.string(),
  /** Optimistic concurrency: 1 on creation, +1 on every change; the `ETag` of GET /clients/:id. */
  version: z.number().int().positive(),
  /** Nationality or country of practice is not the organisation's home country. */
  foreign: z.boolean(),
  createdAt: z.string(),
  /** The name of the token that created it. */
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  /** Set while the client is deleted (soft delete); null otherwise. */
  deletedAt: z.string().nullable(),
  /** Set when the client was merged into another (and so deleted): that client's id; null otherwise. */
  mergedInto: z.string().nullable().optional(),
});
export type Client = z.infer<typeof Client>;
