import { sheetNameFromFile } from '@/excel/files/sheetNameFromFile';
import { dateCellFormat, toSheetCellInput } from '@/excel/files/toSheetCellInput';

describe('toSheetCellInput', () => {
  it.each([
    { cell: null, input: '' },
    { cell: undefined, input: '' },
    { cell: 1204, input: 1204 },
    { cell: Number.NaN, input: '' },
    { cell: true, input: true },
    // Dates stay dates: the serial (dateCellFormat gives its dd.mm.yyyy format), the time of day as a fraction.
    { cell: new Date(Date.UTC(1981, 2, 10)), input: 29_655 },
    { cell: new Date(Date.UTC(1981, 2, 10, 18)), input: 29_655.75 },
    { cell: new Date(Number.NaN), input: '' },
    { cell: 'Favre', input: 'Favre' },
    { cell: '01234', input: "'01234" },
    { cell: '+41 22 123 45 67', input: "'+41 22 123 45 67" },
    { cell: '=HYPERLINK("x")', input: '\'=HYPERLINK("x")' },
    { cell: '@home', input: "'@home" },
    { cell: '-5', input: "'-5" },
    { cell: '10.03.1981', input: "'10.03.1981" },
    { cell: 'vrai', input: "'vrai" },
    { cell: '', input: '' },
  ])('$cell → $input', ({ cell, input }) => {
    expect(toSheetCellInput(cell)).toEqual(input);
  });
});

describe('dateCellFormat', () => {
  it.each([
    { cell: new Date(Date.UTC(1981, 2, 10)), format: 'dd.mm.yyyy' },
    { cell: new Date(Date.UTC(2026, 11, 2, 14, 30)), format: 'dd.mm.yyyy hh:mm' },
    { cell: new Date(Number.NaN), format: null },
    { cell: 29_655, format: null },
    { cell: '10.03.1981', format: null },
  ])('$cell → $format', ({ cell, format }) => {
    expect(dateCellFormat(cell)).toBe(format);
  });
});

describe('sheetNameFromFile', () => {
  it.each([
    ['clients', 'clients'],
    ['export [2026]: clients/CH', 'export 2026 clients CH'],
    ["'quoted'", 'quoted'],
    ['', 'Import'],
    ['a very long sheet name that Excel would refuse', 'a very long sheet name that'],
  ])('%s → %s', (name, sheet) => {
    expect(sheetNameFromFile(name)).toBe(sheet);
  });
});
