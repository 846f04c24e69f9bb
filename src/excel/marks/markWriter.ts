import type { SyncBudget } from '../requests/createSyncBudget';
import type { CellMark } from './CellMark';

/**
 * What a writer put in the request being built. `commit` is called once the request succeeded (what it carried is
 * then done, and what did not fit waits for the next request); after a failed request it is not called, and the next
 * `queue` puts the same again. `settled`: once this request succeeds, nothing of this writer waits any more.
 */
export type QueuedMarks = { commit: () => void; settled: boolean };

/**
 * The protocol of a mark writer (cell fills, notes, the "Anomalies" column): `add` takes a chunk's marks (with what
 * `Extra` names) and returns the request bytes writing them will take; `queue` puts in the request being built what
 * fits of the marks still waiting (`allRead`: every row is read, no mark will be added any more).
 */
export type MarkWriter<Extra extends unknown[] = []> = {
  add: (marks: readonly CellMark[], ...extra: Extra) => number;
  queue: (sheet: Excel.Worksheet, budget: SyncBudget, allRead: boolean) => Promise<QueuedMarks>;
};

/** Queues each writer in turn (in the order given: they share the budget) as one: settled when all are. */
export async function queueMarkWriters(
  writers: readonly Pick<MarkWriter, 'queue'>[],
  sheet: Excel.Worksheet,
  budget: SyncBudget,
  allRead: boolean,
): Promise<QueuedMarks> {
  const queued: QueuedMarks[] = [];
  for (const writer of writers) queued.push(await writer.queue(sheet, budget, allRead));
  return {
    settled: queued.every((step) => step.settled),
    commit: () => {
      for (const step of queued) step.commit();
    },
  };
}
