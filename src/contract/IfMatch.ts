import { z } from 'zod';

/** Headers of PATCH /api/v1/clients/:id: `If-Match` carries the version read (its ETag, `"3"` or `3`). Required (else 428). */
export const IfMatch = z.looseObject({ 'if-match': z.string().max(100).optional() });
export type IfMatch = z.infer<typeof IfMatch>;
