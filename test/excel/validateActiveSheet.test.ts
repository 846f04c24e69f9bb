import { clearMarks } from '@/excel/marks/clearMarks';
import { markStoreSheetName } from '@/excel/marks/MarkEntry';
import { validateActiveSheet } from '@/excel/marks/validateActiveSheet';
import { createExcelHost, type ExcelHost } from '../excel-host/createExcelHost';
import { installExcelHost } from '../excel-host/installExcelHost';
import { clientRow as row, startClientsHost, withNotes, withoutNotes } from './support/clientsSheetHost';

let host: ExcelHost;
let uninstall: () => void;

function setUp(rows: unknown[][], excelApi = '1.18', limits = {}) {
  ({ host, uninstall } = startClientsHost(rows, excelApi, limits));
  return host.workbook.sheet('Clients');
}
afterEach(() => uninstall());

const options = { homeCountry: 'CH', lang: 'fr' as const };

describe('validateActiveSheet with notes (ExcelApi 1.18)', () => {
  it('marks each invalid cell with a fill and its message as a note, never changing a value, in 2 syncs', async () => {
    const sheet = setUp([row({}, 1), row({ G: 'pas-un-email' }, 2), row({ C: '', K: '12' }, 3)]);
    const before = sheet.getValues();
    host.resetStats();
    const result = await validateActiveSheet({ ...options, features: withNotes });
    // The first rows (with their fill and the sheet's note count), then the marks with the mark store.
    expect(host.stats.syncs).toBe(2);
    expect(result.sheetName).toBe('Clients');
    expect(result.validation.rows).toBe(3);
    expect(result.validation.validRows).toBe(1);
    expect(result.marked).toEqual({ cells: 3, mode: 'notes', withoutNote: 0, tooManyForNotes: false, withComment: 0 });
    expect(sheet.getValues()).toEqual(before);
    expect(sheet.cell('G3').fillColor).toBe('#FFC7CE');
    expect(sheet.cell('C4').fillColor).toBe('#FFC7CE');
    expect(sheet.cell('K4').fillColor).toBe('#FFC7CE');
    expect(sheet.cell('G2').fillColor).toBeNull();
    expect(sheet.note('G3')).toMatch(/e-mail|adresse/i);
    expect(sheet.note('G2')).toBeNull();
    expect(host.workbook.sheet(markStoreSheetName).visibility).toBe('VeryHidden');
  });

  it('costs the same syncs for 2 or 2,000 invalid cells (first rows + 1 chunk + 1), address lists under 8,192 characters', async () => {
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
    expect(syncsForFew).toBe(3);
    expect(host.stats.syncs).toBe(3);
    expect(host.stats.history.every((record) => record.errorCode === null)).toBe(true);
    expect(sheet.cell('G1001').fillColor).toBe('#FFC7CE');
    expect(sheet.note('K500')).not.toBeNull();
  });

  it("clears the marks: each cell gets its own fill back, added notes go, the user's own note stays", async () => {
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

  it("validating again: a cell still invalid keeps one note with its new text, a fixed cell loses its note, the user's note stays", async () => {
    const sheet = setUp([row({ G: 'x' }, 1), row({ G: 'y' }, 2), row({ G: 'z' }, 3)]);
    await validateActiveSheet({ ...options, features: withNotes });
    sheet.setNote('C2', 'À rappeler');
    sheet.setValues([['ok@example.ch']], 'G2');
    sheet.setValues([['toujours-faux']], 'G3');
    host.resetStats();
    const again = await validateActiveSheet({ ...options, features: withNotes });
    expect(again.marked).toEqual({ cells: 2, mode: 'notes', withoutNote: 0, tooManyForNotes: false, withComment: 0 });
    expect(sheet.note('G2')).toBeNull();
    expect(sheet.cell('G2').fillColor).toBeNull();
    expect(sheet.note('G3')).toMatch(/toujours-faux/);
    expect(sheet.note('G4')).toMatch(/«\u00a0z\u00a0»/);
    expect(sheet.note('C2')).toBe('À rappeler');
    expect(sheet.notes.size).toBe(3);
    // First rows, then the notes located (the sheet holds some), then the marks.
    expect(host.stats.syncs).toBe(3);
    await clearMarks(withNotes);
    expect([...sheet.notes.values()]).toEqual(['À rappeler']);
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

  it('gives back a patterned own fill exactly (background, pattern and pattern colour), and marks it solid meanwhile', async () => {
    const sheet = setUp([row({ G: 'x' }, 1), row({ G: 'y' }, 2)]);
    sheet.setFormat('G2', { fillColor: '#DDEEFF', fillPattern: 'Checker', fillPatternColor: '#336699' });
    await validateActiveSheet({ ...options, features: withNotes });
    expect(sheet.cell('G2')).toMatchObject({ fillColor: '#FFC7CE', fillPattern: 'Solid' });
    await validateActiveSheet({ ...options, features: withNotes });
    await clearMarks(withNotes);
    expect(sheet.cell('G2')).toMatchObject({ fillColor: '#DDEEFF', fillPattern: 'Checker', fillPatternColor: '#336699' });
    expect(sheet.cell('G3')).toMatchObject({ fillColor: null, fillPattern: 'None' });
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

  it('keeps track of notes added on a newer Excel when validating again without the notes API, so a later clear removes them', async () => {
    const sheet = setUp([row({ G: 'x' }, 1)], '1.18');
    await validateActiveSheet({ ...options, features: withNotes });
    expect(sheet.note('G2')).not.toBeNull();
    await validateActiveSheet({ ...options, features: withoutNotes });
    expect(sheet.cell('S2').value).not.toBe('');
    await clearMarks(withNotes);
    expect(sheet.note('G2')).toBeNull();
    expect(sheet.cell('S2').value).toBe('');
    expect(sheet.cell('G2').fillColor).toBeNull();
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
    expect(host.stats.syncs).toBe(2);
    expect(result.marked).toEqual({ cells: 2, mode: 'column', withoutNote: 0, tooManyForNotes: false, withComment: 0 });
    expect(sheet.cell('S1').value).toBe('Anomalies');
    expect(sheet.cell('S2').value).toBe('');
    expect(String(sheet.cell('S3').value)).toMatch(/^Email \*\s: .+ \| NPA\s: /);
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
  it('reads in chunks under the response limit: syncs = first rows + chunks + 1, every response under the limit', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => row(i % 100 === 0 ? { G: 'faux' } : {}, i));
    setUp(rows, '1.18', { maxResponseBytes: 200_000, maxRequestBytes: 200_000 });
    host.resetStats();
    const result = await validateActiveSheet({ ...options, features: withNotes, responseBudget: 150_000, requestBudget: 150_000 });
    expect(result.validation.rows).toBe(3000);
    expect(result.marked.cells).toBe(30);
    const history = host.stats.history;
    expect(history.every((record) => record.errorCode === null && record.responseBytes <= 200_000)).toBe(true);
    // The first rows, then one request per chunk of 150,000 bytes of answer at most, then the last marks.
    const answered = history.reduce((sum, record) => sum + record.responseBytes, 0);
    expect(history.length).toBeGreaterThan(3);
    expect(history.length).toBeLessThanOrEqual(Math.ceil(answered / 150_000) + 2);
  });

  it('sends the marks of a chunk with the read of the next one, and lets marks that do not fit wait for the next request', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => row({ G: `faux${i}`, K: '1' }, i));
    const sheet = setUp(rows, '1.18', { maxResponseBytes: 200_000, maxRequestBytes: 200_000 });
    host.resetStats();
    const result = await validateActiveSheet({ ...options, features: withNotes, responseBudget: 150_000, requestBudget: 150_000 });
    expect(result.marked.cells).toBe(6000);
    const history = host.stats.history;
    expect(history.every((record) => record.errorCode === null && record.requestBytes <= 200_000 && record.responseBytes <= 200_000)).toBe(
      true,
    );
    // Every request between the first and the last one reads rows (a large answer) and carries marks (a large request,
    // but for the second: it marks only the first 20 rows): marking costs no round trip of its own.
    expect(history.length).toBeGreaterThan(4);
    expect(history.slice(1, -1).every((record) => record.responseBytes > 10_000)).toBe(true);
    expect(history.slice(2, -1).every((record) => record.responseBytes > 10_000 && record.requestBytes > 50_000)).toBe(true);
    expect(sheet.notes.size).toBe(6000);
    expect(sheet.cell('G3001').fillColor).toBe('#FFC7CE');
    expect(sheet.note('K3001')).toMatch(/Code postal/);
    await clearMarks(withNotes, { requestBudget: 150_000, responseBudget: 150_000 });
    expect(sheet.notes.size).toBe(0);
    expect(sheet.cell('G3001').fillColor).toBeNull();
  });

  it('puts every message in the "Anomalies" column from the start when the first rows foretell more invalid cells than notes allowed', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => row(i % 2 === 0 ? { G: `faux${i}` } : {}, i));
    const sheet = setUp(rows);
    host.resetStats();
    const result = await validateActiveSheet({ ...options, features: withNotes, maxNotes: 500 });
    expect(result.marked).toEqual({ cells: 1000, mode: 'column', withoutNote: 0, tooManyForNotes: true, withComment: 0 });
    expect(sheet.notes.size).toBe(0);
    expect(host.stats.syncs).toBe(3);
  });

  it('puts every message in the "Anomalies" column once there are more invalid cells than notes allowed, deleting the notes already added', async () => {
    // Few invalid cells at first (they get notes), many further down.
    const rows = Array.from({ length: 3000 }, (_, i) =>
      row(i >= 1000 && i % 2 === 0 ? { G: `faux${i}` } : i % 100 === 0 ? { K: '1' } : {}, i),
    );
    const sheet = setUp(rows, '1.18', { maxResponseBytes: 120_000, maxRequestBytes: 120_000 });
    sheet.setNote('C5', 'Note de la cliente');
    const budgets = { responseBudget: 100_000, requestBudget: 100_000 };
    const result = await validateActiveSheet({ ...options, features: withNotes, ...budgets, maxNotes: 500 });
    expect(result.marked).toEqual({ cells: 1010, mode: 'column', withoutNote: 0, tooManyForNotes: true, withComment: 0 });
    expect(host.stats.history.every((record) => record.errorCode === null)).toBe(true);
    expect([...sheet.notes.values()]).toEqual(['Note de la cliente']);
    expect(String(sheet.cell('S2').value)).toMatch(/^NPA\s: /);
    expect(String(sheet.cell('S1002').value)).toMatch(/^Email \*\s: .*faux1000/);
    expect(sheet.cell('S1003').value).toBe('');
    expect(sheet.cell('G1002').fillColor).toBe('#FFC7CE');
    // Under the limit, notes as before.
    const few = await validateActiveSheet({ ...options, features: withNotes, ...budgets, maxNotes: 5000 });
    expect(few.marked).toEqual({ cells: 1010, mode: 'notes', withoutNote: 0, tooManyForNotes: false, withComment: 0 });
    expect(sheet.cell('S2').value).toBe('');
    expect(sheet.notes.size).toBe(1011);
    await clearMarks(withNotes, budgets);
    expect([...sheet.notes.values()]).toEqual(['Note de la cliente']);
    expect(sheet.usedRangeAddress(true)).toBe('Clients!A1:R3001');
  });

  it('when Excel refuses to answer a request that also carried notes, reads the chunk in halves and leaves one note per cell', async () => {
    const long = 'x'.repeat(900);
    const rows = Array.from({ length: 600 }, (_, i) => row(i > 300 ? { G: `faux${i}`, R: long } : { G: `faux${i}` }, i));
    const sheet = setUp(rows, '1.18', { maxResponseBytes: 150_000, maxRequestBytes: 150_000 });
    const result = await validateActiveSheet({ ...options, features: withNotes, responseBudget: 140_000, requestBudget: 140_000 });
    expect(host.stats.history.some((record) => record.errorCode === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(result.validation.rows).toBe(600);
    expect(result.marked.cells).toBe(600);
    expect(sheet.notes.size).toBe(600);
    expect(sheet.note('G2')).toMatch(/faux0/);
    expect(sheet.note('G601')).toMatch(/faux599/);
    await clearMarks(withNotes, { requestBudget: 140_000, responseBudget: 140_000 });
    expect(sheet.notes.size).toBe(0);
  });

  it('keeps a row\'s text in the "Anomalies" column short: past 240 characters, the count and the columns', async () => {
    const sheet = setUp(
      [
        row({ B: 'Docteur', F: 'CHE-1', G: 'pas-un-email', H: 'abc', I: 'abc', K: '1', M: 'Atlantide', P: 'klingon' }, 1),
        row({ G: 'x' }, 2),
      ],
      '1.17',
    );
    await validateActiveSheet({ ...options, features: withoutNotes });
    const heavy = String(sheet.cell('S2').value);
    expect(heavy.length).toBeLessThanOrEqual(240);
    expect(heavy).toMatch(/^8 anomalies\u00a0: Civilité, .*Email \*, .*Langue$/);
    expect(String(sheet.cell('S3').value)).toMatch(/^Email \*\s: .*«\u00a0x\u00a0»/);
    await validateActiveSheet({ ...options, lang: 'en', features: withoutNotes });
    expect(String(sheet.cell('S2').value)).toMatch(/^8 issues: Civilité/);
  });

  it('without notes, writes the "Anomalies" column chunk by chunk: every marked row has its messages, the others stay empty', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => row(i % 3 === 0 ? { G: `faux${i}`, K: '1' } : {}, i));
    const sheet = setUp(rows, '1.17', { maxResponseBytes: 120_000, maxRequestBytes: 120_000 });
    host.resetStats();
    const result = await validateActiveSheet({ ...options, features: withoutNotes, responseBudget: 100_000, requestBudget: 100_000 });
    expect(result.marked.cells).toBe(2000);
    expect(host.stats.history.every((record) => record.errorCode === null)).toBe(true);
    expect(host.stats.history.length).toBeGreaterThan(4);
    const column = sheet.getValues('S1:S3001').map(([value]) => String(value));
    expect(column[0]).toBe('Anomalies');
    column.slice(1).forEach((text, i) => {
      if (i % 3 === 0) expect(text).toMatch(new RegExp(`^Email \\*\\s: .*faux${i}.* \\| NPA\\s: `));
      else expect(text).toBe('');
    });
    await clearMarks(withoutNotes, { requestBudget: 100_000, responseBudget: 100_000 });
    expect(sheet.usedRangeAddress(true)).toBe('Clients!A1:R3001');
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
