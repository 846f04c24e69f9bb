import { clientTemplate, validateSheet } from '@/domain';
import { insertTemplateSheet, workbookTemplateTagKey } from '@/excel/template/insertTemplateSheet';
import { listsSheetName, templateTagKey } from '@/excel/template/templateLayout';
import type { ExcelFeatures } from '@/excel/excelFeatures';
import { validateActiveSheet } from '@/excel/marks/validateActiveSheet';
import { planImport } from '@/taskpane/importer/planImport';
import { createExcelHost, type ExcelHost } from '../excel-host/createExcelHost';
import { installExcelHost } from '../excel-host/installExcelHost';

const modern: ExcelFeatures = { sheetCustomProperties: true, insertWorksheetsFromBase64: true, notes: true, mergeUndoGroup: false };
const old: ExcelFeatures = { sheetCustomProperties: false, insertWorksheetsFromBase64: false, notes: false, mergeUndoGroup: false };

let host: ExcelHost;
let uninstall: () => void;

function setUp(excelApi: string) {
  host = createExcelHost({ apiSets: { ExcelApi: excelApi } });
  host.workbook.addSheet('Feuil1', [['déjà là']]);
  uninstall = installExcelHost(host);
}
afterEach(() => uninstall());

describe('insertTemplateSheet', () => {
  it('adds the sheet "Clients" as a table with the French headers, * on required ones, styled apart, and an example row', async () => {
    setUp('1.17');
    const inserted = await insertTemplateSheet(modern);
    expect(inserted).toEqual({ sheetName: 'Clients', tableName: 'Clients', tag: 'sheet-property' });
    const sheet = host.workbook.sheet('Clients');
    const [headers = [], example = []] = sheet.getValues();
    expect(headers).toEqual(clientTemplate.map((column) => (column.required ? `${column.header} *` : column.header)));
    expect(headers).toContain('Nom *');
    expect(sheet.cell('C1')).toMatchObject({ fillColor: '#FCE4D6', fontBold: true });
    expect(sheet.cell('A1').fillColor).toBeNull();
    const table = host.workbook.table('Clients');
    expect(table?.sheet).toBe(sheet);
    expect(table?.rect).toEqual({ row: 0, column: 0, rowCount: 2, columnCount: 18 });
    // The example row is recognised: said to be left out, never imported, counted neither valid nor in error.
    const validation = validateSheet([headers, example], { homeCountry: 'CH' });
    expect(validation.issues.map((issue) => [issue.code, issue.severity, issue.row])).toEqual([['template.exampleRow', 'info', 2]]);
    expect(validation).toMatchObject({ rows: 0, validRows: 0, records: [] });
    expect(example).toEqual(expect.arrayContaining(['+41 22 310 45 67', 'CHE-123.456.788 TVA', 'Suisse', 'Français']));
    expect(host.workbook.activeSheetName).toBe('Clients');
    expect(sheet.frozenRows).toBe(1);
  });

  it('validated in Excel, the fresh template marks no cell and has nothing to import: the example row is only said', async () => {
    setUp('1.18');
    await insertTemplateSheet(modern);
    const result = await validateActiveSheet({ homeCountry: 'CH', lang: 'fr', features: modern });
    expect(result.marked.cells).toBe(0);
    expect(result.validation.issues.map((issue) => [issue.code, issue.row])).toEqual([['template.exampleRow', 2]]);
    expect(host.workbook.sheet('Clients').cell('C2').fillColor).toBeNull();
    expect(planImport(result)).toBe('no_rows');
  });

  it('formats code, VAT, phones and NPA as text (leading zeros and + survive) and the birth date dd.mm.yyyy', async () => {
    setUp('1.17');
    await insertTemplateSheet(modern);
    const sheet = host.workbook.sheet('Clients');
    for (const address of ['A5', 'F5', 'H5', 'I5', 'K5']) expect(sheet.cell(address).numberFormat).toBe('@');
    expect(sheet.cell('Q2')).toMatchObject({ value: 29_654, numberFormat: 'dd.mm.yyyy', text: '09.03.1981' });
    expect(sheet.cell('I2').value).toBe('+41 79 412 33 21');
    expect(sheet.cell('K2').value).toBe('1204');
    expect(sheet.cell('C5').numberFormat).toBe('General');
    expect(sheet.columnWidths.get(6)).toBe(170);
  });

  it('puts dropdowns on Civilité, Langue and the country columns, fed from a hidden sheet of French country names', async () => {
    setUp('1.17');
    await insertTemplateSheet(modern);
    const sheet = host.workbook.sheet('Clients');
    const rule = (column: number) => sheet.validations.find((entry) => entry.rect.column === column && entry.rect.row === 1)?.rule;
    expect(rule(1)).toEqual({ list: { inCellDropDown: true, source: 'M.,Mme' } });
    expect(rule(15)).toEqual({ list: { inCellDropDown: true, source: 'Français,Allemand,Italien,Anglais' } });
    const lists = host.workbook.sheet(listsSheetName);
    expect(lists.visibility).toBe('Hidden');
    const names = lists.getValues().map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(['Suisse', 'France', 'Allemagne', 'Italie']));
    for (const column of [12, 13, 14])
      expect(rule(column)).toEqual({ list: { inCellDropDown: true, source: `=${listsSheetName}!$A$1:$A$${names.length}` } });
    const prompt = sheet.validations.find((entry) => entry.rect.column === 2)?.prompt;
    expect(prompt).toMatchObject({ showPrompt: true, title: 'Nom (obligatoire)' });
    expect(sheet.validations.find((entry) => entry.rect.column === 6)?.prompt).toMatchObject({ showPrompt: true });
  });

  it('tags the sheet with the template version as a sheet custom property, in two syncs', async () => {
    setUp('1.17');
    host.resetStats();
    await insertTemplateSheet(modern);
    expect(host.stats.syncs).toBe(2);
    expect(host.workbook.sheet('Clients').customProperties.get(templateTagKey.toLowerCase())?.value).toBe('2');
  });

  it('names the second template "Clients (2)" and reuses the hidden list sheet', async () => {
    setUp('1.17');
    await insertTemplateSheet(modern);
    const second = await insertTemplateSheet(modern);
    expect(second).toMatchObject({ sheetName: 'Clients (2)', tableName: 'Clients2' });
    expect(host.workbook.sheetNames().filter((name) => name === listsSheetName)).toHaveLength(1);
  });

  it('falls back to a workbook custom property keyed by the sheet id without sheet custom properties (ExcelApi 1.11)', async () => {
    setUp('1.11');
    host.resetStats();
    const inserted = await insertTemplateSheet(old);
    expect(inserted.tag).toBe('workbook-property');
    expect(host.stats.syncs).toBe(3);
    const sheet = host.workbook.sheet('Clients');
    expect(sheet.customProperties.size).toBe(0);
    expect(host.workbook.customProperties.get(workbookTemplateTagKey(sheet.id).toLowerCase())?.value).toBe('2');
  });

  it('fails with api_not_supported when told sheet properties exist but Excel lacks them', async () => {
    setUp('1.11');
    await expect(insertTemplateSheet(modern)).rejects.toMatchObject({ code: 'api_not_supported' });
  });
});
