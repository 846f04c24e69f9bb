import { columnIndex, columnLetter as columnName } from '@/domain';
import { formatRangeAddress } from './address/formatRangeAddress';
import { parseRangeAddress, splitAddressList } from './address/parseRangeAddress';

describe('columnName / columnIndex', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16_383, 'XFD'],
  ])('%i ↔ %s', (index, name) => {
    expect(columnName(index)).toBe(name);
    expect(columnIndex(name)).toBe(index);
    expect(columnIndex(name.toLowerCase())).toBe(index);
  });
});

describe('parseRangeAddress', () => {
  it.each([
    ['B2', null, { row: 1, column: 1, rowCount: 1, columnCount: 1 }],
    ['a1:c3', null, { row: 0, column: 0, rowCount: 3, columnCount: 3 }],
    ['$A$1:$B$2', null, { row: 0, column: 0, rowCount: 2, columnCount: 2 }],
    ['C3:A1', null, { row: 0, column: 0, rowCount: 3, columnCount: 3 }],
    ['A:C', null, { row: 0, column: 0, rowCount: 1_048_576, columnCount: 3 }],
    ['2:5', null, { row: 1, column: 0, rowCount: 4, columnCount: 16_384 }],
    ['XFD1048576', null, { row: 1_048_575, column: 16_383, rowCount: 1, columnCount: 1 }],
    ['Clients!A1:B2', 'Clients', { row: 0, column: 0, rowCount: 2, columnCount: 2 }],
    ["'Clients 2024'!D4", 'Clients 2024', { row: 3, column: 3, rowCount: 1, columnCount: 1 }],
    ["'L''an 2024'!A1", "L'an 2024", { row: 0, column: 0, rowCount: 1, columnCount: 1 }],
    [' A1 ', null, { row: 0, column: 0, rowCount: 1, columnCount: 1 }],
  ])('%s', (address, sheetName, rect) => {
    expect(parseRangeAddress(address)).toEqual({ sheetName, rect });
  });

  it.each(['', 'A0', 'XFE1', 'A1048577', 'A1:B2:C3', 'A1:', ':B2', 'A', '1', 'A1:3', '1A', 'A1B', 'Sheet 1!A1', "'Open!A1", 'A-1'])(
    'refuses %j',
    (address) => {
      expect(() => parseRangeAddress(address)).toThrow(/Invalid range address/);
    },
  );
});

describe('splitAddressList', () => {
  it('splits on commas outside quoted sheet names', () => {
    expect(splitAddressList("A1:B2, D4,'Sales, 2024'!E5")).toEqual(['A1:B2', 'D4', "'Sales, 2024'!E5"]);
  });
});

describe('formatRangeAddress', () => {
  it.each([
    ['Clients', { row: 0, column: 0, rowCount: 1, columnCount: 1 }, 'Clients!A1'],
    ['Clients', { row: 1, column: 2, rowCount: 3, columnCount: 2 }, 'Clients!C2:D4'],
    ['Clients', { row: 0, column: 1, rowCount: 1_048_576, columnCount: 1 }, 'Clients!B:B'],
    ['Clients', { row: 4, column: 0, rowCount: 2, columnCount: 16_384 }, 'Clients!5:6'],
    ['Clients 2024', { row: 0, column: 0, rowCount: 1, columnCount: 1 }, "'Clients 2024'!A1"],
    ["L'an", { row: 0, column: 0, rowCount: 1, columnCount: 1 }, "'L''an'!A1"],
    ['AB12', { row: 0, column: 0, rowCount: 1, columnCount: 1 }, "'AB12'!A1"],
  ])('%s %j → %s', (sheet, rect, expected) => {
    expect(formatRangeAddress(sheet, rect)).toBe(expected);
  });
});
