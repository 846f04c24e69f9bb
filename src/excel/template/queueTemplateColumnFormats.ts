import { cellAddress, columnAddress } from '@/domain';
import { requiredHeaderStyle, templateSheetColumns, type SheetColumnLayout } from './templateLayout';

/**
 * Queues the template's column layout on a new sheet: each column's width and number format (queue it
 * before the values, so text cells keep leading zeros and "+"), and the required headers' style in row 1. `columns`: the
 * sheet's columns from A, the template's unless told.
 */
export function queueTemplateColumnFormats(sheet: Excel.Worksheet, columns: readonly SheetColumnLayout[] = templateSheetColumns): void {
  columns.forEach((column, index) => {
    const whole = sheet.getRange(columnAddress(index));
    whole.format.columnWidth = column.width;
    if (column.numberFormat) (whole as unknown as { numberFormat: string }).numberFormat = column.numberFormat;
    if (column.required) {
      const header = sheet.getRange(cellAddress(0, index));
      header.format.fill.color = requiredHeaderStyle.fillColor;
      header.format.font.color = requiredHeaderStyle.fontColor;
      header.format.font.bold = requiredHeaderStyle.bold;
    }
  });
}
