import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { CLIENT_LOOKUP_MAX } from '@/contract/ClientLookup';
import { TEMPLATE_LANGUAGE } from '@/domain';
import type { SheetMapping } from '@/excel/marks/validateActiveSheet';
import { clientQueries } from '../../clients/clientQueries';
import { usePaneServices } from '../../services/PaneServicesContext';
import { sheetQueries } from '../../sheet/sheetQueries';
import { useStore } from '../../store/StoreProvider';
import { rememberedMappingLookup } from '../mappingQueries';
import { fingerprintStoreKey } from '@/domain';

/**
 * "Actualiser depuis la base" in the pane: refreshes the active sheet from the store on screen (refreshSheetFromStore,
 * its codes looked up CLIENT_LOOKUP_MAX at a time), its statuses written in the template's language as an import's are.
 * Its headers are read as the session's validation reads them: with the mappings confirmed for the sheets (`mappings`),
 * else the one the connected store remembers.
 * Without a store, says so and touches nothing. The sheet changed: its summary is read again.
 */
export function useRefresh(mappings: readonly SheetMapping[]) {
  const { excel } = usePaneServices();
  const store = useStore();
  const queryClient = useQueryClient();
  const [storeMissing, setStoreMissing] = useState(false);
  const refresh = useMutation({
    mutationFn: async () => {
      const { client, connected } = store;
      if (client === null) throw new Error('no store');
      return excel.refreshSheetFromStore({
        homeCountry: store.homeCountry,
        lang: TEMPLATE_LANGUAGE,
        confirmedMappings: mappings,
        ...(connected === null ? {} : { findMapping: rememberedMappingLookup(queryClient, connected) }),
        lookup: (request) => client.lookupClients(request),
        codesPerLookup: CLIENT_LOOKUP_MAX,
        ...(connected === null ? {} : { fingerprintKey: fingerprintStoreKey(connected.storeUrl) }),
      });
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: sheetQueries.all }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: clientQueries.all }),
  });
  return {
    isRefreshing: refresh.isPending,
    result: refresh.data ?? null,
    failure: refresh.error,
    storeMissing,
    handleRefresh: () => {
      setStoreMissing(store.client === null);
      if (store.client === null) return refresh.reset();
      refresh.mutate();
    },
  };
}
