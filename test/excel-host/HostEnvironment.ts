import type { ExcelLimits } from './ExcelLimits';
import type { WorkbookModel } from './model/WorkbookModel';
import type { SyncStats } from './SyncRecord';

/**
 * Failures Excel is known to give that a test turns on: `insertWorksheetsFromBase64` `refuse` (Excel on the web on some
 * files — charts, comments, PivotTables —, or intermittently: GeneralException, nothing inserted) or `insertThenFail`
 * (office-js #3179: the sheets are inserted and the request still fails with GeneralException).
 */
export type HostFaults = { insertWorksheetsFromBase64?: 'refuse' | 'insertThenFail' };

/** What every request context of one host shares. */
export type HostEnvironment = {
  model: WorkbookModel;
  limits: ExcelLimits;
  stats: SyncStats;
  /** The highest ExcelApi version the host supports ("1.17"); APIs of later sets fail with ApiNotFound at sync. */
  excelApi?: string;
  /** Known failures turned on by a test (mutable). */
  faults?: HostFaults;
};
