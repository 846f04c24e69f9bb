import { cellKeyOfAddress, splitAddressList } from '@/domain';
import type { SyncBudget } from '../requests/createSyncBudget';
import { actionBytes, itemCallEnvelope, rangeAreasBytes } from '../requests/requestBytes';
import type { MarkEntry } from './MarkEntry';
import { queueOwnFill } from './ownFill';

/**
 * Queues what undoes one sheet's marks: each cell gets back its own fill (no fill, or its colour), the notes the
 * marking added are deleted (only those still there: `existingNotes` holds the "row,column" keys of the sheet's
 * notes, or null where notes are not supported), and the "Anomalies" column is cleared. Values are never touched.
 */
export async function queueRestore(
  sheet: Excel.Worksheet,
  entries: readonly MarkEntry[],
  existingNotes: ReadonlySet<string> | null,
  budget: SyncBudget,
): Promise<void> {
  const deleted = new Set<string>();
  for (const entry of entries) {
    if (entry.kind === 'fill') {
      await budget.reserve(rangeAreasBytes(entry.addresses) + 200);
      queueOwnFill(sheet.getRanges(entry.addresses).format.fill, entry.color);
    } else if (entry.kind === 'column') {
      await budget.reserve(actionBytes(entry.addresses));
      sheet.getRange(entry.addresses).clear(Excel.ClearApplyTo.all);
    } else if (existingNotes !== null) {
      for (const cell of splitAddressList(entry.addresses)) {
        // Each note once, even when two entries list its cell.
        if (!existingNotes.has(cellKeyOfAddress(cell)) || deleted.has(cellKeyOfAddress(cell))) continue;
        deleted.add(cellKeyOfAddress(cell));
        await budget.reserve(actionBytes(cell, itemCallEnvelope));
        sheet.notes.getItem(cell).delete();
      }
    }
  }
}
