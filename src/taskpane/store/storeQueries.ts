import { queryOptions, skipToken } from '@tanstack/react-query';
import type { StoreClient } from '@/api-client/createStoreClient';
import type { StoreSettings } from '@/excel/settingsStorage';
import type { PaneApi } from '../services/PaneServices';

/** The settings in use and the one client made from them. */
export type StoreInUse = { settings: StoreSettings; client: StoreClient };
import { checkStoreConnection } from './checkStoreConnection';

/** Query options for the store: one factory per resource; keys hold every input. */
export const storeQueries = {
  all: ['store'] as const,
  /** The check of the store in use (its settings and their client); none while no store is configured. */
  connection: (store: StoreInUse | null) =>
    queryOptions({
      queryKey: ['store', 'connection', store?.settings.storeUrl ?? '', store?.settings.token ?? ''] as const,
      queryFn: store === null ? skipToken : ({ signal }) => checkStoreConnection(store.client, { signal }),
      staleTime: 30_000,
    }),
  localConfig: (api: PaneApi) =>
    queryOptions({
      queryKey: ['local-store-config'] as const,
      queryFn: ({ signal }) => api.loadLocalStoreConfig({ signal }),
      staleTime: Infinity,
    }),
};
