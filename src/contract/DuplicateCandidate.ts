import { z } from 'zod';
import { MATCH_REASONS } from '@/domain';

/**
 * A client the store already has that is probably the same person as a new one (the domain's matching rules):
 * `score` 0–1 (best first), `reasons` the rules it met (codes, in rule order, for the pane to word), and `description`
 * the same reasons in words in the request's language ("même nom et même date de naissance"), for readers without the
 * catalogue (the sheet's status, the command line).
 */
export const DuplicateCandidate = z.object({
  id: z.string(),
  code: z.string(),
  lastName: z.string(),
  firstName: z.string(),
  score: z.number().min(0).max(1),
  reasons: z.array(z.enum(MATCH_REASONS)).min(1),
  description: z.string(),
});
export type DuplicateCandidate = z.infer<typeof DuplicateCandidate>;

/** The most candidates one new client is answered with. */
export const DUPLICATE_CANDIDATES_MAX = 5;

/** POST /api/v1/clients/candidates (the form's check as the user types: its values so far, ClientInput): the candidates, best first. */
export const ClientCandidates = z.object({ candidates: z.array(DuplicateCandidate).max(DUPLICATE_CANDIDATES_MAX) });
export type ClientCandidates = z.infer<typeof ClientCandidates>;
