import { markStoreSheetName, rowsToMarkEntries, type MarkEntry } from './MarkEntry';

export type MarkState = {
  store: Excel.Worksheet;
  storeUsed: Excel.Range;
  /** Loaded after the next sync. */
  read: () => { entries: MarkEntry[]; previous: (sheetId: string) => MarkEntry[]; others: (sheetId: string) => MarkEntry[] };
};

/** Queues the read of the mark store (the very hidden sheet); `read()` after the sync gives its entries. */
export function loadMarkState(context: Excel.RequestContext): MarkState {
  const store = context.workbook.worksheets.getItemOrNullObject(markStoreSheetName);
  const storeUsed = store.getUsedRangeOrNullObject(true);
  storeUsed.load('values');
  return {
    store,
    storeUsed,
    read: () => {
      const entries = store.isNullObject || storeUsed.isNullObject ? [] : rowsToMarkEntries(storeUsed.values);
      return {
        entries,
        previous: (sheetId) => entries.filter((entry) => entry.sheetId === sheetId),
        others: (sheetId) => entries.filter((entry) => entry.sheetId !== sheetId),
      };
    },
  };
}
