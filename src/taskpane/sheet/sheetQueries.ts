import { queryOptions } from '@tanstack/react-query';
import type { PaneExcel } from '../services/PaneServices';

/** Query options for what the pane reads from the workbook. */
export const sheetQueries = {
  all: ['excel'] as const,
  activeSummary: (excel: PaneExcel) =>
    queryOptions({
      queryKey: ['excel', 'active-sheet', 'summary'] as const,
      queryFn: () => excel.readActiveSheetSummary(),
    }),
};
