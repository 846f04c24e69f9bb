import { useQuery, useQueryClient } from '@tanstack/react-query';
import { isStoreClientError } from '../../api-client/StoreClientError';
import type { StoreSettings } from '../../excel/settingsStorage';
import { usePaneServices } from '../services/PaneServicesContext';
import type { StoreStatus } from './StoreConnection';
import { storeQueries } from './storeQueries';

const placeholderSettings: StoreSettings = { storeUrl: '', token: '' };

/** The status line's state for the settings in use, and a way to check again. */
export function useStoreStatus(settings: StoreSettings | null, isResolving: boolean): { status: StoreStatus; recheck: () => void } {
  const { api } = usePaneServices();
  const queryClient = useQueryClient();
  const connection = useQuery({ ...storeQueries.connection(api, settings ?? placeholderSettings), enabled: settings !== null });
  // Reset, not just invalidate: the line shows "checking" until the new answer, as the person asked.
  const recheck = () => {
    void queryClient.resetQueries({ queryKey: storeQueries.all });
  };
  return { status: statusOf(settings, isResolving, connection), recheck };
}

type ConnectionQuery = { data: StoreStatus | undefined; error: unknown };

/** Background re-checks (window focus, after saving the same settings) keep the last answer on screen. */
function statusOf(settings: StoreSettings | null, isResolving: boolean, connection: ConnectionQuery): StoreStatus {
  if (settings === null) return isResolving ? { state: 'checking' } : { state: 'not_configured' };
  if (connection.data !== undefined) return connection.data;
  if (connection.error) {
    return { state: 'failed', code: isStoreClientError(connection.error) ? connection.error.code : 'invalid_response' };
  }
  return { state: 'checking' };
}
