import { z } from 'zod';

/** Headers of POST /api/v1/imports: an optional `Idempotency-Key` (1–200 visible characters). */
export const IdempotencyKeyHeader = z.looseObject({
  'idempotency-key': z
    .string()
    .regex(/^[\x21-\x7e]{1,200}$/)
    .optional(),
});
export type IdempotencyKeyHeader = z.infer<typeof IdempotencyKeyHeader>;
