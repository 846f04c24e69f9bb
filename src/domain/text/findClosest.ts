import { editDistance } from './editDistance';
import { foldText } from './foldText';
import { typoTolerance } from './typoTolerance';

/** A name to compare against: its folded form, the text to suggest, and what it names (a code) when several names name one thing. */
export type ClosestCandidate = { folded: string; display: string; names?: string };

/**
 * The candidate whose folded form is nearest to `text`, if it is near enough to be a plausible
 * typing mistake (at least one edit allowed, more on longer words). Used for suggestions only:
 * when two candidates naming different things are as near, there is no suggestion (never a guess).
 */
export function findClosest(text: string, candidates: readonly ClosestCandidate[]): string | undefined {
  const folded = foldText(text);
  if (folded.length === 0) return undefined;
  const max = Math.max(1, typoTolerance(folded.length), Math.floor(folded.length / 4));
  let best: ClosestCandidate | undefined;
  let bestDistance = max + 1;
  let tied = false;
  for (const candidate of candidates) {
    const distance = editDistance(folded, candidate.folded, Math.min(max, bestDistance));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tied = false;
    } else if (distance === bestDistance && best !== undefined && distance <= max && !sameThing(best, candidate)) {
      tied = true;
    }
  }
  return tied ? undefined : best?.display;
}

function sameThing(a: ClosestCandidate, b: ClosestCandidate): boolean {
  return a.names !== undefined && b.names !== undefined ? a.names === b.names : a.folded === b.folded;
}
