import { z } from 'zod';
import { MATCH_REASONS } from '@/domain';
import { Client } from './Client';

/**
 * Two stored, active clients that are probably the same person (the domain's matching rules, as for a new client):
 * both clients as they are now (their versions are the merge's preconditions), `score` 0–1, `reasons` the rules met
 * (codes, for the pane to word) and `description` the same reasons in words in the request's language.
 * `clients[0]` is the older client (created first), the one a merge keeps by default.
 */
export const DuplicatePair = z.object({
  clients: z.tuple([Client, Client]),
  score: z.number().min(0).max(1),
  reasons: z.array(z.enum(MATCH_REASONS)).min(1),
  description: z.string(),
});
export type DuplicatePair = z.infer<typeof DuplicatePair>;

/** The most pairs one page of GET /api/v1/duplicates holds, and the default. */
export const DUPLICATE_PAIRS_PAGE_MAX = 100;
export const DUPLICATE_PAIRS_PAGE_DEFAULT = 20;

/** GET /api/v1/duplicates query: `cursor` from the previous page's `nextCursor`, `limit` 1–100 (default 20). */
export const DuplicatePairsQuery = z.object({
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(DUPLICATE_PAIRS_PAGE_MAX).optional(),
});
export type DuplicatePairsQuery = z.infer<typeof DuplicatePairsQuery>;

/**
 * GET /api/v1/duplicates: the probable pairs of the base, best score first (then by the two ids, so pages are stable),
 * and the cursor of the next page (null on the last). Pairs set aside as "not the same client" are not listed.
 */
export const DuplicatePairList = z.object({ items: z.array(DuplicatePair), nextCursor: z.string().nullable() });
export type DuplicatePairList = z.infer<typeof DuplicatePairList>;

/** POST /api/v1/duplicates/dismiss: these two clients are not the same person; the pair is listed no more (204). */
export const DismissDuplicateRequest = z.object({ ids: z.tuple([z.string(), z.string()]) });
export type DismissDuplicateRequest = z.infer<typeof DismissDuplicateRequest>;
