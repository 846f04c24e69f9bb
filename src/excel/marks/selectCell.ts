import { runExcel } from '../runExcel';

/** Activates `sheetName` and selects `address` ("G12"): where a click on an issue in the pane leads. One sync. */
export async function selectCell(sheetName: string, address: string): Promise<void> {
  await runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(address).select();
    await context.sync();
  });
}
