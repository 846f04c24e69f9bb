import type { ExcelLimits } from './ExcelLimits';
import type { WorkbookModel } from './model/WorkbookModel';
import type { SyncStats } from './SyncRecord';

/** What every request context of one host shares. */
export type HostEnvironment = {
  model: WorkbookModel;
  limits: ExcelLimits;
  stats: SyncStats;
};
