import { z } from 'zod';
import { PlainText } from './PlainText';

/**
 * GET /api/v1/clients query. `q`: words, each the start of a word of last name, first name,
 * company, email, code or city (case and accents ignored; all must match). `letter`: initial of
 * the last name (accents folded). `foreign=true`: foreign clients only (`false`: the others).
 * `deleted=true`: the deleted clients instead of the active ones (to find and restore them).
 * `cursor`: the `nextCursor` of the previous page.
 */
export const ClientSearch = z.object({
  q: PlainText.max(200).optional(),
  letter: z
    .string()
    .regex(/^[A-Za-z]$/)
    .optional(),
  foreign: z.enum(['true', 'false']).optional(),
  deleted: z.enum(['true', 'false']).optional(),
  cursor: PlainText.max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ClientSearch = z.infer<typeof ClientSearch>;
