import { useQueryClient } from '@tanstack/react-query';
import type { LocalStoreConfig } from '../../contract/LocalStoreConfig';
import { usePaneServices } from '../services/PaneServicesContext';
import { storeQueries } from '../store/storeQueries';
import type { ImportStore } from './ImportStore';

/**
 * Connects to the store an import writes to, with the settings in use when it is called (saved ones, else the dev
 * server's local store, as useStoreSettings decides), or null while none is configured.
 */
export function useImportStore(): () => ImportStore | null {
  const { api, settingsStorage } = usePaneServices();
  const queryClient = useQueryClient();
  return () => {
    const settings = settingsStorage.load() ?? queryClient.getQueryData<LocalStoreConfig | null>(storeQueries.localConfig(api).queryKey) ?? null;
    return settings === null ? null : api.connect(settings);
  };
}
