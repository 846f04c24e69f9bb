import { columnIndex, rectAddress, type CellRect, type ValueFixWrite } from '@/domain';
import { detectExcelFeatures, type ExcelFeatures } from '../excelFeatures';
import { createSyncBudget } from '../requests/createSyncBudget';
import { actionBytes, rangeWriteEnvelope } from '../requests/requestBytes';
import { mergeCellsIntoRects } from '../ranges/mergeCellsIntoRects';
import { runExcel } from '../runExcel';
import { cellInputOf } from '../template/writeClientsToSheet';

export type ValueFixRequest = {
  sheetName: string;
  writes: readonly ValueFixWrite[];
  features?: ExcelFeatures;
  /** Bytes per request (tests lower it to force several requests). */
  requestBudget?: number;
};

/** What was written: the sheet (now active) and how many cells. */
export type AppliedValueFixes = { sheetName: string; cells: number };

/** The cells of a write as rectangles of consecutive rows (`M2:M5`, `M9`): a column of fixes is a few range writes. */
function rectsOf(write: ValueFixWrite): CellRect[] {
  const column = columnIndex(write.column);
  if (column === undefined) return [];
  return mergeCellsIntoRects(write.rows.map((row) => ({ row: row - 1, column })));
}

/**
 * Writes the values the user chose into the cells of the named sheet ("Corriger dans la feuille"): each block of
 * consecutive rows is one range write, queued under the request budget, so 20,000 scattered cells take two or three
 * syncs; the sheet is activated, so that validating the active sheet validates it again. One undoable step where
 * ExcelApi 1.20 merges the syncs. A sheet renamed or deleted since the validation fails with 'item_not_found' before
 * anything is written. Syncs: the bytes written / 4.5 MB, rounded up (at least one). Only the cells named are written; values starting with = + - @ are written as text.
 */
export async function applyValueFixes(request: ValueFixRequest): Promise<AppliedValueFixes> {
  const features = request.features ?? detectExcelFeatures();
  return runExcel(
    async (context) => {
      const sheet = context.workbook.worksheets.getItem(request.sheetName);
      // The first request starts with the sheet: when it is gone, that request fails before any write.
      sheet.load('name');
      sheet.activate();
      const budget = createSyncBudget(context, request.requestBudget);
      let cells = 0;
      for (const write of request.writes) {
        const input = cellInputOf(write.value);
        for (const rect of rectsOf(write)) {
          const address = rectAddress(rect);
          const values = Array.from({ length: rect.rowCount }, () => [input]);
          await budget.reserve(actionBytes(values, rangeWriteEnvelope) + address.length);
          sheet.getRange(address).values = values;
          cells += rect.rowCount;
        }
      }
      await budget.flush();
      return { sheetName: sheet.name, cells };
    },
    { mergeUndoGroup: features.mergeUndoGroup },
  );
}
