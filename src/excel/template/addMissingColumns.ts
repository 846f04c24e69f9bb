import { columnLetter, rangeAddress, type ColumnKey } from '@/domain';
import { runExcel } from '../runExcel';
import { requiredHeaderStyle, templateSheetColumns } from './templateLayout';

export type AddedColumns = { sheetName: string; headers: string[]; firstColumn: string };

/**
 * "Ajouter les colonnes manquantes": appends the template headers of `keys` (with `*` on required ones) after the
 * last used column of the active sheet, on its header row (1-based), marked with the required-header style. Two syncs.
 */
export async function addMissingColumns(headerRow: number, keys: readonly ColumnKey[]): Promise<AddedColumns> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('columnIndex,columnCount');
    await context.sync();
    const headers = templateSheetColumns.filter((column) => keys.includes(column.key)).map((column) => column.header);
    const first = used.isNullObject ? 0 : used.columnIndex + used.columnCount;
    if (headers.length === 0) return { sheetName: sheet.name, headers, firstColumn: columnLetter(first) };
    const range = sheet.getRange(
      rangeAddress({ row: headerRow - 1, column: first }, { row: headerRow - 1, column: first + headers.length - 1 }),
    );
    range.values = [headers];
    range.format.fill.color = requiredHeaderStyle.fillColor;
    range.format.font.color = requiredHeaderStyle.fontColor;
    range.format.font.bold = true;
    await context.sync();
    return { sheetName: sheet.name, headers, firstColumn: columnLetter(first) };
  });
}
