import { columnLetter, countryNamesFr } from '@/domain';
import { detectExcelFeatures, type ExcelFeatures } from '../excelFeatures';
import { runExcel } from '../runExcel';
import { nextFreeName } from './nextFreeName';
import { queueTemplateColumnFormats } from './queueTemplateColumnFormats';
import { listsSheetName, requiredPrompts, templateSheetColumns, templateTagKey, templateVersion } from './templateLayout';

export type InsertedTemplate = { sheetName: string; tableName: string; tag: 'sheet-property' | 'workbook-property' };

const lastRow = 1_048_576;

/** The workbook custom property that tags a template sheet where sheet custom properties are missing. */
export const workbookTemplateTagKey = (sheetId: string) => `${templateTagKey}.${sheetId}`;

/**
 * Inserts the client template as a new sheet "Clients" ("Clients (2)"… when taken): an Excel table with the
 * template's French headers (required ones marked `*` and styled apart), frozen header row, column widths, text
 * format on code, VAT, phones and NPA, dd.mm.yyyy on the birth date, dropdowns (Civilité, Langue inline; the
 * country columns from a hidden sheet of French country names), input prompts on the required columns, an example
 * row, and a tag with the template version. Two syncs (three where sheet custom properties are missing).
 */
export async function insertTemplateSheet(features: ExcelFeatures = detectExcelFeatures()): Promise<InsertedTemplate> {
  return runExcel(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    const tables = context.workbook.tables;
    tables.load('items/name');
    const lists = worksheets.getItemOrNullObject(listsSheetName);
    await context.sync();

    const sheetName = nextFreeName(
      'Clients',
      worksheets.items.map((sheet) => sheet.name),
    );
    const tableName = nextFreeName(
      'Clients',
      tables.items.map((table) => table.name),
      (n) => `Clients${n}`,
    );
    const countries = countryNamesFr();
    if (lists.isNullObject) {
      const listsSheet = worksheets.add(listsSheetName);
      listsSheet.getRange(`A1:A${countries.length}`).values = countries.map((name) => [name]);
      listsSheet.visibility = Excel.SheetVisibility.hidden;
    }
    const sheet = worksheets.add(sheetName);
    const columns = templateSheetColumns;
    const lastLetter = columnLetter(columns.length - 1);
    // Formats before values, so the example row's text cells keep their leading zeros and "+".
    queueTemplateColumnFormats(sheet);
    sheet.getRange(`A1:${lastLetter}2`).values = [columns.map((column) => column.header), columns.map((column) => column.example)];
    const table = sheet.tables.add(`A1:${lastLetter}2`, true);
    table.name = tableName;
    columns.forEach((column, index) => {
      const letter = columnLetter(index);
      const body = sheet.getRange(`${letter}2:${letter}${lastRow}`);
      if (column.list?.kind === 'inline') {
        body.dataValidation.rule = { list: { inCellDropDown: true, source: column.list.values.join(',') } };
      } else if (column.list?.kind === 'countries') {
        body.dataValidation.rule = { list: { inCellDropDown: true, source: `=${listsSheetName}!$A$1:$A$${countries.length}` } };
      }
      const prompt = requiredPrompts[column.key];
      if (column.required && prompt) {
        body.dataValidation.rule = {
          textLength: { formula1: 1, formula2: column.key === 'email' ? 254 : 100, operator: Excel.DataValidationOperator.between },
        };
        body.dataValidation.prompt = { showPrompt: true, title: prompt.title, message: prompt.message };
      }
    });
    sheet.freezePanes.freezeRows(1);
    if (features.sheetCustomProperties) sheet.customProperties.add(templateTagKey, templateVersion);
    sheet.activate();
    sheet.getRange('A2').select();
    sheet.load('id');
    await context.sync();

    if (!features.sheetCustomProperties) {
      context.workbook.properties.custom.add(workbookTemplateTagKey(sheet.id), templateVersion);
      await context.sync();
    }
    return { sheetName, tableName, tag: features.sheetCustomProperties ? 'sheet-property' : 'workbook-property' };
  });
}
