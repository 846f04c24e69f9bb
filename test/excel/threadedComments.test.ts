import { validateActiveSheet } from '@/excel/marks/validateActiveSheet';
import { clearMarks } from '@/excel/marks/clearMarks';
import type { ExcelHost } from '../excel-host/createExcelHost';
import { clientRow as row, startClientsHost, withNotes } from './support/clientsSheetHost';

let host: ExcelHost;
let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

const options = { homeCountry: 'CH', lang: 'fr' as const, features: withNotes };

// A cell holds a threaded comment or a note, never both: Excel refuses a note on a commented cell, which would fail the
// whole request that marks the sheet.
describe('marking cells that hold a threaded comment', () => {
  it('marks the commented cell with its fill, puts its message in the "Anomalies" column, and notes the others', async () => {
    ({ host, uninstall } = startClientsHost([row({ G: 'pas-un-email' }, 1), row({ G: 'faux@', K: '12' }, 2), row({}, 3)], '1.18'));
    const sheet = host.workbook.sheet('Clients');
    sheet.addComment('G2', 'À vérifier avec Sophie');
    const result = await validateActiveSheet(options);
    expect(result.marked).toMatchObject({ cells: 3, mode: 'notes', withComment: 1 });
    expect(sheet.cell('G2').fillColor).toBe('#FFC7CE');
    expect(sheet.note('G2')).toBeNull();
    expect(sheet.note('G3')).toMatch(/e-mail|adresse/i);
    expect(sheet.note('K3')).not.toBeNull();
    // The column after the template's 18 (S): its header, and the commented cell's message saying why it is there.
    expect(sheet.cell('S1').value).toBe('Anomalies');
    expect(String(sheet.cell('S2').value)).toMatch(/^Email \*\s: .*commentaire/i);
    expect(sheet.cell('S3').value).toBe('');
    expect(host.workbook.sheet('Clients').comments.get('1,6')).toBe('À vérifier avec Sophie');

    const cleared = await clearMarks(withNotes);
    expect(cleared.cleared).toBe(true);
    expect(sheet.cell('G2').fillColor).toBeNull();
    expect(sheet.cell('S2').value).toBe('');
    expect(sheet.note('G3')).toBeNull();
    expect(sheet.comments.size).toBe(1);
  });
});
