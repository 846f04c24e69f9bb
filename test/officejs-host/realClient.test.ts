import { clearMarks } from '@/excel/marks/clearMarks';
import { validateActiveSheet } from '@/excel/marks/validateActiveSheet';
import { insertTemplateSheet } from '@/excel/template/insertTemplateSheet';
import { readActiveSheetSummary } from '@/excel/workbookInfo';
import type { ExcelFeatures } from '@/excel/excelFeatures';
import type { WorkbookModel } from '../excel-host/model/WorkbookModel';
import { clientRow as row, templateHeaders, withoutNotes } from '../excel/support/clientsSheetHost';
import { onBothHosts, workbookSnapshot } from './compareHosts';

// src/excel run twice: on test/excel-host's fake proxies and on the real office.js over the protocol host, each on
// a fresh workbook with the same content. Results, workbooks and sync counts must match; where they cannot (office.js's
// closing cleanup request, request sizes), the test says how they differ.

const old: ExcelFeatures = { sheetCustomProperties: false, insertWorksheetsFromBase64: false, notes: false, mergeUndoGroup: false };
const options = { homeCountry: 'CH', lang: 'fr' as const };

function clientsSheet(rows: unknown[][]) {
  return (workbook: WorkbookModel) => {
    workbook.addSheet('Clients', [templateHeaders, ...rows]);
  };
}

describe('src/excel through the real office.js client', () => {
  it('readActiveSheetSummary: same summary, one sync (+ office.js releasing the used range it tracked)', async () => {
    const setUp = (workbook: WorkbookModel) => {
      workbook.addSheet('Import');
      workbook.addSheet('Clients', [
        ['Nom *', 'Prénom *', 'Email *'],
        ['Favre', 'Sophie', 'sophie.favre@example.ch'],
      ]);
      workbook.sheet('Clients').setFormat('A10', { fillColor: '#FFFF00' });
      workbook.activeSheetName = 'Clients';
    };
    const { fake, real } = await onBothHosts(setUp, readActiveSheetSummary);
    expect(real.result).toEqual({ name: 'Clients', usedRows: 2, usedColumns: 3 });
    expect(real.result).toEqual(fake.result);
    expect([real.syncs, real.cleanups]).toEqual([1, 1]);
    expect(fake.syncs).toBe(1);
  });

  it('readActiveSheetSummary on an empty sheet: isNullObject from the real client, no range to release', async () => {
    const { fake, real } = await onBothHosts((workbook) => void workbook.addSheet('Feuil1'), readActiveSheetSummary);
    expect(real.result).toEqual({ name: 'Feuil1', usedRows: 0, usedColumns: 0 });
    expect(real.result).toEqual(fake.result);
    expect([real.syncs, real.cleanups, fake.syncs]).toEqual([1, 0, 1]);
  });

  it('insertTemplateSheet (sheet custom property): same sheets, formats, table, dropdowns and tag, in 2 syncs', async () => {
    const setUp = (workbook: WorkbookModel) => void workbook.addSheet('Feuil1', [['déjà là']]);
    const modern: ExcelFeatures = { ...old, sheetCustomProperties: true, insertWorksheetsFromBase64: true };
    const { fake, real } = await onBothHosts(setUp, () => insertTemplateSheet(modern), { apiSets: { ExcelApi: '1.17' } });
    expect(real.error).toBeNull();
    expect(real.result).toEqual({ sheetName: 'Clients', tableName: 'Clients', tag: 'sheet-property' });
    expect(real.result).toEqual(fake.result);
    expect(workbookSnapshot(real.workbook)).toEqual(workbookSnapshot(fake.workbook));
    expect([real.syncs, fake.syncs]).toEqual([2, 2]);
    expect(real.cleanups).toBe(1);
  });

  it('insertTemplateSheet where sheet custom properties are missing: the tag is a workbook property, in 3 syncs', async () => {
    const setUp = (workbook: WorkbookModel) => void workbook.addSheet('Feuil1');
    const { fake, real } = await onBothHosts(setUp, () => insertTemplateSheet(old), { apiSets: { ExcelApi: '1.11' } });
    expect(real.error).toBeNull();
    expect(real.result).toEqual({ sheetName: 'Clients', tableName: 'Clients', tag: 'workbook-property' });
    expect(workbookSnapshot(real.workbook)).toEqual(workbookSnapshot(fake.workbook));
    expect([real.syncs, fake.syncs]).toEqual([3, 3]);
  });

  it('validateActiveSheet with features.notes = false: same marks and "Anomalies" column, same syncs', async () => {
    const rows = [row({}, 1), row({ G: 'pas-un-email', K: '12' }, 2), row({ C: '' }, 3)];
    const { fake, real } = await onBothHosts(clientsSheet(rows), () => validateActiveSheet({ ...options, features: withoutNotes }), {
      apiSets: { ExcelApi: '1.17' },
    });
    expect(real.error).toBeNull();
    expect(real.result).toEqual(fake.result);
    expect(real.result?.marked).toEqual({ cells: 3, mode: 'column', withoutNote: 0, tooManyForNotes: false, withComment: 0 });
    expect(workbookSnapshot(real.workbook)).toEqual(workbookSnapshot(fake.workbook));
    expect(real.workbook.sheet('Clients').cell('G3').fillColor).toBe('#FFC7CE');
    expect(String(real.workbook.sheet('Clients').cell('S3').value)).toMatch(/^Email \*\s: /);
    expect(real.syncs).toBe(fake.syncs);
  });

  it('validateActiveSheet then clearMarks: the workbook comes back as it was on both', async () => {
    const rows = [row({ G: 'x' }, 1), row({ G: 'y' }, 2)];
    const setUp = (workbook: WorkbookModel) => {
      clientsSheet(rows)(workbook);
      workbook.sheet('Clients').setFormat('G3', { fillColor: '#00FF00' });
    };
    const validateThenClear = async () => {
      await validateActiveSheet({ ...options, features: withoutNotes });
      return clearMarks(withoutNotes);
    };
    const { fake, real } = await onBothHosts(setUp, validateThenClear, { apiSets: { ExcelApi: '1.17' } });
    expect(real.error).toBeNull();
    expect(real.result).toEqual({ sheetName: 'Clients', cleared: true });
    expect(workbookSnapshot(real.workbook)).toEqual(workbookSnapshot(fake.workbook));
    expect(real.workbook.sheet('Clients').cell('G3').fillColor).toBe('#00FF00');
    expect(real.syncs).toBe(fake.syncs);
  });

  it('validateActiveSheet over 1,000 rows: the same syncs, and request sizes the fake estimates within 15 %', async () => {
    const rows = Array.from({ length: 1_000 }, (_, index) => row(index % 3 === 0 ? { G: `mauvais${index}` } : {}, index));
    const { fake, real } = await onBothHosts(clientsSheet(rows), () => validateActiveSheet({ ...options, features: withoutNotes }), {
      apiSets: { ExcelApi: '1.17' },
    });
    expect(real.error).toBeNull();
    expect(real.result).toEqual(fake.result);
    expect(workbookSnapshot(real.workbook)).toEqual(workbookSnapshot(fake.workbook));
    expect(real.syncs).toBe(fake.syncs);
    const total = (bytes: number[]) => bytes.reduce((sum, value) => sum + value, 0);
    const ratio = total(fake.requestBytes) / total(real.requestBytes);
    expect(ratio).toBeGreaterThan(0.85);
    expect(ratio).toBeLessThan(1.15);
  });
});
