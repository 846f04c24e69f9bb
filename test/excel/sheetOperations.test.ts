import { selectCell } from '@/excel/marks/selectCell';
import { addMissingColumns } from '@/excel/template/addMissingColumns';
import { cellInputOf, writeClientsToSheet } from '@/excel/template/writeClientsToSheet';
import { validateSheet } from '@/domain';
import { toSheetClient } from '@/taskpane/clients/toSheetClient';
import { createExcelHost, type ExcelHost } from '../excel-host/createExcelHost';
import { installExcelHost } from '../excel-host/installExcelHost';

let host: ExcelHost;
let uninstall: () => void;
beforeEach(() => {
  host = createExcelHost();
  host.workbook.addSheet('Clients', [
    ['Nom', 'Prénom'],
    ['Favre', 'Sophie'],
  ]);
  host.workbook.addSheet('Autre');
  uninstall = installExcelHost(host);
});
afterEach(() => uninstall());

describe('selectCell', () => {
  it('activates the sheet and selects the cell, in one sync', async () => {
    host.workbook.activeSheetName = 'Autre';
    host.resetStats();
    await selectCell('Clients', 'B2');
    expect(host.stats.syncs).toBe(1);
    expect(host.workbook.activeSheetName).toBe('Clients');
    expect(host.workbook.selectedAddress).toEqual({ sheetName: 'Clients', rect: { row: 1, column: 1, rowCount: 1, columnCount: 1 } });
  });
});

describe('addMissingColumns', () => {
  it('appends the missing headers (with *) after the last column, marked, so the sheet then maps them', async () => {
    const added = await addMissingColumns(1, ['email']);
    expect(added).toEqual({ sheetName: 'Clients', headers: ['Email *'], firstColumn: 'C' });
    const sheet = host.workbook.sheet('Clients');
    expect(sheet.cell('C1')).toMatchObject({ value: 'Email *', fillColor: '#FCE4D6', fontBold: true });
    expect(validateSheet(sheet.getValues()).columns.missingRequired).toEqual([]);
  });
});

describe('writeClientsToSheet', () => {
  it('writes clients into a new sheet in template layout, formula-like values as text', async () => {
    host.resetStats();
    const written = await writeClientsToSheet([
      {
        code: 'CL-000001',
        lastName: '=HYPERLINK("x")',
        firstName: '+41',
        company: '-Société',
        notes: '@moi',
        postalCode: '0123',
        birthDate: '1981-03-09',
        email: 'a@b.ch',
      },
      { code: 'CL-000002', lastName: 'Rochat', firstName: 'Julien', email: 'j@r.ch', phone: '+41 21 654 78 90' },
    ]);
    expect(host.stats.syncs).toBe(2);
    expect(written).toEqual({ sheetName: 'Clients (2)', rows: 2 });
    const sheet = host.workbook.sheet('Clients (2)');
    expect(sheet.cell('A1').value).toBe('Code client');
    expect(sheet.cell('B1').value).toBe('Version');
    expect(sheet.cell('D1').value).toBe('Nom *');
    expect(sheet.cell('D2')).toMatchObject({ value: '=HYPERLINK("x")', formula: null });
    expect(sheet.cell('E2')).toMatchObject({ value: '+41', formula: null });
    expect(sheet.cell('F2')).toMatchObject({ value: '-Société', formula: null });
    expect(sheet.cell('S2')).toMatchObject({ value: '@moi', formula: null });
    expect(sheet.cell('L2').value).toBe('0123');
    expect(sheet.cell('R2')).toMatchObject({ value: 29_654, numberFormat: 'dd.mm.yyyy', text: '09.03.1981' });
    expect(sheet.cell('I3').value).toBe('+41 21 654 78 90');
    expect(sheet.frozenRows).toBe(1);
  });

  it('writes a stored client as the template shows it: international phones, formatted UID, French names, a real date', async () => {
    const stored = {
      lastName: 'Gaillard',
      firstName: 'Nadia',
      email: 'nadia.gaillard@example.ch',
      phone: '+41223104567',
      mobile: '+33612345678',
      vatNumber: 'CHE116281710IVA',
      country: 'FR',
      nationality: 'CH',
      practiceCountry: null,
      language: 'it',
      birthDate: '1979-11-23',
    };
    await writeClientsToSheet([toSheetClient(stored)]);
    const sheet = host.workbook.sheet('Clients (2)');
    expect(sheet.getValues('G2:Q2')).toEqual([
      [
        'CHE-116.281.710 IVA',
        'nadia.gaillard@example.ch',
        '+41 22 310 45 67',
        '+33 6 12 34 56 78',
        '',
        '',
        '',
        'France',
        'Suisse',
        '',
        'Italien',
      ],
    ]);
    expect(sheet.cell('R2')).toMatchObject({ value: 29_182, numberFormat: 'dd.mm.yyyy', text: '23.11.1979' });
    // What the add-in writes, the template engine reads back as the stored values.
    const validation = validateSheet(sheet.getValues(), { homeCountry: 'CH', today: '2026-06-15' });
    expect(validation.issues).toEqual([]);
    expect(validation.records[0]?.values).toMatchObject(stored);
  });

  it('writes each stored client\'s version in a hidden text column "Version" after "Code client", which validation reads back', async () => {
    host.resetStats();
    await writeClientsToSheet([
      toSheetClient({ code: 'CL-000007', lastName: 'Favre', firstName: 'Sophie', email: 'sophie@example.ch', version: 12 }),
      toSheetClient({ lastName: 'Rochat', firstName: 'Julien', email: 'julien@example.ch' }),
    ]);
    expect(host.stats.syncs).toBe(2);
    const sheet = host.workbook.sheet('Clients (2)');
    expect(sheet.getValues('A1:D3')).toEqual([
      ['Code client', 'Version', 'Civilité', 'Nom *'],
      ['CL-000007', '12', '', 'Favre'],
      ['', '', '', 'Rochat'],
    ]);
    expect(sheet.cell('B2')).toMatchObject({ numberFormat: '@', text: '12' });
    expect([...sheet.hiddenColumns]).toEqual([1]);
    const validation = validateSheet(sheet.getValues(), { homeCountry: 'CH' });
    expect(validation.issues).toEqual([]);
    expect(validation.columns.unknown).toEqual([]);
    expect(validation.records.map((record) => [record.values.code, record.version])).toEqual([
      ['CL-000007', 12],
      [null, undefined],
    ]);
  });

  it('escapes exactly the values starting with =, +, - or @', () => {
    expect(['=1', '+1', '-x', '@a', 'a=b', 12, null].map(cellInputOf)).toEqual(["'=1", "'+1", "'-x", "'@a", 'a=b', 12, '']);
  });
});
