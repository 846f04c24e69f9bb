import { keepPreviousData, useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { Client } from '@/contract/Client';
import { usePaneServices } from '../services/PaneServicesContext';
import { clientQueries, type ClientFilter } from './clientQueries';
import { collectClients } from './collectClients';
import { toSheetClient } from './toSheetClient';
import type { ConnectedStore } from '../store/StoreProvider';
import { SEARCH_DEBOUNCE_MS, useDebouncedValue } from './useDebouncedValue';

/**
 * The finder's state and calls: the words typed (searched once typing pauses; an answer to older
 * words is never shown, its request is aborted), the initial, the foreign filter, the loaded pages,
 * the selection, and "Insérer dans la feuille".
 */
export function useClientFinder(store: ConnectedStore) {
  const { excel } = usePaneServices();
  const [text, setText] = useState('');
  const [letter, setLetter] = useState<string | null>(null);
  const [foreignOnly, setForeignOnly] = useState(false);
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  const q = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const filter: ClientFilter = useMemo(() => ({ q, letter, foreignOnly }), [q, letter, foreignOnly]);
  const search = useInfiniteQuery({ ...clientQueries.search(store, filter), placeholderData: keepPreviousData });
  const items = useMemo(() => search.data?.pages.flatMap((page) => page.items) ?? [], [search.data]);
  const total = search.data?.pages[0]?.total ?? 0;
  const selected = items.filter((client) => selectedIds.has(client.id));

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
    filter,
    items,
    total,
    /** The words typed are not searched yet, or the answer to them has not come. */
    isSearching: search.isPending || search.isPlaceholderData || text.trim() !== q,
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
    handleTextChange: (value: string) => {
      setText(value);
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
