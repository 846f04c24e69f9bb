import { cellToText, isDateValue, isEmptyCell, readCell, isEmptyRow } from '@/domain';

describe('readCell', () => {
  it.each([
    ['null', null, { kind: 'empty' }],
    ['undefined', undefined, { kind: 'empty' }],
    ['blank', '', { kind: 'empty' }],
    ['whitespace', ' \t\u00a0 ', { kind: 'empty' }],
    ['text', '  Dupont ', { kind: 'text', text: 'Dupont' }],
    ['integer', 791234567, { kind: 'text', text: '791234567' }],
    ['decimal', 12.5, { kind: 'text', text: '12.5' }],
    ['negative zero', -0, { kind: 'text', text: '0' }],
    ['big integer', 1e20, { kind: 'text', text: '100000000000000000000' }],
    ['bigint', BigInt(42), { kind: 'text', text: '42' }],
    ['Date', new Date(Date.UTC(1985, 11, 31)), { kind: 'text', text: '1985-12-31' }],
    ['text starting with #', '#12 rue', { kind: 'text', text: '#12 rue' }],
  ])('%s', (_label, value, expected) => {
    expect(readCell(value)).toEqual(expected);
  });

  it.each([
    ['#N/A', 'value.excelError'],
    ['#VALUE!', 'value.excelError'],
    ['#DIV/0!', 'value.excelError'],
    ['#REF!', 'value.excelError'],
    ['#NAME?', 'value.excelError'],
    ['#SPILL!', 'value.excelError'],
    ['#VALEUR!', 'value.excelError'],
    [true, 'value.invalidType'],
    [false, 'value.invalidType'],
    [Number.NaN, 'value.invalidType'],
    [Number.POSITIVE_INFINITY, 'value.invalidType'],
    [new Date(Number.NaN), 'value.invalidType'],
    [{ richText: [] }, 'value.invalidType'],
    [[1, 2], 'value.invalidType'],
    [Symbol('x'), 'value.invalidType'],
    [() => 1, 'value.invalidType'],
  ])('%p is a problem: %s', (value, code) => {
    const cell = readCell(value);
    expect(cell.kind === 'problem' ? cell.problem.code : cell.kind).toBe(code);
  });

  it('does not call anything on odd objects', () => {
    const hostile = {
      toString: () => {
        throw new Error('no');
      },
      valueOf: () => {
        throw new Error('no');
      },
    };
    expect(readCell(hostile)).toMatchObject({ kind: 'problem' });
    expect(readCell(Object.create(null))).toMatchObject({ kind: 'problem' });
  });
});

describe('cellToText', () => {
  it.each([
    ['  a ', 'a'],
    [1204, '1204'],
    [true, ''],
    [null, ''],
    [new Date(Date.UTC(2024, 1, 29)), '2024-02-29'],
    [Number.NaN, ''],
  ])('%p → %j', (value, expected) => {
    expect(cellToText(value)).toBe(expected);
  });
});

describe('isEmptyCell and isEmptyRow', () => {
  it.each([
    [null, true],
    [undefined, true],
    ['', true],
    ['  ', true],
    [0, false],
    [false, false],
    ['x', false],
  ])('%p empty: %p', (value, expected) => {
    expect(isEmptyCell(value)).toBe(expected);
  });

  it.each([
    [[], true],
    [[null, '', ' '], true],
    [[null, 0], false],
    ['not a row', true],
    [undefined, true],
  ])('%p empty row: %p', (row, expected) => {
    expect(isEmptyRow(row)).toBe(expected);
  });
});

describe('isDateValue', () => {
  it('recognises Dates only', () => {
    expect([new Date(), {}, '2020-01-01', 1, null].map(isDateValue)).toEqual([true, false, false, false, false]);
  });
});
