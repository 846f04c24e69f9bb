import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ClientInput } from '@/contract/ClientInput';
import type { DuplicateCandidate } from '@/contract/DuplicateCandidate';
import { blockingKeys, ISSUE_SEVERITY, MATCHED_KEYS, matchProfile, type ClientValues, type ColumnKey, type ValueProblem } from '@/domain';
import { clientQueries } from './clientQueries';
import type { ConnectedStore } from '../store/StoreProvider';
import { useDebouncedValue } from './useDebouncedValue';

/** How long the values must rest before the form asks the store for their twins. */
export const CANDIDATES_DEBOUNCE_MS = 400;

/** The fields the duplicate rules read (the domain's MATCHED_KEYS), and the country the phones and the postal code are read with. */
const LOOKUP_KEYS = [...MATCHED_KEYS, 'country'] as const satisfies readonly ColumnKey[];

/** The values that matter to the duplicate rules, normalised; empty ones and unreadable ones (a phone half typed) left out. */
function lookupValues(values: ClientValues, problems: readonly ValueProblem[]): ClientInput {
  const unreadable = new Set(problems.filter((problem) => ISSUE_SEVERITY[problem.code] === 'error').map((problem) => problem.key));
  return Object.fromEntries(LOOKUP_KEYS.flatMap((key) => (unreadable.has(key) || !values[key] ? [] : [[key, values[key]]])));
}

/**
 * What the form asks the store with: the values that matter, or null while they cannot match anyone yet (an empty
 * form, a name alone, a single letter): a stored client can only be a candidate when it shares one of the domain's
 * blocking keys with them.
 */
export function candidateLookupOf(values: ClientValues, problems: readonly ValueProblem[]): ClientInput | null {
  const lookup = lookupValues(values, problems);
  return blockingKeys(matchProfile(lookup)).length > 0 ? lookup : null;
}

/**
 * The values a duplicate decision was made on (a refusal of the store, a « Créer quand même »): it holds while they
 * stay the same, and changing one of them (a new phone, another name) asks again.
 */
export function duplicateDecisionKey(values: ClientValues, problems: readonly ValueProblem[]): string {
  return JSON.stringify(lookupValues(values, problems));
}

/**
 * The stored clients the values typed so far probably are, best first; none while `lookup` is null. Asked once the
 * values have rested for CANDIDATES_DEBOUNCE_MS (typing never waits for it), a stale request cancelled; the last
 * answer stays shown while the next one comes. A failing check (the store unreachable) answers none: the save still
 * gets the store's own check.
 */
export function useDuplicateCandidates(store: ConnectedStore, lookup: ClientInput | null): DuplicateCandidate[] {
  // A text, so that an equal lookup built again on each render does not restart the wait.
  const settled = useDebouncedValue(lookup === null ? null : JSON.stringify(lookup), CANDIDATES_DEBOUNCE_MS);
  const values = settled === null ? {} : (JSON.parse(settled) as ClientInput);
  const query = useQuery({
    ...clientQueries.candidates(store, values),
    enabled: settled !== null && lookup !== null,
    placeholderData: keepPreviousData,
  });
  if (lookup === null || query.isError) return [];
  return query.data?.candidates ?? [];
}
