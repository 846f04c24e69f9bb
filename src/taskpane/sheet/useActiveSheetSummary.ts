import { useQuery } from '@tanstack/react-query';
import { usePaneServices } from '../services/PaneServicesContext';
import { sheetQueries } from './sheetQueries';

export type ActiveSheetSummaryState =
  { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; name: string; usedRows: number; usedColumns: number };

/** The active sheet's name and size, read through the Excel gateway; `refresh` reads it again. */
export function useActiveSheetSummary(): { summary: ActiveSheetSummaryState; isRefreshing: boolean; refresh: () => void } {
  const { excel } = usePaneServices();
  const query = useQuery(sheetQueries.activeSummary(excel));
  const summary: ActiveSheetSummaryState = query.isError
    ? { state: 'failed', error: query.error }
    : query.data
      ? { state: 'ready', ...query.data }
      : { state: 'loading' };
  return {
    summary,
    isRefreshing: query.isFetching,
    refresh: () => {
      void query.refetch();
    },
  };
}
