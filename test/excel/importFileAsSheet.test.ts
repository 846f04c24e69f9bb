import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import type { ExcelFeatures } from '@/excel/excelFeatures';
import { FileImportError } from '@/excel/files/FileImportError';
import { maxImportFileBytes } from '@/excel/files/fileImportLimits';
import { importFileAsSheet } from '@/excel/files/importFileAsSheet';
import { validateSheet } from '@/domain';
import { compoundFile } from '../cli/support/compoundFile';
import { writeXlsx } from '../cli/support/writeXlsx';
import { createExcelHost, type ExcelHost } from '../excel-host/createExcelHost';
import { installExcelHost } from '../excel-host/installExcelHost';

const withInsert: ExcelFeatures = { sheetCustomProperties: true, insertWorksheetsFromBase64: true, notes: false, mergeUndoGroup: false };
const withoutInsert: ExcelFeatures = { ...withInsert, insertWorksheetsFromBase64: false };

const rows = [
  ['Nom *', 'Prénom *', 'Email *', 'NPA', 'Téléphone', 'Notes'],
  ['Favre', 'Sophie', 'sophie.favre@example.ch', '01234', '+41 22 123 45 67', '=1+1'],
  ['Rochat', 'Julien', 'julien@example.ch', 1003, '', '@home'],
];
const xlsx = () => writeXlsx([{ name: 'Liste', rows }]);

let host: ExcelHost;
let uninstall: () => void;
function install(excelApi = '1.17') {
  host = createExcelHost({ apiSets: { ExcelApi: excelApi } });
  host.workbook.addSheet('Clients', [['x']]);
  uninstall = installExcelHost(host);
}
afterEach(() => uninstall());

async function failureOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FileImportError) return error.code;
    throw error;
  }
  throw new Error('expected a FileImportError');
}

describe('importFileAsSheet', () => {
  it('opens an .xlsx with insertWorksheetsFromBase64 where ExcelApi 1.13 is present: the new sheet is active, values kept', async () => {
    install('1.17');
    host.resetStats();
    const sheet = await importFileAsSheet({ name: 'clients.xlsx', bytes: xlsx() }, { features: withInsert });
    expect(sheet).toEqual({ sheetName: 'Liste', method: 'insert_worksheets', rows: 3 });
    expect(host.stats.syncs).toBe(3);
    expect(host.workbook.activeSheetName).toBe('Liste');
    expect(host.workbook.sheet('Liste').getValues('A2:F2')).toEqual([
      ['Favre', 'Sophie', 'sophie.favre@example.ch', '01234', '+41 22 123 45 67', '=1+1'],
    ]);
  });

  it.each(['refuse', 'insertThenFail'] as const)(
    'writes the values read in the pane when Excel fails to insert the .xlsx (%s), and leaves no sheet of the failed insertion',
    async (fault) => {
      install('1.17');
      host.faults.insertWorksheetsFromBase64 = fault;
      const sheet = await importFileAsSheet({ name: 'clients.xlsx', bytes: xlsx() }, { features: withInsert });
      expect(sheet).toEqual({ sheetName: 'Liste', method: 'values', rows: 3 });
      expect(host.workbook.sheetNames()).toEqual(['Clients', 'Liste']);
      expect(host.workbook.activeSheetName).toBe('Liste');
      expect(host.workbook.sheet('Liste').getValues('A2:C2')).toEqual([['Favre', 'Sophie', 'sophie.favre@example.ch']]);
    },
  );

  it('parses the .xlsx in the pane and writes values where insertWorksheetsFromBase64 is missing: text stays text, never a formula', async () => {
    install('1.12');
    host.resetStats();
    const sheet = await importFileAsSheet({ name: 'clients.xlsx', bytes: xlsx() }, { features: withoutInsert });
    expect(sheet).toEqual({ sheetName: 'Liste', method: 'values', rows: 3 });
    expect(host.stats.syncs).toBe(2);
    const written = host.workbook.sheet('Liste');
    expect(written.getValues('A2:F3')).toEqual([
      ['Favre', 'Sophie', 'sophie.favre@example.ch', '01234', '+41 22 123 45 67', '=1+1'],
      ['Rochat', 'Julien', 'julien@example.ch', 1003, '', '@home'],
    ]);
    expect(written.cell('F2').formula).toBeNull();
    expect(host.workbook.activeSheetName).toBe('Liste');
  });

  it('keeps the date cells of a file written as values as real dates, shown dd.mm.yyyy (hh:mm with a time)', async () => {
    install('1.12');
    const bytes = writeXlsx([
      {
        name: 'Dates',
        rows: [
          ['Nom *', 'Prénom *', 'Email *', 'Date de naissance', 'Modifié'],
          ['Favre', 'Sophie', 'sophie.favre@example.ch', new Date(Date.UTC(1981, 2, 9)), new Date(Date.UTC(2026, 11, 2, 14, 30))],
          ['Rochat', 'Julien', 'julien@example.ch', new Date(Date.UTC(1975, 0, 31)), 'hier'],
        ],
      },
    ]);
    host.resetStats();
    await importFileAsSheet({ name: 'dates.xlsx', bytes }, { features: withoutInsert });
    expect(host.stats.syncs).toBe(2);
    const written = host.workbook.sheet('Dates');
    expect(written.cell('D2')).toMatchObject({ value: 29_654, numberFormat: 'dd.mm.yyyy', text: '09.03.1981' });
    expect(written.cell('D3')).toMatchObject({ value: 27_425, numberFormat: 'dd.mm.yyyy', text: '31.01.1975' });
    expect(written.cell('E2').value).toBeCloseTo(46_358 + 14.5 / 24, 6);
    expect(written.cell('E2').numberFormat).toBe('dd.mm.yyyy hh:mm');
    expect(written.cell('E3')).toMatchObject({ value: 'hier', numberFormat: 'General' });
    expect(written.cell('C2').numberFormat).toBe('General');
    // The template engine reads the dates back as dates.
    expect(validateSheet(written.getValues(), { homeCountry: 'CH', today: '2026-06-15' }).records[0]?.values.birthDate).toBe('1981-03-09');
  });

  it('takes the parsed path when the base64 would not fit one request, and writes big files in several requests', async () => {
    install('1.17');
    const many = [
      rows[0] ?? [],
      ...Array.from({ length: 600 }, (_, i) => [`Nom${i}`, 'Anne', `a${i}@example.ch`, '1204', '', 'x'.repeat(40)]),
    ];
    host.resetStats();
    const sheet = await importFileAsSheet(
      { name: 'big.xlsx', bytes: writeXlsx([{ name: 'Clients', rows: many }]) },
      { features: withInsert, requestBudget: 20_000 },
    );
    expect(sheet).toEqual({ sheetName: 'Clients (2)', method: 'values', rows: 601 });
    expect(host.stats.syncs).toBeGreaterThan(3);
    expect(Math.max(...host.stats.history.map((record) => record.requestBytes))).toBeLessThan(40_000);
    expect(host.workbook.sheet('Clients (2)').getValues('A601:C601')).toEqual([['Nom599', 'Anne', 'a599@example.ch']]);
  });

  it('writes a CSV as values named after the file (semicolons, leading zeros kept)', async () => {
    install('1.17');
    const csv = strToU8('Nom *;Prénom *;Email *;NPA\nFavre;Sophie;sophie@example.ch;01234\n');
    const sheet = await importFileAsSheet({ name: 'export clients.csv', bytes: csv }, { features: withInsert });
    expect(sheet).toEqual({ sheetName: 'export clients', method: 'values', rows: 2 });
    expect(host.workbook.sheet('export clients').getValues('A2:D2')).toEqual([['Favre', 'Sophie', 'sophie@example.ch', '01234']]);
  });

  it.each([
    { what: 'a PDF', name: 'clients.pdf', bytes: strToU8('%PDF'), code: 'unsupported_type' },
    { what: 'a file over 10 MB', name: 'clients.xlsx', bytes: new Uint8Array(maxImportFileBytes + 1), code: 'too_large' },
    { what: 'a password-protected workbook', name: 'clients.xlsx', bytes: compoundFile(true), code: 'password_protected' },
    { what: 'a legacy .xls', name: 'clients.xlsx', bytes: compoundFile(false), code: 'legacy_xls' },
    { what: 'a damaged zip', name: 'clients.xlsx', bytes: strToU8('PK\u0003\u0004 not a zip'), code: 'unreadable' },
    { what: 'text named .xlsx', name: 'clients.xlsx', bytes: strToU8('Nom;Prénom\n'), code: 'unreadable' },
    { what: 'an empty file', name: 'clients.csv', bytes: new Uint8Array(0), code: 'empty' },
    { what: 'a CSV without values', name: 'clients.csv', bytes: strToU8(';;\n;;\n'), code: 'empty' },
  ])('refuses $what with $code and leaves the workbook as it was', async ({ name, bytes, code }) => {
    install('1.17');
    host.resetStats();
    expect(await failureOf(importFileAsSheet({ name, bytes }, { features: withInsert }))).toBe(code);
    expect(host.stats.syncs).toBe(0);
    expect(host.workbook.sheetNames()).toEqual(['Clients']);
  });
});

describe('importFileAsSheet — files from other programs (test/fixtures/real/odd)', () => {
  const odd = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../fixtures/real/odd', name)));

  it.each([
    { name: 'employee-template-title-rows.ods', code: 'open_document' },
    { name: 'apple-numbers-matches.numbers', code: 'apple_numbers' },
    { name: '~$LoadPivotTables.xlsx', code: 'lock_file' },
    { name: 'biff8-first-last-gender.xls', code: 'legacy_xls' },
    { name: 'biff-named-xlsx.xlsx', code: 'legacy_xls' },
  ])('refuses $name with $code and leaves the workbook as it was', async ({ name, code }) => {
    install('1.17');
    host.resetStats();
    expect(await failureOf(importFileAsSheet({ name, bytes: odd(name) }, { features: withInsert }))).toBe(code);
    expect(host.stats.syncs).toBe(0);
    expect(host.workbook.sheetNames()).toEqual(['Clients']);
  });

  it('opens the visible sheet of a workbook whose first sheet is hidden', async () => {
    install('1.12');
    const sheet = await importFileAsSheet(
      { name: 'first-sheet-hidden.xlsx', bytes: odd('first-sheet-hidden.xlsx') },
      { features: withoutInsert },
    );
    expect(sheet).toEqual({ sheetName: 'VisibleSheet1', method: 'values', rows: 1 });
    expect(host.workbook.sheet('VisibleSheet1').getValues('A1')).toEqual([['visible sheet 1']]);
  });

  it('writes a UTF-16 CSV without BOM as text', async () => {
    install('1.17');
    const sheet = await importFileAsSheet(
      { name: 'utf16le-nobom-french-words.csv', bytes: odd('utf16le-nobom-french-words.csv') },
      { features: withInsert },
    );
    expect(host.workbook.sheet(sheet.sheetName).getValues('A1:C1')).toEqual([['première', 'second', 'troisième']]);
  });
});
