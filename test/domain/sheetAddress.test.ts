import fc from 'fast-check';
import {
  cellAddress,
  cellKey,
  cellKeyOfAddress,
  columnAddress,
  columnIndex,
  columnLetter,
  MAX_COLUMNS,
  MAX_ROWS,
  parseCellAddress,
  parseCellKey,
  parseRectAddress,
  positionsOfRects,
  rangeAddress,
  rectAddress,
  splitAddressList,
} from '@/domain';

const rowIndex = fc.integer({ min: 0, max: MAX_ROWS - 1 });
const columnIndexArb = fc.integer({ min: 0, max: MAX_COLUMNS - 1 });

describe('columnLetter / columnIndex', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [51, 'AZ'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16_383, 'XFD'],
  ])('%i ↔ %s', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
    expect(columnIndex(letters.toLowerCase())).toBe(index);
  });

  it.each([
    ['A1', 0],
    ['ab3', 27],
    ['XFD1048576', 16_383],
    ['', undefined],
    ['12', undefined],
    ['ABCD', undefined],
    ['ABCD1', undefined],
    ['$A1', undefined],
  ])('columnIndex(%j) → %p', (reference, expected) => {
    expect(columnIndex(reference)).toBe(expected);
  });

  it('round-trips every column of the grid', () => {
    fc.assert(fc.property(columnIndexArb, (index) => columnIndex(columnLetter(index)) === index));
  });
});

describe('cellAddress / parseCellAddress', () => {
  it.each([
    ['A1', { row: 0, column: 0 }],
    ['B3', { row: 2, column: 1 }],
    ['AA10', { row: 9, column: 26 }],
    ['XFD1048576', { row: 1_048_575, column: 16_383 }],
  ])('%s ↔ %j', (address, cell) => {
    expect(cellAddress(cell.row, cell.column)).toBe(address);
    expect(parseCellAddress(address)).toEqual(cell);
  });

  it.each([
    ['b3', { row: 2, column: 1 }],
    ['$B$3', { row: 2, column: 1 }],
    ['B$3', { row: 2, column: 1 }],
    [' B3 ', { row: 2, column: 1 }],
  ])('reads %j', (address, cell) => {
    expect(parseCellAddress(address)).toEqual(cell);
  });

  it.each(['', 'B', '3', 'A0', 'XFE1', 'A1048577', 'B3:C4', 'Clients!B3', '3B', 'B-3'])('refuses %j', (address) => {
    expect(parseCellAddress(address)).toBeUndefined();
  });

  it('round-trips every cell of the grid', () => {
    fc.assert(
      fc.property(rowIndex, columnIndexArb, (row, column) => {
        expect(parseCellAddress(cellAddress(row, column))).toEqual({ row, column });
      }),
    );
  });
});

describe('rectAddress / rangeAddress / parseRectAddress / columnAddress', () => {
  it.each([
    [{ row: 2, column: 1, rowCount: 1, columnCount: 1 }, 'B3'],
    [{ row: 2, column: 1, rowCount: 5, columnCount: 3 }, 'B3:D7'],
    [{ row: 0, column: 0, rowCount: 10, columnCount: 3 }, 'A1:C10'],
  ])('%j ↔ %s', (rect, address) => {
    expect(rectAddress(rect)).toBe(address);
    expect(parseRectAddress(address)).toEqual(rect);
  });

  it.each([
    ['D7:B3', { row: 2, column: 1, rowCount: 5, columnCount: 3 }],
    ['$S$1:$S$200', { row: 0, column: 18, rowCount: 200, columnCount: 1 }],
    ['S4:S4', { row: 3, column: 18, rowCount: 1, columnCount: 1 }],
  ])('reads %s', (address, rect) => {
    expect(parseRectAddress(address)).toEqual(rect);
  });

  it.each(['', 'A:C', '2:5', 'A1:', 'A1:B2:C3', 'A1,B2', 'Clients!A1:B2'])('parseRectAddress refuses %j', (address) => {
    expect(parseRectAddress(address)).toBeUndefined();
  });

  it('writes a range from its first and last cells, a single cell too', () => {
    expect(rangeAddress({ row: 0, column: 18 }, { row: 199, column: 18 })).toBe('S1:S200');
    expect(rangeAddress({ row: 3, column: 2 }, { row: 3, column: 2 })).toBe('C4:C4');
  });

  it.each([
    [0, 'A:A'],
    [2, 'C:C'],
    [27, 'AB:AB'],
  ])('columnAddress(%i) → %s', (column, address) => {
    expect(columnAddress(column)).toBe(address);
  });

  it('round-trips rectangles of the grid', () => {
    const rect = fc.tuple(rowIndex, columnIndexArb, rowIndex, columnIndexArb).map(([rowA, columnA, rowB, columnB]) => ({
      row: Math.min(rowA, rowB),
      column: Math.min(columnA, columnB),
      rowCount: Math.abs(rowA - rowB) + 1,
      columnCount: Math.abs(columnA - columnB) + 1,
    }));
    fc.assert(
      fc.property(rect, (value) => {
        expect(parseRectAddress(rectAddress(value))).toEqual(value);
      }),
    );
  });
});

describe('splitAddressList / positionsOfRects', () => {
  it.each([
    ['A1,C3:D4', ['A1', 'C3:D4']],
    [' A1 , B2 ,', ['A1', 'B2']],
    ['', []],
  ])('%j → %j', (list, parts) => {
    expect(splitAddressList(list)).toEqual(parts);
  });

  it('lists every cell of rectangles, row by row', () => {
    expect(
      positionsOfRects([
        { row: 0, column: 1, rowCount: 2, columnCount: 2 },
        { row: 5, column: 0, rowCount: 1, columnCount: 1 },
      ]),
    ).toEqual([
      { row: 0, column: 1 },
      { row: 0, column: 2 },
      { row: 1, column: 1 },
      { row: 1, column: 2 },
      { row: 5, column: 0 },
    ]);
  });
});

describe('cellKey / parseCellKey / cellKeyOfAddress', () => {
  it.each([
    [{ row: 0, column: 0 }, '0,0'],
    [{ row: 2, column: 1 }, '2,1'],
    [{ row: 1_048_575, column: 16_383 }, '1048575,16383'],
  ])('%j ↔ %s', (cell, key) => {
    expect(cellKey(cell)).toBe(key);
    expect(parseCellKey(key)).toEqual(cell);
  });

  it.each([
    ['B3', '2,1'],
    ['$b$3', '2,1'],
    ['A1', '0,0'],
    ['B3:C4', 'B3:C4'],
    ['nope', 'nope'],
  ])('cellKeyOfAddress(%j) → %j', (address, key) => {
    expect(cellKeyOfAddress(address)).toBe(key);
  });

  it('round-trips keys, and an address and its cell give the same key', () => {
    fc.assert(
      fc.property(rowIndex, columnIndexArb, (row, column) => {
        expect(parseCellKey(cellKey({ row, column }))).toEqual({ row, column });
        expect(cellKeyOfAddress(cellAddress(row, column))).toBe(cellKey({ row, column }));
      }),
    );
  });
});
