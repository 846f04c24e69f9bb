import type { ColumnMapping } from '@/domain';
import { validateActiveSheet, type RememberedMapping } from '@/excel/marks/validateActiveSheet';
import { createExcelHost, type ExcelHost } from '../excel-host/createExcelHost';
import { installExcelHost } from '../excel-host/installExcelHost';
import { withNotes, withoutNotes } from './support/clientsSheetHost';

// An Outlook-like export: a full-name column, an e-mail, two phones, a column nothing reads.
const exportRows = [
  ['Display Name', 'E-mail Address', 'Business Phone', 'Home Phone', 'Couleur'],
  ['Jean Dupont', 'jean@example.ch', '022 310 45 67', '', 'bleu'],
  ['Sophie Favre', 'sophie@example.ch', '', '079 123 45 67', 'vert'],
];
const signature = 'displayname|emailaddress|businessphone|homephone|couleur';
const options = { homeCountry: 'CH', lang: 'fr' as const, features: withNotes };

let host: ExcelHost;
let uninstall: () => void;

function setUp(rows: unknown[][], sheetName = 'Export') {
  host = createExcelHost({ apiSets: { ExcelApi: '1.18' } });
  host.workbook.addSheet(sheetName, rows);
  uninstall = installExcelHost(host);
  host.resetStats();
}
afterEach(() => uninstall());

const remembered = (mapping: ColumnMapping): RememberedMapping => ({ mapping, savedBy: 'marie', savedAt: '2026-11-30T09:15:00.000Z' });

describe('validateActiveSheet with a mapping', () => {
  it('reads the headers with the engine alone and says so, with the signature and the columns to list', async () => {
    setUp(exportRows);
    const result = await validateActiveSheet(options);
    expect(result.mapping).toEqual({
      source: 'engine',
      entries: [],
      signature,
      sourceColumns: result.validation.sourceColumns,
    });
    expect(result.mapping.sourceColumns.map((column) => column.header)).toEqual(exportRows[0]);
    expect(result.validation.records[0]?.values).not.toHaveProperty('notes');
  });

  it('applies a given mapping (confirmed): the rows read what it says', async () => {
    setUp(exportRows);
    const mapping: ColumnMapping = [
      { header: 'Couleur', target: 'notes' },
      { header: 'Home Phone', target: 'mobile' },
    ];
    const result = await validateActiveSheet({ ...options, mapping });
    expect(result.mapping).toMatchObject({ source: 'confirmed', entries: mapping, signature });
    expect(result.validation.records[1]?.values).toMatchObject({ notes: 'vert', mobile: '+41791234567', lastName: 'Favre' });
  });

  it('looks the remembered mapping up by the signature, in as many syncs as without one', async () => {
    setUp(exportRows);
    await validateActiveSheet(options);
    const syncsWithout = host.stats.syncs;
    host.resetStats();
    const asked: string[] = [];
    const result = await validateActiveSheet({
      ...options,
      findMapping: async (key) => {
        asked.push(key);
        return remembered([{ header: 'Couleur', target: 'notes' }]);
      },
    });
    expect(asked).toEqual([signature]);
    expect(host.stats.syncs).toBe(syncsWithout);
    expect(result.mapping).toMatchObject({ source: 'remembered', savedBy: 'marie', savedAt: '2026-11-30T09:15:00.000Z' });
    expect(result.validation.columns.mapped.find((column) => column.key === 'notes')).toMatchObject({
      header: 'Couleur',
      confidence: 'user',
    });
  });

  it('validates without it when the lookup fails or finds nothing', async () => {
    setUp(exportRows);
    const failed = await validateActiveSheet({
      ...options,
      findMapping: async () => {
        throw new Error('store down');
      },
    });
    expect(failed.mapping.source).toBe('engine');
    expect(failed.validation.rows).toBe(2);
    const none = await validateActiveSheet({ ...options, findMapping: async () => null });
    expect(none.mapping).toMatchObject({ source: 'engine', entries: [] });
  });

  it('applies the mapping confirmed for this sheet and signature, without a lookup; another sheet name does not take it', async () => {
    setUp(exportRows);
    const lookups: string[] = [];
    const findMapping = async (key: string) => {
      lookups.push(key);
      return null;
    };
    const mapping: ColumnMapping = [{ header: 'Couleur', target: 'notes' }];
    const mine = await validateActiveSheet({ ...options, findMapping, confirmedMappings: [{ sheetName: 'Export', signature, mapping }] });
    expect(mine.mapping).toMatchObject({ source: 'confirmed', entries: mapping });
    expect(lookups).toEqual([]);
    const other = await validateActiveSheet({ ...options, findMapping, confirmedMappings: [{ sheetName: 'Autre', signature, mapping }] });
    expect(other.mapping.source).toBe('engine');
    expect(lookups).toEqual([signature]);
  });

  it('keys a sheet without a recognised header row by its first non-empty row, and lists that row', async () => {
    const coded = [[], ['Kd', 'Feld 2', 'Feld 3'], ['K1', 'Muster', 'm@example.ch']];
    setUp(coded);
    const engine = await validateActiveSheet(options);
    expect(engine.validation.headerRow).toBeNull();
    expect(engine.mapping.signature).toBe('kd|feld2|feld3');
    expect(engine.mapping.sourceColumns).toEqual([
      { header: 'Kd', column: 'A', index: 0, samples: ['K1'] },
      { header: 'Feld 2', column: 'B', index: 1, samples: ['Muster'] },
      { header: 'Feld 3', column: 'C', index: 2, samples: ['m@example.ch'] },
    ]);
    const mapping: ColumnMapping = [
      { header: 'Kd', target: 'code' },
      { header: 'Feld 2', target: 'lastName' },
      { header: 'Feld 3', target: 'email' },
    ];
    const mapped = await validateActiveSheet({ ...options, findMapping: async () => remembered(mapping) });
    expect(mapped.validation.headerRow).toBe(2);
    expect(mapped.validation.records[0]?.values).toMatchObject({ code: 'K1', lastName: 'Muster', email: 'm@example.ch' });
  });

  it('keeps the signature when the "Anomalies" column of an earlier validation is there', async () => {
    setUp([
      ['Nom', 'Prénom', 'Email', 'Ref'],
      ['Favre', 'Sophie', 'pas-un-email', 'A-1'],
    ]);
    const first = await validateActiveSheet({ ...options, features: withoutNotes });
    expect(first.marked.mode).toBe('column');
    expect(host.workbook.sheet('Export').cell('E1').value).toBe('Anomalies');
    const lookups: string[] = [];
    await validateActiveSheet({
      ...options,
      features: withoutNotes,
      findMapping: async (key) => {
        lookups.push(key);
        return null;
      },
    });
    expect(lookups).toEqual(['nom|prenom|email|ref']);
  });
});
