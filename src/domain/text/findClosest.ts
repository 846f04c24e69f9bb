import { editDistance } from './editDistance';
import { foldText } from './foldText';
import { typoTolerance } from './typoTolerance';

export type ClosestCandidate = { folded: string; display: string };

/**
 * The candidate whose folded form is nearest to `text`, if it is near enough to be a plausible
 * typing mistake (at least one edit allowed, more on longer words). Used for suggestions only.
 */
export function findClosest(text: string, candidates: readonly ClosestCandidate[]): string | undefined {
  const folded = foldText(text);
  if (folded.length === 0) return undefined;
  const max = Math.max(1, typoTolerance(folded.length), Math.floor(folded.length / 4));
  let best: ClosestCandidate | undefined;
  let bestDistance = max + 1;
  for (const candidate of candidates) {
    const distance = editDistance(folded, candidate.folded, Math.min(max, bestDistance));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best?.display;
}
