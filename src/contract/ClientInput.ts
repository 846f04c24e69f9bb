import { z } from 'zod';
import { COLUMN_KEYS, type ColumnKey } from '@/domain';

/** One template value as the API takes it: text, or null / absent for an empty cell. The template engine checks it. */
const value = z.string().max(10_000).nullable().optional();

type ValueShape = { [K in ColumnKey]: typeof value };

/**
 * POST /api/v1/clients: the template's keys (DESIGN.md §2), each optional here so that a missing
 * required value is reported by the template engine (`value.required`), with the same codes and
 * texts as the sheet validation. Unknown keys are refused.
 */
export const ClientInput = z.strictObject(Object.fromEntries(COLUMN_KEYS.map((key) => [key, value])) as ValueShape);
export type ClientInput = z.infer<typeof ClientInput>;

/**
 * POST /api/v1/clients: the client's values and `allowDuplicate`: without it, a probable twin of a stored client is
 * refused (409 `client.possibleDuplicate` with the candidates); true creates it all the same ("Créer quand même").
 */
export const NewClientRequest = ClientInput.extend({ allowDuplicate: z.boolean().optional() });
export type NewClientRequest = z.infer<typeof NewClientRequest>;
