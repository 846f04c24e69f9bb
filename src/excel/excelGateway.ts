import { detectChangeEvents } from './excelFeatures';
import type * as ImporterOperations from './importerOperations';
import { readActiveSheetSummary } from './workbookInfo';

type Operations = typeof ImporterOperations;

/** Validation as you type: whether Excel reports cell changes (ExcelApi 1.7), and the watch of a validated sheet. */
export type LiveValidationGateway = {
  supported: () => boolean;
  watch: Operations['watchSheetValidation'];
};

/** The Excel operations the pane uses, given to it through a React context so tests can pass a fake. */
export type ExcelGateway = {
  readActiveSheetSummary: typeof readActiveSheetSummary;
  insertTemplateSheet: () => ReturnType<Operations['insertTemplateSheet']>;
  validateActiveSheet: Operations['validateActiveSheet'];
  clearMarks: () => ReturnType<Operations['clearMarks']>;
  selectCell: Operations['selectCell'];
  addMissingColumns: Operations['addMissingColumns'];
  writeClientsToSheet: Operations['writeClientsToSheet'];
  writeImportResults: Operations['writeImportResults'];
  importFileAsSheet: Operations['importFileAsSheet'];
  applyValueFixes: Operations['applyValueFixes'];
  readRowFingerprints: Operations['readRowFingerprints'];
  recordRowFingerprints: Operations['recordRowFingerprints'];
  /** Missing from fakes that do not watch: the pane then offers no validation as you type. */
  liveValidation?: LiveValidationGateway;
  refreshSheetFromStore: Operations['refreshSheetFromStore'];
};

// Loaded on first use: the template engine is not needed to draw the pane's first screen.
const operations = (): Promise<Operations> => import('./importerOperations.js');

export const excelGateway: ExcelGateway = {
  readActiveSheetSummary,
  insertTemplateSheet: async () => (await operations()).insertTemplateSheet(),
  validateActiveSheet: async (options) => (await operations()).validateActiveSheet(options),
  clearMarks: async () => (await operations()).clearMarks(),
  selectCell: async (sheetName, address) => (await operations()).selectCell(sheetName, address),
  addMissingColumns: async (headerRow, keys) => (await operations()).addMissingColumns(headerRow, keys),
  writeClientsToSheet: async (clients) => (await operations()).writeClientsToSheet(clients),
  writeImportResults: async (writeBack) => (await operations()).writeImportResults(writeBack),
  importFileAsSheet: async (file, options) => (await operations()).importFileAsSheet(file, options),
  applyValueFixes: async (request) => (await operations()).applyValueFixes(request),
  readRowFingerprints: async (sheetName, storeKey) => (await operations()).readRowFingerprints(sheetName, storeKey),
  recordRowFingerprints: async (sheetName, storeKey, updates) => (await operations()).recordRowFingerprints(sheetName, storeKey, updates),
  liveValidation: {
    supported: () => detectChangeEvents().changeEvents,
    watch: async (validation, handlers, options) => (await operations()).watchSheetValidation(validation, handlers, options),
  },
  refreshSheetFromStore: async (options) => (await operations()).refreshSheetFromStore(options),
};
