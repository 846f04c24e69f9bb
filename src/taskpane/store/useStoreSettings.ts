import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { StoreSettings } from '@/excel/settingsStorage';
import { usePaneServices } from '../services/PaneServicesContext';
import { storeQueries } from './storeQueries';

/** Where the settings in use come from: saved with the add-in, or the dev server's local store. */
export type StoreSettingsSource = 'saved' | 'local' | 'none';

export type StoreSettingsState = {
  settings: StoreSettings | null;
  source: StoreSettingsSource;
  /** True while the local store configuration is being looked for (first run only). */
  isResolving: boolean;
  /** Keeps `settings` with the add-in's settings, then re-checks the store. Rejects when storage fails. */
  save: (settings: StoreSettings) => Promise<void>;
};

/**
 * The store settings in use. Saved settings win; with none saved (first run), the dev server's
 * `local-store.json` pre-configures the pane.
 */
export function useStoreSettings(): StoreSettingsState {
  const { api, settingsStorage } = usePaneServices();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState<StoreSettings | null>(() => settingsStorage.load());
  const local = useQuery({ ...storeQueries.localConfig(api), enabled: saved === null });
  const localSettings = local.data ?? null;
  const save = async (settings: StoreSettings) => {
    await settingsStorage.save(settings);
    setSaved(settings);
    void queryClient.invalidateQueries({ queryKey: storeQueries.all });
  };
  return {
    settings: saved ?? localSettings,
    source: saved ? 'saved' : localSettings ? 'local' : 'none',
    isResolving: saved === null && local.isPending,
    save,
  };
}
