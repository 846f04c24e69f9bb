import { useQuery, useQueryClient } from '@tanstack/react-query';
import { isStoreClientError } from '@/api-client/StoreClientError';
import type { StoreSettings } from '@/excel/settingsStorage';
import type { StoreStatus } from './StoreConnection';
import { storeQueries, type StoreInUse } from './storeQueries';

/** The status line's state for the store in use (its settings and their client), and a way to check again. */
export function useStoreStatus(store: StoreInUse | null, isResolving: boolean): { status: StoreStatus; recheck: () => void } {
  const queryClient = useQueryClient();
  const connection = useQuery(storeQueries.connection(store));
  // Reset, not just invalidate: the line shows "checking" until the new answer, as the person asked.
  const recheck = () => {
    void queryClient.resetQueries({ queryKey: storeQueries.all });
  };
  return { status: statusOf(store?.settings ?? null, isResolving, connection), recheck };
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
