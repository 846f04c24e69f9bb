import { cellKey } from '@/domain';
import type { SyncBudget } from '../requests/createSyncBudget';
import { locateBytes, smallLoadResponseBytes } from '../requests/requestBytes';

/**
 * Queues, for a sheet holding `count` notes, the load of each note's cell (by position: loading the notes themselves
 * would bring back their text); `keys()` after the sync → "row,column" of every note.
 */
export async function queueNoteLocations(sheet: Excel.Worksheet, count: number, budget: SyncBudget): Promise<() => Set<string>> {
  const found: Excel.Range[] = [];
  for (let index = 0; index < count; index += 1) {
    await budget.reserve(locateBytes, smallLoadResponseBytes);
    found.push(sheet.notes.getItemAt(index).getLocation().load('rowIndex,columnIndex'));
  }
  return () => new Set(found.map((location) => cellKey({ row: location.rowIndex, column: location.columnIndex })));
}
