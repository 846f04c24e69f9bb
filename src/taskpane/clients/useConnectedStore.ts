import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useSyncExternalStore } from 'react';
import type { StoreClient } from '../../api-client/createStoreClient';
import { usePaneServices } from '../services/PaneServicesContext';
import type { StoreStatus } from '../store/StoreConnection';
import { storeQueries } from '../store/storeQueries';

export type ConnectedStore = {
  client: StoreClient;
  /** Part of every clients query key: another store, other results. */
  storeUrl: string;
  /** The organisation's home country as the store says it: the default of every country field. */
  homeCountry: string;
};

/**
 * The store the pane is connected to: the connection check that is on screen (an observed
 * `storeQueries.connection` query, key `['store', 'connection', storeUrl, token]`) that answered
 * "connected". Null while there is none. Follows the settings as they change.
 */
export function useConnectedStore(): ConnectedStore | null {
  const { api } = usePaneServices();
  const queryCache = useQueryClient().getQueryCache();
  const found = useSyncExternalStore(
    (onChange) => queryCache.subscribe(onChange),
    () => {
      const query = queryCache.findAll({ queryKey: [...storeQueries.all, 'connection'] }).find((candidate) => {
        const status = candidate.state.data as StoreStatus | undefined;
        return candidate.getObserversCount() > 0 && status?.state === 'connected';
      });
      if (!query) return '';
      const [, , storeUrl, token] = query.queryKey as [string, string, string, string];
      const status = query.state.data as Extract<StoreStatus, { state: 'connected' }>;
      return JSON.stringify([storeUrl, token, status.homeCountry]);
    },
  );
  return useMemo(() => {
    if (found === '') return null;
    const [storeUrl, token, homeCountry] = JSON.parse(found) as [string, string, string];
    return { client: api.connect({ storeUrl, token }), storeUrl, homeCountry };
  }, [api, found]);
}
