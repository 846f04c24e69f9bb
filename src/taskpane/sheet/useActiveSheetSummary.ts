import { useQuery } from '@tanstack/react-query';
import { usePaneServices } from '../services/PaneServicesContext';
import { sheetQueries } from './sheetQueries';

export type ActiveSheetSummaryState =
  { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; name: string; usedRows: number; usedColumns: number };

/** How often the active sheet is read again while something on screen belongs to one sheet (a report). */
export const ACTIVE_SHEET_WATCH_MS = 2000;

/**
 * The active sheet's name and size, read through the Excel gateway; `refresh` reads it again. With `watch`, it is
 * read again every ACTIVE_SHEET_WATCH_MS (and when the pane gets the focus back): a report of another sheet than the
 * active one is then put away. Polling, not `worksheets.onActivated`: one small request, and no event registration
 * the protocol host of the tests cannot answer. `readAt` is when the name was read (0 before).
 */
export function useActiveSheetSummary(options: { watch?: boolean } = {}): {
  summary: ActiveSheetSummaryState;
  readAt: number;
  isRefreshing: boolean;
  refresh: () => void;
} {
  const { excel } = usePaneServices();
  const query = useQuery({ ...sheetQueries.activeSummary(excel), refetchInterval: options.watch ? ACTIVE_SHEET_WATCH_MS : false });
  const summary: ActiveSheetSummaryState = query.isError
    ? { state: 'failed', error: query.error }
    : query.data
      ? { state: 'ready', ...query.data }
      : { state: 'loading' };
  return {
    summary,
    readAt: query.dataUpdatedAt,
    isRefreshing: query.isFetching,
    refresh: () => {
      void query.refetch();
    },
  };
}
