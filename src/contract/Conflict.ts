import { z } from 'zod';
import { ApiError } from './ApiError';
import { Client } from './Client';
import { DuplicateCandidate } from './DuplicateCandidate';

/**
 * 409 conflict: the error, and for a stale `If-Match` the client as it is now (to merge and retry); for a merge or an
 * unmerge refused because a client changed, both clients as they are now (`current` the survivor, `other` the other).
 */
export const Conflict = z.object({ ...ApiError.shape, current: Client.optional(), other: Client.optional() });
export type Conflict = z.infer<typeof Conflict>;

/** 409 client.possibleDuplicate: the error and the stored clients the new one probably is, best first. */
export const PossibleDuplicate = z.object({ ...ApiError.shape, candidates: z.array(DuplicateCandidate) });
export type PossibleDuplicate = z.infer<typeof PossibleDuplicate>;
