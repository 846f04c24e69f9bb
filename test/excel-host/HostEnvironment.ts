import type { ExcelLimits } from './ExcelLimits';
import type { WorkbookModel } from './model/WorkbookModel';
import type { SyncStats } from './SyncRecord';

/** What every request context of one host shares. */
export type HostEnvironment = {
  model: WorkbookModel;
  limits: ExcelLimits;
  stats: SyncStats;
  /** The highest ExcelApi version the host supports ("1.17"); APIs of later sets fail with ApiNotFound at sync. */
  excelApi?: string;
};
