import { actionBytes, rangeWriteEnvelope, type SyncBudget } from './createSyncBudget';
import { markEntryToRow, markStoreSheetName, type MarkEntry } from './MarkEntry';
import type { MarkState } from './loadMarkState';

/** Queues the rewrite of the mark store with `entries` (creating it, very hidden, when missing). */
export async function queueStoreRewrite(
  context: Excel.RequestContext,
  state: MarkState,
  entries: readonly MarkEntry[],
  budget: SyncBudget,
): Promise<void> {
  const hadStore = !state.store.isNullObject;
  if (!hadStore && entries.length === 0) return;
  const store = hadStore ? state.store : context.workbook.worksheets.add(markStoreSheetName);
  if (hadStore && !state.storeUsed.isNullObject) {
    await budget.reserve(400);
    store.getRange('A:D').clear(Excel.ClearApplyTo.contents);
  }
  if (!hadStore) {
    store.getRange('A:D').numberFormat = '@' as unknown as string[][];
    store.visibility = Excel.SheetVisibility.veryHidden;
  }
  if (entries.length === 0) return;
  const rows = entries.map(markEntryToRow);
  await budget.reserve(actionBytes(rows, rangeWriteEnvelope));
  store.getRange(`A1:D${rows.length}`).values = rows;
}
