import { readActiveSheetSummary } from './workbookInfo';

/** The Excel operations the pane uses, given to it through a React context so tests can pass a fake. */
export type ExcelGateway = {
  readActiveSheetSummary: typeof readActiveSheetSummary;
};

export const excelGateway: ExcelGateway = {
  readActiveSheetSummary,
};
