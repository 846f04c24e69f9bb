import type { SyncBudget } from '../requests/createSyncBudget';
import { actionBytes, rangeWriteEnvelope } from '../requests/requestBytes';
import { markEntryToRow, markStoreSheetName, type MarkEntry } from './MarkEntry';
import type { MarkState } from './loadMarkState';

const blockBytes = 1024 * 1024;

/** A new mark store: text cells, very hidden (no undo support on Windows and Mac: never in a grouped run, see ensureMarkStore). */
export function queueNewStoreFormat(store: Excel.Worksheet): void {
  store.getRange('A:D').numberFormat = '@' as unknown as string[][];
  store.visibility = Excel.SheetVisibility.veryHidden;
}

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
  if (!hadStore) queueNewStoreFormat(store);
  if (entries.length === 0) return;
  const rows = entries.map(markEntryToRow);
  // In blocks that fit a request: a store listing hundreds of thousands of scattered cells passes 5 MB.
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let bytes = 0;
    while (end < rows.length && (end === start || bytes < blockBytes)) {
      bytes += actionBytes(rows[end]);
      end += 1;
    }
    const block = rows.slice(start, end);
    await budget.reserve(actionBytes(block, rangeWriteEnvelope));
    store.getRange(`A${start + 1}:D${end}`).values = block;
    start = end;
  }
}
