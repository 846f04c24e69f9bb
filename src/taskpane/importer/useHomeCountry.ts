import { useQueryClient } from '@tanstack/react-query';
import { DEFAULT_HOME_COUNTRY } from '../../domain/validation/NormalizeOptions';
import type { StoreStatus } from '../store/StoreConnection';
import { storeQueries } from '../store/storeQueries';

/** The organisation's home country as the connected store says it (CH until a store answered). */
export function useHomeCountry(): string {
  const queryClient = useQueryClient();
  const answers = queryClient.getQueriesData<StoreStatus>({ queryKey: storeQueries.all });
  for (const [, status] of answers) if (status?.state === 'connected') return status.homeCountry;
  return DEFAULT_HOME_COUNTRY;
}
