import { keepPreviousData, useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { Client } from '@/contract/Client';
import { useAnnounce } from '../announce/PaneAnnouncer';
import { useI18n } from '../i18n/I18nContext';
import { usePaneServices } from '../services/PaneServicesContext';
import { clientQueries, type ClientFilter } from './clientQueries';
import { collectClients } from './collectClients';
import { toSheetClient } from './toSheetClient';
import type { ConnectedStore } from '../store/StoreProvider';
import { SEARCH_DEBOUNCE_MS, useDebouncedValue } from './useDebouncedValue';

/**
 * The finder's state and calls: the words typed (searched once typing pauses; an answer to older
 * words is never shown, its request is aborted), the initial (cleared by typing), the foreign filter,
 * "Clients supprimés", the loaded pages, the selection, and "Insérer dans la feuille".
 */
export function useClientFinder(store: ConnectedStore) {
  const { excel } = usePaneServices();
  const [text, setText] = useState('');
  const [letter, setLetter] = useState<string | null>(null);
  const [foreignOnly, setForeignOnly] = useState(false);
  const [deletedOnly, setDeletedOnly] = useState(false);
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  const q = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const filter: ClientFilter = useMemo(() => ({ q, letter, foreignOnly, deletedOnly }), [q, letter, foreignOnly, deletedOnly]);
  const search = useInfiniteQuery({ ...clientQueries.search(store, filter), placeholderData: keepPreviousData });
  const items = useMemo(() => search.data?.pages.flatMap((page) => page.items) ?? [], [search.data]);
  const total = search.data?.pages[0]?.total ?? 0;
  const selected = items.filter((client) => selectedIds.has(client.id));
  const isSearching = search.isPending || search.isPlaceholderData || text.trim() !== q;
  const settled = !isSearching && search.error === null;

  // The answer to a search comes later than the typing: its count is said once it is there.
  const { t } = useI18n();
  const announce = useAnnounce();
  const countText = t.clients.find.count(total);
  useEffect(() => {
    if (settled) announce(countText);
  }, [settled, filter, countText, announce]);

  const insert = useMutation({
    mutationFn: async (): Promise<{ sheetName: string; rows: number; capped: boolean }> => {
      const { clients, capped } = selected.length > 0 ? { clients: selected, capped: false } : await collectClients(store, filter);
      const written = await excel.writeClientsToSheet(clients.map(toSheetClient));
      return { ...written, capped };
    },
  });

  const resetSelection = () => setSelectedIds(new Set());
  return {
    text,
    letter,
    foreignOnly,
    deletedOnly,
    filter,
    items,
    total,
    /** The words typed are not searched yet, or the answer to them has not come. */
    isSearching,
    isInitialLoading: search.isPending,
    error: search.error,
    retry: () => void search.refetch(),
    hasNextPage: search.hasNextPage,
    isFetchingNextPage: search.isFetchingNextPage,
    loadMore: () => {
      if (search.hasNextPage && !search.isFetchingNextPage) void search.fetchNextPage();
    },
    selectedIds,
    selectedCount: selected.length,
    insert,
    /** Typing searches every initial: the letter is cleared (words and letter together hid most matches). */
    handleTextChange: (value: string) => {
      setText(value);
      if (value.trim() !== '') setLetter(null);
      resetSelection();
    },
    handleLetterChange: (value: string | null) => {
      setLetter(value);
      resetSelection();
    },
    handleForeignChange: (value: boolean) => {
      setForeignOnly(value);
      resetSelection();
    },
    handleDeletedChange: (value: boolean) => {
      setDeletedOnly(value);
      resetSelection();
    },
    /** "Retirer le filtre": the initial, "Clients étrangers" and "Clients supprimés" off; the words stay. */
    clearFilters: () => {
      setLetter(null);
      setForeignOnly(false);
      setDeletedOnly(false);
      resetSelection();
    },
    toggleSelected: (client: Client) =>
      setSelectedIds((current) => {
        const next = new Set(current);
        if (next.has(client.id)) next.delete(client.id);
        else next.add(client.id);
        return next;
      }),
  };
}

export type ClientFinderState = ReturnType<typeof useClientFinder>;
