import { COLUMN_KEYS, type ClientValues, type DuplicateOf } from '@/domain';
import type { Client } from '@/contract/Client';
import type { DuplicateCandidate } from '@/contract/DuplicateCandidate';
import type { ImportRow } from '@/contract/ImportRequest';

/**
 * A sheet row the store did not create because it probably is a client it has (status 'duplicate'): the row's values
 * as sent, and the store's candidates, best first.
 */
export type SheetDuplicate = { row: number; values: ClientValues; candidates: readonly DuplicateCandidate[] };

/**
 * What the user chose for a duplicate row: « C'est le même client » (which candidate, by id), « Créer quand même », or
 * « Ignorer » (the row stays as it is, not created).
 */
export type DuplicateChoice = { kind: 'same'; candidateId: string } | { kind: 'create' } | { kind: 'ignore' };
export type DuplicateChoiceKind = DuplicateChoice['kind'];

/** The user's choices so far, by sheet row; a row without a choice is undecided. */
export type DuplicateChoices = Readonly<Record<number, DuplicateChoice>>;

/** A decided row: its duplicate and its choice (the candidate itself for « C'est le même client »). */
export type DuplicateDecision =
  { duplicate: SheetDuplicate; kind: 'same'; candidate: DuplicateCandidate } | { duplicate: SheetDuplicate; kind: 'create' | 'ignore' };

/** The sheet's "Statut import" of a duplicate row: its best candidate's code and how many others there are. */
export function duplicateOfCandidates(candidates: readonly DuplicateCandidate[]): DuplicateOf | undefined {
  const best = candidates[0];
  return best === undefined ? undefined : { code: best.code, others: candidates.length - 1 };
}

/** A choice of one kind for a row: « C'est le même client » takes its best candidate. */
function choiceOf(duplicate: SheetDuplicate, kind: DuplicateChoiceKind): DuplicateChoice | null {
  if (kind !== 'same') return { kind };
  const best = duplicate.candidates[0];
  return best === undefined ? null : { kind: 'same', candidateId: best.id };
}

/** `choices` with every row of `duplicates` set to `kind` (« … pour tous »: the same client is each row's best candidate). */
export function chooseAllDuplicates(
  choices: DuplicateChoices,
  duplicates: readonly SheetDuplicate[],
  kind: DuplicateChoiceKind,
): DuplicateChoices {
  const next: Record<number, DuplicateChoice> = { ...choices };
  for (const duplicate of duplicates) {
    const choice = choiceOf(duplicate, kind);
    if (choice !== null) next[duplicate.row] = choice;
  }
  return next;
}

/** The decided rows, in the order given (a « même client » whose candidate is not the row's is undecided). */
export function decidedDuplicates(duplicates: readonly SheetDuplicate[], choices: DuplicateChoices): DuplicateDecision[] {
  return duplicates.flatMap((duplicate): DuplicateDecision[] => {
    const choice = choices[duplicate.row];
    if (choice === undefined) return [];
    if (choice.kind !== 'same') return [{ duplicate, kind: choice.kind }];
    const candidate = duplicate.candidates.find((entry) => entry.id === choice.candidateId);
    return candidate === undefined ? [] : [{ duplicate, kind: 'same', candidate }];
  });
}

/**
 * The decided rows as they are imported again: « C'est le même client », the row's filled cells with the candidate's
 * code (the store matches by code and updates that client; the row's empty cells leave its values as stored);
 * « Créer quand même », the row as it was sent with `createAnyway`. Ignored rows are not sent.
 */
export function duplicateImportRows(decisions: readonly DuplicateDecision[]): ImportRow[] {
  return decisions.flatMap((decision): ImportRow[] => {
    const { row, values } = decision.duplicate;
    if (decision.kind !== 'same') return decision.kind === 'create' ? [{ row, createAnyway: true, values: { ...values } }] : [];
    const filled = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null && value !== undefined && value !== ''));
    return [{ row, values: { ...filled, code: decision.candidate.code } }];
  });
}

/**
 * The stored values a « même client » row takes into its empty cells once the client is updated from it: the client's
 * value of each key the row left empty (written back into the sheet, so the row and the client agree and the next
 * import does not empty them).
 */
export function storedValuesForEmptyCells(values: ClientValues, client: Client): ClientValues {
  const kept: ClientValues = {};
  for (const key of COLUMN_KEYS) {
    const value = values[key];
    if (key !== 'code' && (value === null || value === undefined || value === '') && client[key] !== null && client[key] !== undefined)
      kept[key] = client[key];
  }
  return kept;
}

/** The codes of the clients the « même client » rows updated (or found unchanged): their stored values are looked up. */
export function sameClientCodes(
  outcomes: readonly { row: number; status: string; code?: string | null }[],
  decisions: readonly DuplicateDecision[],
): string[] {
  const same = new Set(decisions.flatMap((decision) => (decision.kind === 'same' ? [decision.duplicate.row] : [])));
  const codes = outcomes.flatMap((outcome) =>
    same.has(outcome.row) && (outcome.status === 'updated' || outcome.status === 'unchanged') && outcome.code ? [outcome.code] : [],
  );
  return [...new Set(codes)];
}

/**
 * The outcomes of the rows imported again, as they are written back: a « même client » row is marked as matched (its
 * undo empties its code again) and takes the stored values of its client (`stored`, by code) into its empty cells. A
 * row the store did not answer (its batch lost) is left out: it stays listed as it was, nothing of it written.
 */
export function resolvedDuplicateOutcomes<Outcome extends { row: number; status: string; code?: string | null; kept?: ClientValues }>(
  outcomes: readonly Outcome[],
  decisions: readonly DuplicateDecision[],
  stored: ReadonlyMap<string, Client>,
): (Outcome & { matchedAsDuplicate?: boolean })[] {
  const same = new Map(decisions.flatMap((decision) => (decision.kind === 'same' ? [[decision.duplicate.row, decision] as const] : [])));
  return outcomes.flatMap((outcome) => {
    if (outcome.status === 'not_imported') return [];
    const decision = same.get(outcome.row);
    if (decision === undefined) return [outcome];
    const client = outcome.code ? stored.get(outcome.code) : undefined;
    const matched = { ...outcome, matchedAsDuplicate: true };
    return [client === undefined ? matched : { ...matched, kept: storedValuesForEmptyCells(decision.duplicate.values, client) }];
  });
}
