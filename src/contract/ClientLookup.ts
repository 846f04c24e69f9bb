import { z } from 'zod';
import { Client } from './Client';
import { PlainText } from './PlainText';

/** The most codes and ids (together) one lookup may ask for; more → 413 payload_too_large. */
export const CLIENT_LOOKUP_MAX = 1000;

/**
 * POST /api/v1/clients/lookup ("Actualiser depuis la base"): the clients of a sheet's rows, by client code (matched as
 * imports match them: the template's rule for the code, then exactly) and by id. At least one code or id, at most
 * CLIENT_LOOKUP_MAX in all.
 */
export const ClientLookup = z.strictObject({
  codes: z.array(PlainText.max(200)).optional(),
  ids: z.array(PlainText.max(64)).optional(),
});
export type ClientLookup = z.infer<typeof ClientLookup>;

/**
 * The answer: `clients`, the active clients found (each once, in the order asked); `deleted`, the clients found but
 * deleted (soft delete: they can be restored, and their code stays theirs), so a sheet can tell a deleted client from
 * a mistyped code; `missing`, the codes and ids (as sent) that name no client at all. Every code and id asked for is
 * answered by exactly one of the three.
 */
export const ClientLookupResult = z.object({
  clients: z.array(Client),
  deleted: z.array(Client),
  missing: z.object({ codes: z.array(z.string()), ids: z.array(z.string()) }),
});
export type ClientLookupResult = z.infer<typeof ClientLookupResult>;
