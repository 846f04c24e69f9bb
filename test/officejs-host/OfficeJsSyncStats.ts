import type { SyncRecord, SyncStats } from '../excel-host/SyncRecord';

/** One request office.js sent; `cleanup` marks the one Excel.run sends at its end to release tracked ranges. */
export type OfficeJsSyncRecord = SyncRecord & { cleanup: boolean };

/**
 * test/excel-host's counters, over the real requests: `syncs` counts every round trip, Excel.run's closing
 * `_RemoveReference` request included, which `cleanups` counts apart (the in-memory proxies never send it), so
 * `syncs - cleanups` is what test/excel-host counts for the same code.
 */
export type OfficeJsSyncStats = Omit<SyncStats, 'history'> & { cleanups: number; history: OfficeJsSyncRecord[] };
