import { runExcel } from './runExcel';

export type ActiveSheetSummary = { name: string; usedRows: number; usedColumns: number };

/** The active sheet's name and the size of its used range (values only; 0 × 0 when empty), in one sync. */
export async function readActiveSheetSummary(): Promise<ActiveSheetSummary> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('rowCount, columnCount');
    await context.sync();
    return used.isNullObject
      ? { name: sheet.name, usedRows: 0, usedColumns: 0 }
      : { name: sheet.name, usedRows: used.rowCount, usedColumns: used.columnCount };
  });
}
