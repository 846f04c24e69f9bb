import { matchClients, type DuplicateMatch, type MatchProfile } from './matchClients';

/**
 * A blocking key held by more active clients than this makes no pairs of its own: a company's switchboard number or a
 * shared e-mail local part ("info") held by 200 clients would otherwise make 19 900 pairs of one reason, and every
 * write of one of them would score them all. Such clients still pair through their other keys (a birth date, a name
 * with a postal code…). The cap bounds the work of a write (at most this many holders per key scored) and the list.
 */
export const DUPLICATE_KEY_HOLDERS_MAX = 20;

/** A client whose pairs are looked for: its id, its match profile and its probe keys (probeKeys: each partner is filed under one). */
export type PairSubject = { id: string; profile: MatchProfile; probes: readonly string[] };

/** A probable pair: the two ids in ascending order (the one key of a pair), and how well they match. */
export type DuplicatePairMatch = { ids: readonly [string, string]; match: DuplicateMatch };

/**
 * The pairs of each subject with the other holders of its probe keys (filed under them) that the rules match (matchClients, always compared
 * lower id first, so a pair scores the same whichever side is written), each pair once. `holders`: every active
 * client holding each key (the subjects included), with its profile; a key with more than DUPLICATE_KEY_HOLDERS_MAX
 * holders is skipped.
 */
export function findDuplicatePairs(
  subjects: readonly PairSubject[],
  holders: ReadonlyMap<string, readonly { id: string; profile: MatchProfile }[]>,
): DuplicatePairMatch[] {
  const pairs = new Map<string, DuplicatePairMatch>();
  for (const subject of subjects) {
    for (const key of subject.probes) {
      const others = holders.get(key) ?? [];
      if (others.length > DUPLICATE_KEY_HOLDERS_MAX) continue;
      for (const other of others) {
        if (other.id === subject.id) continue;
        const [low, high] = subject.id < other.id ? [subject, other] : [other, subject];
        const id = `${low.id}\u0000${high.id}`;
        if (pairs.has(id)) continue;
        const match = matchClients(low.profile, high.profile);
        if (match !== null) pairs.set(id, { ids: [low.id, high.id], match });
      }
    }
  }
  return [...pairs.values()];
}
