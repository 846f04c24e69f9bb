import { clearMarks } from '@/excel/marks/clearMarks';
import { markStoreSheetName } from '@/excel/marks/MarkEntry';
import { validateActiveSheet } from '@/excel/marks/validateActiveSheet';
import type { ExcelHost } from '../excel-host/createExcelHost';
import { clientRow as row, startClientsHost, withNotes, withoutNotes } from './support/clientsSheetHost';

const options = { homeCountry: 'CH', lang: 'fr' as const };

let host: ExcelHost;
let uninstall: () => void = () => undefined;
function setUp(rows: unknown[][], excelApi = '1.18', limits = {}) {
  ({ host, uninstall } = startClientsHost(rows, excelApi, limits));
  return host.workbook.sheet('Clients');
}
afterEach(() => uninstall());

describe('validateActiveSheet on awkward sheets', () => {
  it('validates rows of very long text: even the first read stays under the response limit', async () => {
    const long = 'x'.repeat(30_000);
    const sheet = setUp(Array.from({ length: 300 }, (_, i) => row(i === 7 ? { R: long, G: 'faux' } : { R: long }, i)));
    const result = await validateActiveSheet({ ...options, features: withNotes });
    expect(result.validation.rows).toBe(300);
    expect(sheet.note('G9')).toMatch(/faux/);
    expect(host.stats.history.every((record) => record.errorCode === null || record.errorCode === 'ResponsePayloadSizeLimitExceeded')).toBe(
      true,
    );
  });

  it('one long cell does not shrink every later chunk', async () => {
    setUp(Array.from({ length: 20_000 }, (_, i) => row(i === 100 ? { R: 'z'.repeat(30_000) } : {}, i)));
    host.resetStats();
    await validateActiveSheet({ ...options, features: withNotes });
    expect(host.stats.syncs).toBeLessThan(6);
  });

  it('when a request fails mid-way, what was marked is still listed, so clearing removes it all', async () => {
    // Row 500 alone is larger than a response: its one-row chunk fails and the validation stops.
    const huge = 'y'.repeat(30_000);
    const rows = Array.from({ length: 600 }, (_, i) =>
      row(i === 500 ? { G: `faux${i}`, Q: huge, R: huge, S: huge, T: huge, U: huge, V: huge } : { G: `faux${i}` }, i),
    );
    const sheet = setUp(rows, '1.18', { maxResponseBytes: 150_000, maxRequestBytes: 150_000 });
    const budgets = { responseBudget: 140_000, requestBudget: 140_000 };
    await expect(validateActiveSheet({ ...options, features: withNotes, ...budgets })).rejects.toMatchObject({
      code: 'response_too_large',
    });
    expect(sheet.cell('G2').fillColor).toBe('#FFC7CE');
    expect(sheet.notes.size).toBeGreaterThan(0);
    expect(host.workbook.findSheet(markStoreSheetName)).toBeDefined();
    await clearMarks(withNotes, budgets);
    expect(sheet.cell('G2').fillColor).toBeNull();
    expect(sheet.notes.size).toBe(0);
  });

  it('finds its "Anomalies" column by its header after the user inserted a column before it, and never clears the user\'s', async () => {
    const sheet = setUp([row({ G: 'x' }, 1), row({}, 2)], '1.17');
    await validateActiveSheet({ ...options, features: withoutNotes });
    expect(sheet.cell('S1').value).toBe('Anomalies');
    // What inserting a column before S does: the Anomalies column moves to T, the user's new column is S.
    sheet.setValues(sheet.getValues('S1:S3'), 'T1');
    sheet.setValues([['Ma colonne'], ['donnée 1'], ['donnée 2']], 'S1');
    const again = await validateActiveSheet({ ...options, features: withoutNotes });
    expect(sheet.getValues('S1:S3')).toEqual([['Ma colonne'], ['donnée 1'], ['donnée 2']]);
    expect(again.validation.columns.unknown.map((column) => column.header)).toEqual(['Ma colonne']);
    expect(sheet.cell('T1').value).toBe('Anomalies');
    expect(String(sheet.cell('T2').value)).toMatch(/^Email \*\s: /);
    await clearMarks(withoutNotes);
    expect(sheet.getValues('S1:T3')).toEqual([
      ['Ma colonne', ''],
      ['donnée 1', ''],
      ['donnée 2', ''],
    ]);
  });

  it('leaves a user\'s column alone when the "Anomalies" column it replaced is gone', async () => {
    const sheet = setUp([row({ G: 'x' }, 1)], '1.17');
    await validateActiveSheet({ ...options, features: withoutNotes });
    sheet.setValues([['Commentaire'], ['à garder']], 'S1');
    await validateActiveSheet({ ...options, features: withoutNotes });
    expect(sheet.getValues('S1:S2')).toEqual([['Commentaire'], ['à garder']]);
    expect(sheet.cell('T1').value).toBe('Anomalies');
  });
});
