import { runExcel } from '../runExcel';
import { markStoreSheetName } from './MarkEntry';
import { queueNewStoreFormat } from './queueStoreRewrite';

/**
 * Makes the mark store (the very hidden sheet) when it is missing, in a run of its own. Before a run grouped with
 * mergeUndoGroup: hiding a sheet has no undo support on Windows and Mac, and a grouped request that does fails whole
 * with UndoNotSupported. One sync when the store exists, two when it is made.
 */
export async function ensureMarkStore(): Promise<void> {
  await runExcel(async (context) => {
    const store = context.workbook.worksheets.getItemOrNullObject(markStoreSheetName);
    await context.sync();
    if (!store.isNullObject) return;
    queueNewStoreFormat(context.workbook.worksheets.add(markStoreSheetName));
    await context.sync();
  });
}
