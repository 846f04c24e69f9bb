import { detectExcelFeatures, type ExcelFeatures } from '../excelFeatures';
import { runExcel } from '../runExcel';
import { createSyncBudget } from '../requests/createSyncBudget';
import { loadMarkState } from './loadMarkState';
import { queueRestore } from './queueRestore';
import { queueStoreRewrite } from './queueStoreRewrite';
import { queueNoteLocations } from './readNoteLocations';

export type ClearedMarks = { sheetName: string; cleared: boolean };

/**
 * "Effacer les marques" on the active sheet: every marked cell gets its own fill back, the notes the marking added
 * are deleted, the "Anomalies" column is cleared; values are never touched. Two syncs, three with notes (more when a sheet holds so many notes that locating them fills a request).
 */
export async function clearMarks(
  features: ExcelFeatures = detectExcelFeatures(),
  budgets: { requestBudget?: number; responseBudget?: number } = {},
): Promise<ClearedMarks> {
  return runExcel(
    async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load('name,id');
      const state = loadMarkState(context);
      const noteCount = features.notes ? sheet.notes.getCount() : null;
      await context.sync();
      const { previous, others } = state.read();
      const entries = previous(sheet.id);
      if (entries.length === 0) return { sheetName: sheet.name, cleared: false };
      const budget = createSyncBudget(context, budgets.requestBudget, budgets.responseBudget);
      // Only the notes still there can be deleted: where they sit is read first.
      const hasNotes = entries.some((entry) => entry.kind === 'note') && noteCount !== null && noteCount.value > 0;
      const noteKeys = hasNotes ? await queueNoteLocations(sheet, noteCount.value, budget) : () => new Set<string>();
      if (hasNotes) await budget.flush();
      await queueRestore(sheet, entries, noteKeys(), budget);
      await queueStoreRewrite(context, state, others(sheet.id), budget);
      await budget.flush();
      return { sheetName: sheet.name, cleared: true };
    },
    { mergeUndoGroup: features.mergeUndoGroup },
  );
}
