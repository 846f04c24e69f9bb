import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { StoreClient } from '@/api-client/createStoreClient';
import { DEFAULT_HOME_COUNTRY } from '@/domain';
import type { StoreSettings } from '@/excel/settingsStorage';
import { usePaneServices } from '../services/PaneServicesContext';
import type { StoreStatus } from './StoreConnection';
import { type StoreSettingsSource, useStoreSettings } from './useStoreSettings';
import { useStoreStatus } from './useStoreStatus';

/** The store the pane is connected to: the settings in use were checked and the store answered "connected". */
export type ConnectedStore = {
  client: StoreClient;
  /** Part of every clients query key: another store, other results. */
  storeUrl: string;
  /** The organisation's home country as the store says it: the default of every country field. */
  homeCountry: string;
};

/** Which store, and which home country: the one answer every part of the pane uses. */
export type PaneStore = {
  /** The settings in use: saved with the add-in, else the dev server's local store; null while none is configured. */
  settings: StoreSettings | null;
  source: StoreSettingsSource;
  /** True while the local store configuration is being looked for (first run only). */
  isResolving: boolean;
  /** Keeps the settings with the add-in's settings, then checks the store again. Rejects when storage fails. */
  save: (settings: StoreSettings) => Promise<void>;
  /** The connection check of the settings in use, as the status line shows it. */
  status: StoreStatus;
  recheck: () => void;
  /** A client of the store the settings point to (an import writes there), or null while none is configured. */
  client: StoreClient | null;
  /** The store, once it answered "connected" for the settings in use; null otherwise. */
  connected: ConnectedStore | null;
  /** The connected store's home country; CH until a store answered. */
  homeCountry: string;
};

const StoreContext = createContext<PaneStore | null>(null);

type StoreProviderProps = { children: ReactNode };

/**
 * Gives the pane its store: the settings (TanStack Query resolves the dev server's local configuration) and the
 * connection check of those settings (a query keyed by URL and token). Every consumer re-renders when either
 * changes, so a validation or an import always uses the store and home country on screen.
 */
export function StoreProvider({ children }: StoreProviderProps) {
  const { api } = usePaneServices();
  const { settings, source, isResolving, save } = useStoreSettings();
  const storeUrl = settings?.storeUrl ?? null;
  const token = settings?.token ?? null;
  // One client per URL and token: the connection check, the Clients tab and the imports share it.
  const inUse = useMemo(
    () => (storeUrl === null || token === null ? null : { settings: { storeUrl, token }, client: api.connect({ storeUrl, token }) }),
    [api, storeUrl, token],
  );
  const client = inUse?.client ?? null;
  const { status, recheck } = useStoreStatus(inUse, isResolving);
  const homeCountry = status.state === 'connected' ? status.homeCountry : null;
  const connected = useMemo(
    () => (client === null || storeUrl === null || homeCountry === null ? null : { client, storeUrl, homeCountry }),
    [client, storeUrl, homeCountry],
  );
  const value: PaneStore = {
    settings,
    source,
    isResolving,
    save,
    status,
    recheck,
    client,
    connected,
    homeCountry: homeCountry ?? DEFAULT_HOME_COUNTRY,
  };
  return <StoreContext.Provider value={value}>{children}</StoreContext.Provider>;
}

/** The pane's store (settings, status, client, home country); throws outside `StoreProvider`. */
export function useStore(): PaneStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore must be used inside StoreProvider');
  return store;
}
