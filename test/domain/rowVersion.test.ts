import { createSheetValidator, readRowVersion, validateSheet, versionColumnIndex, versionHeader } from '@/domain';

describe('readRowVersion', () => {
  it.each([
    [7, 7],
    ['7', 7],
    [' 12 ', 12],
    [1, 1],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
    [0, undefined],
    ['0', undefined],
    [-3, undefined],
    [2.5, undefined],
    ['2.5', undefined],
    ['v7', undefined],
    [true, undefined],
    [Number.MAX_SAFE_INTEGER + 2, undefined],
  ])('%j → %j', (cell, expected) => {
    expect(readRowVersion(cell)).toBe(expected);
  });
});

describe('versionColumnIndex', () => {
  it('finds the add-in\'s "Version" column whatever its case, else none', () => {
    expect(versionColumnIndex({ addIn: [{ header: 'Statut import', column: 'E', index: 4 }] })).toBeUndefined();
    expect(versionColumnIndex({ addIn: [{ header: 'VERSION', column: 'B', index: 1 }] })).toBe(1);
  });
});

describe("a record's version", () => {
  const header = ['Code client', versionHeader, 'Nom *', 'Prénom *', 'Email *'];

  it('comes from the "Version" cell; an empty or odd cell gives none, with no issue', () => {
    const validation = validateSheet([
      header,
      ['CL-000001', '3', 'Favre', 'Sophie', 'sophie@example.ch'],
      ['CL-000002', 4, 'Rochat', 'Julien', 'julien@example.ch'],
      ['', '', 'Muller', 'Anna', 'anna@example.ch'],
      ['CL-000004', 'deux', 'Keller', 'Marc', 'marc@example.ch'],
    ]);
    expect(validation.issues).toEqual([]);
    expect(validation.records.map((record) => record.version)).toEqual([3, 4, undefined, undefined]);
    expect(Object.hasOwn(validation.records[2] ?? {}, 'version')).toBe(false);
    expect(validation.records[0]?.values).not.toHaveProperty('version');
    expect(validation.columns.addIn).toEqual([{ header: versionHeader, column: 'B', index: 1 }]);
  });

  it('a sheet without the column gives no version at all', () => {
    const validation = validateSheet([
      ['Nom *', 'Prénom *', 'Email *'],
      ['Favre', 'Sophie', 'sophie@example.ch'],
    ]);
    expect(validation.records).toEqual([{ row: 2, values: { lastName: 'Favre', firstName: 'Sophie', email: 'sophie@example.ch' } }]);
  });

  it("follows an edit of the row (replaceRows), from the sheet's first column", () => {
    const rows = [header, ['CL-000001', '3', 'Favre', 'Sophie', 'sophie@example.ch']];
    const validator = createSheetValidator(rows, { firstColumn: 2 });
    validator.addRows(rows, 0);
    validator.replaceRows([['CL-000001', '5', 'Favre', 'Sophie', 'sophie@example.ch']], 1);
    expect(validator.finish().records[0]?.version).toBe(5);
  });
});
