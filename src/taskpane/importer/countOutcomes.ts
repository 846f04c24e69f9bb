import type { ImportRowOutcome } from '@/excel/imports/ImportRowOutcome';

export type OutcomeCounts = {
  created: number;
  updated: number;
  unchanged: number;
  /** Rows the store did not write because the sheet and the store changed a field differently. */
  conflict: number;
  /** Rows the store did not create because they are probably clients it has (« Doublons probables »). */
  duplicate: number;
  failed: number;
  notImported: number;
};

/** How many rows ended in each status (reverted rows are not counted). */
export function countOutcomes(outcomes: readonly ImportRowOutcome[]): OutcomeCounts {
  const counts: OutcomeCounts = { created: 0, updated: 0, unchanged: 0, conflict: 0, duplicate: 0, failed: 0, notImported: 0 };
  for (const outcome of outcomes) {
    if (outcome.status === 'not_imported') counts.notImported += 1;
    else if (outcome.status !== 'reverted') counts[outcome.status] += 1;
  }
  return counts;
}
