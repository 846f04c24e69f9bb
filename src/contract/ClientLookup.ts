import { z } from 'zod';
import { Client } from './Client';
import { ClientInput } from './ClientInput';
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
  /**
   * The version each code's sheet row was filled from (its "Version" cell), by code as sent in `codes` (a key not among
   * `codes` is ignored): the answer's `bases` then holds the client as it was at that version, so the sheet can tell
   * what the store changed since from what the sheet changed.
   */
  versions: z.record(PlainText.max(200), z.number().int().positive()).optional(),
});
export type ClientLookup = z.infer<typeof ClientLookup>;

/** A client's template values at an older version: `code` as the lookup sent it, the client's `id`, that `version`. */
export const ClientBase = z.object({
  code: z.string(),
  id: z.string(),
  version: z.number().int().positive(),
  values: ClientInput.required(),
});
export type ClientBase = z.infer<typeof ClientBase>;

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
  /**
   * For each code of `versions` whose active client has moved on since that version: its values as they were at that
   * version (rebuilt from the store's version history). None for a code whose client still has that version (nothing
   * changed), is deleted or missing, or never had that version (the sheet then knows no base for the row).
   */
  bases: z.array(ClientBase).default([]),
});
export type ClientLookupResult = z.infer<typeof ClientLookupResult>;
