import { createExcelNamespace, type HostExcelNamespace } from './createExcelNamespace';
import type { HostFaults } from './HostEnvironment';
import { defaultExcelLimits, type ExcelLimits } from './ExcelLimits';
import { type ModelListener, WorkbookModel } from './model/WorkbookModel';
import type { SyncStats } from './SyncRecord';

export type ExcelHostOptions = {
  /** Office.context.displayLanguage of the shim, e.g. "fr-CH" (default) or "en-US". */
  displayLanguage?: string;
  /** The highest requirement set version the shim reports as supported, e.g. { ExcelApi: '1.17' } (default). */
  apiSets?: { ExcelApi?: string };
  limits?: Partial<ExcelLimits>;
};

export type ExcelHost = {
  /** The namespace to install as globalThis.Excel. */
  Excel: HostExcelNamespace;
  /** The workbook itself, for tests and the preview grid (no proxies, no syncs). */
  workbook: WorkbookModel;
  stats: SyncStats;
  resetStats: () => void;
  /** Called after each sync that changed the workbook and after each direct change; returns unsubscribe. */
  subscribe: (listener: ModelListener) => () => void;
  displayLanguage: string;
  apiSets: { ExcelApi: string };
  limits: ExcelLimits;
  /** Known failures of Excel a test turns on (HostFaults), e.g. `host.faults.insertWorksheetsFromBase64 = 'refuse'`. */
  faults: HostFaults;
};

/** An in-memory Excel: a workbook with no sheet yet (add them with host.workbook.addSheet). */
export function createExcelHost(options: ExcelHostOptions = {}): ExcelHost {
  const displayLanguage = options.displayLanguage ?? 'fr-CH';
  const limits: ExcelLimits = { ...defaultExcelLimits, ...options.limits };
  const workbook = new WorkbookModel(displayLanguage.toLowerCase().startsWith('fr') ? 'Feuil' : 'Sheet');
  const stats: SyncStats = { syncs: 0, requestBytes: 0, responseBytes: 0, history: [] };
  const excelApi = options.apiSets?.ExcelApi ?? '1.17';
  const faults: HostFaults = {};
  return {
    Excel: createExcelNamespace({ model: workbook, limits, stats, excelApi, faults }),
    workbook,
    stats,
    resetStats: () => {
      stats.syncs = 0;
      stats.requestBytes = 0;
      stats.responseBytes = 0;
      stats.history.length = 0;
    },
    subscribe: (listener) => workbook.subscribe(listener),
    displayLanguage,
    apiSets: { ExcelApi: excelApi },
    limits,
    faults,
  };
}
