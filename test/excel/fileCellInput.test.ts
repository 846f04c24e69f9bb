import { sheetNameFromFile } from '@/excel/files/sheetNameFromFile';
import { toSheetCellInput } from '@/excel/files/toSheetCellInput';

describe('toSheetCellInput', () => {
  it.each([
    { cell: null, input: '' },
    { cell: undefined, input: '' },
    { cell: 1204, input: 1204 },
    { cell: Number.NaN, input: '' },
    { cell: true, input: true },
    { cell: new Date(Date.UTC(1981, 2, 10)), input: "'10.03.1981" },
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
