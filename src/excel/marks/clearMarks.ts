import { detectExcelFeatures, type ExcelFeatures } from '../excelFeatures';
import { runExcel } from '../runExcel';
import { createSyncBudget } from './createSyncBudget';
import { loadMarkState } from './loadMarkState';
import { queueRestore } from './queueRestore';
import { queueStoreRewrite } from './queueStoreRewrite';
import { queueNoteLocations } from './readNoteLocations';

export type ClearedMarks = { sheetName: string; cleared: boolean };

/**
 * "Effacer les marques" on the active sheet: every marked cell gets its own fill back, the notes the marking added
 * are deleted, the "Anomalies" column is cleared; values are never touched. Two syncs, three with notes.
 */
export async function clearMarks(features: ExcelFeatures = detectExcelFeatures()): Promise<ClearedMarks> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name,id');
    const state = loadMarkState(context);
    const notes = features.notes ? sheet.notes.load('items') : null;
    await context.sync();
    const { previous, others } = state.read();
    const entries = previous(sheet.id);
    if (entries.length === 0) return { sheetName: sheet.name, cleared: false };
    const hasNotes = entries.some((entry) => entry.kind === 'note') && notes !== null && notes.items.length > 0;
    const noteKeys = queueNoteLocations(hasNotes ? notes : null);
    if (hasNotes) await context.sync();
    const budget = createSyncBudget(context);
    await queueRestore(sheet, entries, noteKeys() ?? new Set(), budget);
    await queueStoreRewrite(context, state, others(sheet.id), budget);
    await budget.flush();
    return { sheetName: sheet.name, cleared: true };
  }, { mergeUndoGroup: features.mergeUndoGroup });
}
