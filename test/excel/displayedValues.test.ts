import { showsDigitsAsWritten } from '@/excel/marks/displayedValues';
import { validateActiveSheet } from '@/excel/marks/validateActiveSheet';
import type { ExcelHost } from '../excel-host/createExcelHost';
import { clientRow as row, startClientsHost, withoutNotes } from './support/clientsSheetHost';

let host: ExcelHost;
let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

const options = { homeCountry: 'CH', lang: 'fr' as const, features: withoutNotes };

describe('numbers validated as the sheet shows them (number formats)', () => {
  it.each([
    ['00000', true],
    ['0000', true],
    ['0## ### ## ##', true],
    ['"+41 "## ### ## ##', true],
    ['000-000', true],
    ['0##.###.##.##', true],
    ['General', false],
    ['0', false],
    ['0.00', false],
    ['#,##0', false],
    ['dd.mm.yyyy', false],
    ['@', false],
  ])('%s shows digits as written: %s', (format, expected) => {
    expect(showsDigitsAsWritten(format)).toBe(expected);
  });

  it('reads a phone stored as a number with the format 0## ### ## ## as 022 310 45 67, in every chunk', async () => {
    const rows = Array.from({ length: 3000 }, (_, index) => row({ A: 42 + index, H: 223104567 }, index + 1));
    ({ host, uninstall } = startClientsHost(rows, '1.17'));
    const sheet = host.workbook.sheet('Clients');
    sheet.setFormat('H2:H3001', { numberFormat: '0## ### ## ##' });
    sheet.setFormat('A2:A3001', { numberFormat: '00000' });
    const result = await validateActiveSheet({ ...options, responseBudget: 200_000 });
    expect(host.stats.syncs).toBeGreaterThan(3);
    const { validation } = result;
    expect(validation.issues.filter((issue) => issue.column === 'phone' || issue.column === 'code')).toEqual([]);
    expect(validation.records[0]?.values).toMatchObject({ phone: '+41223104567', code: '00042' });
    expect(validation.records[2999]?.values).toMatchObject({ phone: '+41223104567', code: '03041' });
    // The sheet itself is left as it is.
    expect(sheet.cell('H2').value).toBe(223104567);
  });
});
