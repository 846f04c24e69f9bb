import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Client } from '@/contract/Client';
import type { ClientMergeResponse } from '@/contract/ClientMerge';
import type { DuplicatePair } from '@/contract/DuplicatePairs';
import type { ColumnKey } from '@/domain';
import { useAnnounce } from '../announce/PaneAnnouncer';
import { useI18n } from '../i18n/I18nContext';
import { clientQueries } from './clientQueries';
import { conflictChanges } from './conflictChanges';
import type { ConnectedStore } from '../store/StoreProvider';

/** Which side of a merge keeps each differing field: the survivor's value or the other client's. */
export type FieldPick = 'survivor' | 'other';

/**
 * The « Doublons » screen's flow, one named state at a time: the list; choosing the fields of one pair's merge (the
 * survivor, the pick of each differing field); a merge done (with its undo); a merge undone.
 */
export type MergeFlow =
  | { step: 'list' }
  | { step: 'choose'; pair: DuplicatePair; survivor: Client; other: Client; picks: Partial<Record<ColumnKey, FieldPick>> }
  | { step: 'merged'; result: ClientMergeResponse }
  | { step: 'unmerged'; client: Client };

/** The template fields two clients differ in, the code aside (a code is never reused: the survivor keeps its own). */
export function mergeFields(survivor: Client, other: Client): ColumnKey[] {
  return conflictChanges(survivor, other)
    .map((change) => change.key)
    .filter((key) => key !== 'code');
}

/** The default picks: the survivor's value, unless it is empty and the other client has one (nothing is lost by default). */
function defaultPicks(survivor: Client, other: Client): Partial<Record<ColumnKey, FieldPick>> {
  return Object.fromEntries(
    mergeFields(survivor, other).map((key) => [
      key,
      (survivor[key] ?? null) === null && (other[key] ?? null) !== null ? 'other' : 'survivor',
    ]),
  );
}

/** The probable pairs (pages with the cursor), dismiss, and the merge flow: choose, merge, undo. */
export function useDuplicatePairs(store: ConnectedStore) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const pairs = useInfiniteQuery(clientQueries.duplicates(store));
  const [flow, setFlow] = useState<MergeFlow>({ step: 'list' });
  const refresh = () => queryClient.invalidateQueries({ queryKey: clientQueries.all });

  const dismiss = useMutation({
    mutationFn: (pair: DuplicatePair) => store.client.dismissDuplicate([pair.clients[0].id, pair.clients[1].id]),
    onSuccess: async () => {
      await refresh();
      announce(t.clients.duplicates.dismissed);
    },
  });
  const merge = useMutation({
    mutationFn: (choice: Extract<MergeFlow, { step: 'choose' }>) => {
      const values = Object.fromEntries(
        mergeFields(choice.survivor, choice.other)
          .filter((key) => choice.picks[key] === 'other')
          .map((key) => [key, choice.other[key] ?? null]),
      );
      return store.client.mergeClients(choice.survivor.id, {
        from: choice.other.id,
        version: choice.survivor.version,
        fromVersion: choice.other.version,
        values,
      });
    },
    onSuccess: async (result) => {
      setFlow({ step: 'merged', result });
      announce(t.clients.duplicates.done(result.client.code, result.merged.code));
      await refresh();
    },
  });
  const unmerge = useMutation({
    mutationFn: (result: ClientMergeResponse) => store.client.unmergeClients(result.client.id, result.merged.id),
    onSuccess: async ({ client }) => {
      setFlow({ step: 'unmerged', client });
      announce(t.clients.duplicates.undone);
      await refresh();
    },
  });

  return {
    pairs,
    items: pairs.data?.pages.flatMap((page) => page.items) ?? [],
    flow,
    dismiss,
    merge,
    unmerge,
    /** « Fusionner »: the older client (clients[0]) is kept by default. */
    chooseMerge: (pair: DuplicatePair) => {
      merge.reset();
      const [survivor, other] = pair.clients;
      setFlow({ step: 'choose', pair, survivor, other, picks: defaultPicks(survivor, other) });
    },
    switchSurvivor: () =>
      setFlow((current) =>
        current.step === 'choose'
          ? { ...current, survivor: current.other, other: current.survivor, picks: defaultPicks(current.other, current.survivor) }
          : current,
      ),
    pick: (key: ColumnKey, side: FieldPick) =>
      setFlow((current) => (current.step === 'choose' ? { ...current, picks: { ...current.picks, [key]: side } } : current)),
    backToList: () => {
      merge.reset();
      unmerge.reset();
      setFlow({ step: 'list' });
    },
  };
}

export type DuplicatePairsState = ReturnType<typeof useDuplicatePairs>;
