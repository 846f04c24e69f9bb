import { cellKey } from '@/domain';
import type { SyncBudget } from '../requests/createSyncBudget';
import { locateBytes, smallLoadResponseBytes } from '../requests/requestBytes';

/**
 * Queues the load of the cell of each of `count` items (by position: loading the items themselves would bring back
 * their text); `keys()` after the sync → "row,column" of every one.
 */
async function queueCellLocations(
  count: number,
  itemAt: (index: number) => { getLocation: () => Excel.Range },
  budget: SyncBudget,
): Promise<() => Set<string>> {
  const found: Excel.Range[] = [];
  for (let index = 0; index < count; index += 1) {
    await budget.reserve(locateBytes, smallLoadResponseBytes);
    found.push(itemAt(index).getLocation().load('rowIndex,columnIndex'));
  }
  return () => new Set(found.map((location) => cellKey({ row: location.rowIndex, column: location.columnIndex })));
}

/** Queues, for a sheet holding `count` notes, the load of each note's cell; `keys()` after the sync. */
export function queueNoteLocations(sheet: Excel.Worksheet, count: number, budget: SyncBudget): Promise<() => Set<string>> {
  return queueCellLocations(count, (index) => sheet.notes.getItemAt(index), budget);
}

/** Queues, for a sheet holding `count` threaded comments, the load of each one's cell; `keys()` after the sync. */
export function queueCommentLocations(sheet: Excel.Worksheet, count: number, budget: SyncBudget): Promise<() => Set<string>> {
  return queueCellLocations(count, (index) => sheet.comments.getItemAt(index), budget);
}
