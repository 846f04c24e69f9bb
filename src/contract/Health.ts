import { z } from 'zod';

/**
 * GET /api/v1/health (no auth): `ok` (200) when the database answers and a write could start now;
 * `unavailable` (503, with Retry-After) while it does not (PostgreSQL down or restarting, SQLite's
 * write lock held elsewhere past the busy timeout). The store recovers by itself once it answers again.
 */
export const Health = z.object({
  status: z.enum(['ok', 'unavailable']),
  version: z.string(),
  database: z.enum(['sqlite', 'postgres']),
});
export type Health = z.infer<typeof Health>;
