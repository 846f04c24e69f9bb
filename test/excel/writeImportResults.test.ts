import { clientRow } from '@test/taskpane/importer/support/importSheetRows';
import { clientTemplate, validateSheet } from '@/domain';
import { findStatusColumn, findVersionColumn, writeImportResults, type ImportWriteBack } from '@/excel/imports/writeImportResults';
import { createExcelHost, type ExcelHost } from '../excel-host/createExcelHost';
import { installExcelHost } from '../excel-host/installExcelHost';

const headers = clientTemplate.map((column) => (column.required ? `${column.header} *` : column.header));
const row = (n: number) => clientRow(n, `c${n}@example.ch`);
const date = new Date(2026, 10, 27);
/** The write-back of the "Clients" sheet (header in row 1, codes in A), with what a test says. */
const writeBack = (given: Pick<ImportWriteBack, 'outcomes' | 'statusColumn'> & Partial<ImportWriteBack>) =>
  writeImportResults({ language: 'fr', sheetName: 'Clients', headerRow: 1, codeColumn: 0, date, ...given });

let host: ExcelHost;
let uninstall: () => void;
beforeEach(() => {
  host = createExcelHost();
  host.workbook.addSheet('Clients', [headers, row(1), row(2), row(3), row(4)]);
  uninstall = installExcelHost(host);
});
afterEach(() => uninstall());

describe('writeImportResults', () => {
  it('writes each row\'s code and a "Statut import" column (added: three syncs), values of other rows untouched', async () => {
    host.resetStats();
    const written = await writeImportResults({
      language: 'fr',
      sheetName: 'Clients',
      headerRow: 1,
      codeColumn: 0,
      statusColumn: null,
      date,
      outcomes: [
        { row: 2, status: 'created', code: 'CL-000001' },
        { row: 3, status: 'updated', code: 'CL-000002' },
        { row: 4, status: 'failed', reasons: [{ code: 'store.refused', message: "=l'email existe déjà" }] },
      ],
    });
    expect(host.stats.syncs).toBe(3);
    expect(written).toEqual({ statusColumn: 18, codeColumn: 0, versionColumn: null, rows: 3 });
    const sheet = host.workbook.sheet('Clients');
    expect(sheet.cell('S1')).toMatchObject({ value: 'Statut import', fontBold: true });
    expect(sheet.getValues('A2:A5').map(([code]) => code)).toEqual(['CL-000001', 'CL-000002', '', '']);
    expect(sheet.getValues('S2:S5').map(([status]) => status)).toEqual([
      'Créé le 27.11.2026',
      'Mis à jour le 27.11.2026',
      "Erreur\u00a0: =l'email existe déjà",
      '',
    ]);
    expect(sheet.cell('S4').formula).toBeNull();
    expect(sheet.cell('C2').value).toBe('Nom1');
    // Both columns given: two syncs.
    host.resetStats();
    await writeImportResults({
      language: 'fr',
      sheetName: 'Clients',
      headerRow: 1,
      codeColumn: 0,
      statusColumn: 18,
      date,
      outcomes: [{ row: 5, status: 'not_imported' }],
    });
    expect(host.stats.syncs).toBe(2);
  });

  it('writes « Doublon probable de CL-… » for a row not created as a probable duplicate, and no code; « même client » then writes its code and the stored values into its empty cells', async () => {
    await writeBack({
      statusColumn: 18,
      keyColumns: { phone: 7, city: 11 },
      outcomes: [
        { row: 2, status: 'duplicate', reasons: [{ code: 'duplicate.probable' }], duplicateOf: { code: 'CL-000123', others: 0 } },
        { row: 3, status: 'duplicate', reasons: [{ code: 'duplicate.probable' }], duplicateOf: { code: 'CL-000124', others: 2 } },
      ],
    });
    const sheet = host.workbook.sheet('Clients');
    expect(sheet.getValues('A2:A3')).toEqual([[''], ['']]);
    expect(sheet.getValues('S2:S3')).toEqual([['Doublon probable de CL-000123'], ['Doublon probable de CL-000124 (+2)']]);
    sheet.setValues([['']], 'H2');
    await writeBack({
      statusColumn: 18,
      keyColumns: { phone: 7, city: 11 },
      outcomes: [{ row: 2, status: 'updated', code: 'CL-000123', version: 4, kept: { phone: '+41223104567' } }],
    });
    expect(sheet.getValues('A2:A2')).toEqual([['CL-000123']]);
    expect(sheet.getValues('H2:H2')).toEqual([['+41 22 310 45 67']]);
    expect(sheet.getValues('S2:S2')).toEqual([['Mis à jour le 27.11.2026']]);
  });

  it('reuses the existing "Statut import" column (found as an unknown column), and finds "Code client" by its header', async () => {
    const sheet = host.workbook.sheet('Clients');
    sheet.setValues([['Statut import'], ['Non importé']], 'S1');
    const validation = validateSheet(sheet.getValues(), { homeCountry: 'CH' });
    const statusColumn = findStatusColumn(validation, 0);
    expect(statusColumn).toBe(18);
    await writeImportResults({
      language: 'fr',
      sheetName: 'Clients',
      headerRow: 1,
      codeColumn: null,
      statusColumn,
      date,
      outcomes: [
        { row: 2, status: 'unchanged', code: 'CL-000009' },
        { row: 5, status: 'not_imported' },
      ],
    });
    expect(sheet.getValues('S1:T2')).toEqual([
      ['Statut import', ''],
      ['Inchangé le 27.11.2026', ''],
    ]);
    expect(sheet.cell('A2').value).toBe('CL-000009');
    expect(sheet.cell('S5').value).toBe('Non importé');
  });

  it('finds "Statut import" past an "Anomalies" column the validation did not read, and adds "Code client" when the sheet has none', async () => {
    const sheet = host.workbook.sheet('Clients');
    sheet.setValues([['Anomalies', 'Statut import']], 'S1');
    sheet.setValues([['Nom *']], 'A1');
    await writeImportResults({
      language: 'fr',
      sheetName: 'Clients',
      headerRow: 1,
      codeColumn: null,
      statusColumn: null,
      date,
      outcomes: [{ row: 2, status: 'created', code: 'CL-000010' }],
    });
    expect(sheet.getValues('S1:U2')).toEqual([
      ['Anomalies', 'Statut import', 'Code client'],
      ['', 'Créé le 27.11.2026', 'CL-000010'],
    ]);
  });

  it('empties the code of a reverted row and writes "Import annulé le …"', async () => {
    const sheet = host.workbook.sheet('Clients');
    sheet.setValues([['CL-000001']], 'A2');
    await writeImportResults({
      language: 'fr',
      sheetName: 'Clients',
      headerRow: 1,
      codeColumn: 0,
      statusColumn: null,
      date,
      outcomes: [{ row: 2, status: 'reverted', clearCode: true }],
    });
    expect(sheet.getValues('A2:A2')).toEqual([['']]);
    expect(sheet.cell('S2').value).toBe('Import annulé le 27.11.2026');
  });

  describe("versions and the store's kept values", () => {
    const keyColumns = { phone: 7, city: 11, birthDate: 16 } as const;

    it('adds a hidden text "Version" column, writes each written row\'s version and the kept values, other cells untouched', async () => {
      const sheet = host.workbook.sheet('Clients');
      sheet.setFormat('L2', { fillColor: '#00FF00' });
      sheet.setValues([['Gardé']], 'E3');
      host.resetStats();
      const written = await writeBack({
        statusColumn: null,
        keyColumns,
        outcomes: [
          {
            row: 2,
            status: 'updated',
            code: 'CL-000001',
            version: 5,
            kept: { phone: '+41223104567', city: 'Lancy', birthDate: '1981-03-09' },
          },
          { row: 3, status: 'unchanged', code: 'CL-000002', version: 12 },
          {
            row: 4,
            status: 'conflict',
            code: 'CL-000003',
            reasons: [
              { code: 'version.conflict', header: 'Email' },
              { code: 'version.conflict', header: 'Téléphone' },
            ],
          },
        ],
      });
      // Used range, header row, then every write in one request.
      expect(host.stats.syncs).toBe(3);
      expect(written).toEqual({ statusColumn: 18, codeColumn: 0, versionColumn: 19, rows: 3 });
      expect(sheet.getValues('S1:T4')).toEqual([
        ['Statut import', 'Version'],
        ['Mis à jour le 27.11.2026', '5'],
        ['Inchangé le 27.11.2026', '12'],
        ['Conflit\u00a0: Email, Téléphone', ''],
      ]);
      expect(sheet.cell('T2')).toMatchObject({ numberFormat: '@', text: '5' });
      expect(sheet.cell('T1').fontBold).toBe(true);
      expect([...sheet.hiddenColumns]).toEqual([19]);
      expect(sheet.getValues('H2:H2')).toEqual([['+41 22 310 45 67']]);
      expect(sheet.cell('L2')).toMatchObject({ value: 'Lancy', fillColor: '#00FF00' });
      expect(validateSheet(sheet.getValues(), { homeCountry: 'CH' }).records[0]).toMatchObject({
        version: 5,
        values: { phone: '+41223104567', city: 'Lancy', birthDate: '1981-03-09' },
      });
      // A conflict writes neither the code nor the version: the row stays as the user left it.
      expect(sheet.getValues('A4:G4')).toEqual([row(3).slice(0, 7)]);
      expect(sheet.cell('E3').value).toBe('Gardé');
    });

    it('writes into the "Version" column the sheet has (found by its header, or given): two syncs when given', async () => {
      const sheet = host.workbook.sheet('Clients');
      sheet.setValues(
        [
          ['Statut import', 'Version'],
          ['', '3'],
        ],
        'S1',
      );
      const validation = validateSheet(sheet.getValues(), { homeCountry: 'CH' });
      expect(validation.records[0]?.version).toBe(3);
      host.resetStats();
      const written = await writeBack({
        statusColumn: findStatusColumn(validation, 0),
        versionColumn: findVersionColumn(validation, 0),
        outcomes: [{ row: 2, status: 'updated', code: 'CL-000001', version: 4 }],
      });
      expect(host.stats.syncs).toBe(2);
      expect(written.versionColumn).toBe(19);
      // The user's column is not text-formatted: Excel reads "4" as a number, which validation takes all the same.
      expect(sheet.getValues('S2:U2')).toEqual([['Mis à jour le 27.11.2026', 4, '']]);
      expect([...sheet.hiddenColumns]).toEqual([]);
    });

    it('empties the version of a reverted row whose client was removed', async () => {
      const sheet = host.workbook.sheet('Clients');
      sheet.setValues([['CL-000001']], 'A2');
      sheet.setValues(
        [
          ['Statut import', 'Version'],
          ['Créé', '1'],
        ],
        'S1',
      );
      await writeBack({
        statusColumn: 18,
        versionColumn: 19,
        outcomes: [{ row: 2, status: 'reverted', clearCode: true }],
      });
      expect([sheet.cell('A2').value, sheet.cell('T2').value]).toEqual(['', '']);
    });
  });
});
