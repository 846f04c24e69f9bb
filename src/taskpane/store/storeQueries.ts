import { queryOptions } from '@tanstack/react-query';
import type { StoreSettings } from '../../excel/settingsStorage';
import type { PaneApi } from '../services/PaneServices';
import { checkStoreConnection } from './checkStoreConnection';

/** Query options for the store: one factory per resource; keys hold every input. */
export const storeQueries = {
  all: ['store'] as const,
  connection: (api: PaneApi, settings: StoreSettings) =>
    queryOptions({
      queryKey: ['store', 'connection', settings.storeUrl, settings.token] as const,
      queryFn: ({ signal }) => checkStoreConnection(api.connect(settings), { signal }),
      staleTime: 30_000,
    }),
  localConfig: (api: PaneApi) =>
    queryOptions({
      queryKey: ['local-store-config'] as const,
      queryFn: ({ signal }) => api.loadLocalStoreConfig({ signal }),
      staleTime: Infinity,
    }),
};
