import type { ExcelFeatures } from '@/excel/excelFeatures';
import { clearMarks } from '@/excel/marks/clearMarks';
import { markStoreSheetName } from '@/excel/marks/MarkEntry';
import { validateActiveSheet } from '@/excel/marks/validateActiveSheet';
import type { ExcelHost } from '../excel-host/createExcelHost';
import { clientRow as row, startClientsHost } from './support/clientsSheetHost';

// ExcelApi 1.20: Excel.run({ mergeUndoGroup: true }) makes one undo step of the run. On Windows and Mac, a grouped
// request that holds an API without undo support (Worksheet.visibility, which hides the mark store) fails whole with
// UndoNotSupported; the host refuses it the same way.
const grouped: ExcelFeatures = { sheetCustomProperties: true, insertWorksheetsFromBase64: true, notes: true, mergeUndoGroup: true };
const options = { homeCountry: 'CH', lang: 'fr' as const, features: grouped };

let host: ExcelHost;
let uninstall: () => void;
afterEach(() => uninstall());

describe('undo grouping (mergeUndoGroup, ExcelApi 1.20)', () => {
  it('the host refuses a grouped request that hides a sheet, as Excel on Windows and Mac does', async () => {
    ({ host, uninstall } = startClientsHost([row({}, 1)], '1.20'));
    const attempt = Excel.run({ mergeUndoGroup: true } as Excel.RunOptions, async (context) => {
      context.workbook.worksheets.add('Caché').visibility = Excel.SheetVisibility.veryHidden;
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: 'UndoNotSupported' });
    expect(host.workbook.sheetNames()).not.toContain('Caché');
  });

  it('validates and marks a sheet in a grouped run: the mark store is made, very hidden, in a run of its own first', async () => {
    ({ host, uninstall } = startClientsHost([row({}, 1), row({ G: 'pas-un-email' }, 2)], '1.20'));
    const result = await validateActiveSheet(options);
    expect(result.marked.cells).toBe(1);
    const sheet = host.workbook.sheet('Clients');
    expect(sheet.cell('G3').fillColor).toBe('#FFC7CE');
    expect(host.workbook.sheet(markStoreSheetName).visibility).toBe('VeryHidden');
    // Once the store exists, a second validation and the clearing need no ungrouped run.
    host.resetStats();
    await validateActiveSheet(options);
    const again = host.stats.syncs;
    expect(again).toBeGreaterThan(0);
    const cleared = await clearMarks(grouped);
    expect(cleared.cleared).toBe(true);
    expect(sheet.cell('G3').fillColor).toBeNull();
  });
});
