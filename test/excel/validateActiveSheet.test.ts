import { clientTemplate } from '../../src/domain/template/clientTemplate';
import type { ExcelFeatures } from '../../src/excel/excelFeatures';
import { clearMarks } from '../../src/excel/marks/clearMarks';
import { markStoreSheetName } from '../../src/excel/marks/MarkEntry';
import { validateActiveSheet } from '../../src/excel/marks/validateActiveSheet';
import { createExcelHost, type ExcelHost } from '../excel-host/createExcelHost';
import { installExcelHost } from '../excel-host/installExcelHost';

const withNotes: ExcelFeatures = { sheetCustomProperties: true, insertWorksheetsFromBase64: true, notes: true, mergeUndoGroup: false };
const withoutNotes: ExcelFeatures = { ...withNotes, notes: false };
const headers = clientTemplate.map((column) => (column.required ? `${column.header} *` : column.header));

/** A template row (18 columns) with overrides by column letter. */
function row(overrides: Record<string, unknown> = {}, n = 1): unknown[] {
  const base: unknown[] = ['', 'Mme', `Favre${n}`, 'Sophie', '', '', `client${n}@example.ch`, '', '', '', '1204', 'Genève', 'CH', 'CH', 'CH', 'fr', '', ''];
  for (const [letter, value] of Object.entries(overrides)) base[letter.charCodeAt(0) - 65] = value;
  return base;
}

let host: ExcelHost;
let uninstall: () => void;

function setUp(rows: unknown[][], excelApi = '1.18', limits = {}) {
  host = createExcelHost({ apiSets: { ExcelApi: excelApi }, limits });
  host.workbook.addSheet('Clients', [headers, ...rows]);
  uninstall = installExcelHost(host);
  return host.workbook.sheet('Clients');
}
afterEach(() => uninstall());

const options = { homeCountry: 'CH', lang: 'fr' as const };

describe('validateActiveSheet with notes (ExcelApi 1.18)', () => {
  it('marks each invalid cell with a fill and its message as a note, never changing a value, in 3 syncs', async () => {
    const sheet = setUp([row({}, 1), row({ G: 'pas-un-email' }, 2), row({ C: '', K: '12' }, 3)]);
    const before = sheet.getValues();
    host.resetStats();
    const result = await validateActiveSheet({ ...options, features: withNotes });
    expect(host.stats.syncs).toBe(3);
    expect(result.sheetName).toBe('Clients');
    expect(result.validation.rows).toBe(3);
    expect(result.validation.validRows).toBe(1);
    expect(result.marked).toEqual({ cells: 3, mode: 'notes', withoutNote: 0 });
    expect(sheet.getValues()).toEqual(before);
    expect(sheet.cell('G3').fillColor).toBe('#FFC7CE');
    expect(sheet.cell('C4').fillColor).toBe('#FFC7CE');
    expect(sheet.cell('K4').fillColor).toBe('#FFC7CE');
    expect(sheet.cell('G2').fillColor).toBeNull();
    expect(sheet.note('G3')).toMatch(/e-mail|adresse/i);
    expect(sheet.note('G2')).toBeNull();
    expect(host.workbook.sheet(markStoreSheetName).visibility).toBe('VeryHidden');
  });

  it('costs the same syncs for 2 or 2,000 invalid cells (sample + 1 chunk + 2), address lists under 8,192 characters', async () => {
    const few = Array.from({ length: 1000 }, (_, i) => row(i === 7 ? { G: 'mauvais', K: '1' } : {}, i));
    setUp(few);
    host.resetStats();
    expect((await validateActiveSheet({ ...options, features: withNotes })).marked.cells).toBe(2);
    const syncsForFew = host.stats.syncs;
    uninstall();
    const rows = Array.from({ length: 1000 }, (_, i) => row({ G: `mauvais${i}`, K: '1' }, i));
    const sheet = setUp(rows);
    host.resetStats();
    const result = await validateActiveSheet({ ...options, features: withNotes });
    expect(result.marked.cells).toBe(2000);
    expect(syncsForFew).toBe(4);
    expect(host.stats.syncs).toBe(4);
    expect(host.stats.history.every((record) => record.errorCode === null)).toBe(true);
    expect(sheet.cell('G1001').fillColor).toBe('#FFC7CE');
    expect(sheet.note('K500')).not.toBeNull();
  });

  it('clears the marks: each cell gets its own fill back, added notes go, the user\'s own note stays', async () => {
    const sheet = setUp([row({ G: 'x' }, 1), row({ G: 'y' }, 2), row({ G: 'z' }, 3)]);
    sheet.setFormat('G3', { fillColor: '#00FF00' });
    sheet.setFormat('G4', { fillColor: '#FFFFFF' });
    sheet.setNote('G4', 'Note de la cliente');
    const result = await validateActiveSheet({ ...options, features: withNotes });
    expect(result.marked.withoutNote).toBe(1);
    expect(sheet.cell('G3').fillColor).toBe('#FFC7CE');
    expect(sheet.note('G4')).toBe('Note de la cliente');
    host.resetStats();
    await expect(clearMarks(withNotes)).resolves.toEqual({ sheetName: 'Clients', cleared: true });
    expect(host.stats.syncs).toBe(3);
    expect(sheet.cell('G2').fillColor).toBeNull();
    expect(sheet.cell('G3').fillColor).toBe('#00FF00');
    expect(sheet.cell('G4').fillColor).toBe('#FFFFFF');
    expect(sheet.note('G2')).toBeNull();
    expect(sheet.note('G4')).toBe('Note de la cliente');
    await expect(clearMarks(withNotes)).resolves.toEqual({ sheetName: 'Clients', cleared: false });
  });

  it('validating again undoes the earlier marks first, so clearing still restores the own fills', async () => {
    const sheet = setUp([row({ G: 'x' }, 1), row({ G: 'y' }, 2)]);
    sheet.setFormat('G3', { fillColor: '#00FF00' });
    await validateActiveSheet({ ...options, features: withNotes });
    sheet.setValues([['ok@example.ch']], 'G2');
    const again = await validateActiveSheet({ ...options, features: withNotes });
    expect(again.marked.cells).toBe(1);
    expect(sheet.cell('G2').fillColor).toBeNull();
    expect(sheet.note('G2')).toBeNull();
    expect(sheet.cell('G3').fillColor).toBe('#FFC7CE');
    await clearMarks(withNotes);
    expect(sheet.cell('G3').fillColor).toBe('#00FF00');
    expect(sheet.notes.size).toBe(0);
  });

  it('restores mixed own fills of a merged area cell by cell (one more sync)', async () => {
    const sheet = setUp([row({ G: 'x' }, 1), row({ G: 'y' }, 2), row({ G: 'z' }, 3)]);
    sheet.setFormat('G3', { fillColor: '#00FF00' });
    host.resetStats();
    await validateActiveSheet({ ...options, features: withNotes });
    expect(host.stats.syncs).toBe(4);
    await clearMarks(withNotes);
    expect(sheet.cell('G2').fillColor).toBeNull();
    expect(sheet.cell('G3').fillColor).toBe('#00FF00');
    expect(sheet.cell('G4').fillColor).toBeNull();
  });
});

describe('validateActiveSheet with the features Excel reports', () => {
  it('detects notes and one undo group on ExcelApi 1.20 and marks with notes', async () => {
    const sheet = setUp([row({ G: 'x' }, 1)], '1.20');
    const result = await validateActiveSheet(options);
    expect(result.marked.mode).toBe('notes');
    expect(sheet.note('G2')).not.toBeNull();
  });

  it('falls back to the "Anomalies" column on ExcelApi 1.17', async () => {
    const sheet = setUp([row({ G: 'x' }, 1)], '1.17');
    const result = await validateActiveSheet(options);
    expect(result.marked.mode).toBe('column');
    expect(sheet.cell('S1').value).toBe('Anomalies');
    expect(sheet.notes.size).toBe(0);
  });
});

describe('validateActiveSheet without notes (fallback: the "Anomalies" column)', () => {
  it('writes each marked row\'s messages in an "Anomalies" column, which clearing removes', async () => {
    const sheet = setUp([row({}, 1), row({ G: 'pas-un-email', K: '12' }, 2)], '1.17');
    host.resetStats();
    const result = await validateActiveSheet({ ...options, features: withoutNotes });
    expect(host.stats.syncs).toBe(3);
    expect(result.marked).toEqual({ cells: 2, mode: 'column', withoutNote: 0 });
    expect(sheet.cell('S1').value).toBe('Anomalies');
    expect(sheet.cell('S2').value).toBe('');
    expect(String(sheet.cell('S3').value)).toMatch(/^Email \* : .+ \| NPA : /);
    expect(sheet.cell('G3').fillColor).toBe('#FFC7CE');
    // Validating again does not read the Anomalies column as an unknown column.
    const again = await validateActiveSheet({ ...options, features: withoutNotes });
    expect(again.validation.columns.unknown).toEqual([]);
    await clearMarks(withoutNotes);
    expect(sheet.cell('S1').value).toBe('');
    expect(sheet.cell('S3').value).toBe('');
    expect(sheet.cell('G3').fillColor).toBeNull();
    expect(sheet.usedRangeAddress(true)).toBe('Clients!A1:R3');
  });
});

describe('validateActiveSheet on a large sheet (chunked reads)', () => {
  it('reads in chunks under the response limit: syncs = chunks + 2, every response under the limit', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => row(i % 100 === 0 ? { G: 'faux' } : {}, i));
    setUp(rows, '1.18', { maxResponseBytes: 200_000, maxRequestBytes: 200_000 });
    host.resetStats();
    const result = await validateActiveSheet({ ...options, features: withNotes, responseBudget: 150_000, requestBudget: 150_000 });
    expect(result.validation.rows).toBe(3000);
    expect(result.marked.cells).toBe(30);
    const reads = host.stats.history.length - 2;
    expect(reads).toBeGreaterThan(3);
    expect(host.stats.history.every((record) => record.errorCode === null && record.responseBytes <= 200_000)).toBe(true);
  });

  it('reads a chunk again in halves when Excel refuses it as too large', async () => {
    const long = 'x'.repeat(900);
    const rows = Array.from({ length: 600 }, (_, i) => row(i > 300 ? { R: long } : {}, i));
    setUp(rows, '1.18', { maxResponseBytes: 150_000, maxRequestBytes: 150_000 });
    const result = await validateActiveSheet({ ...options, features: withNotes, responseBudget: 140_000, requestBudget: 140_000 });
    expect(result.validation.rows).toBe(600);
    expect(host.stats.history.some((record) => record.errorCode === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
  });

  it('on an empty sheet reports the missing header row and marks nothing', async () => {
    host = createExcelHost({ apiSets: { ExcelApi: '1.18' } });
    host.workbook.addSheet('Vide');
    uninstall = installExcelHost(host);
    const result = await validateActiveSheet({ ...options, features: withNotes });
    expect(result.validation.issues.map((issue) => issue.code)).toEqual(['header.notFound']);
    expect(result.marked.cells).toBe(0);
  });
});
