import { createDuplicateIndex, validateSheet } from '@/domain';
import { makeClient, templateHeaderRow, toTemplateRow } from './support/makeClient';

const options = { homeCountry: 'CH', today: '2026-06-15' };

describe('createDuplicateIndex', () => {
  it.each([
    ['same code', [{ code: 'CL-1' }, { code: 'cl-1' }], [[], [['code', 'code.duplicate', 1]]]],
    ['same email, case ignored', [{ email: 'a@x.ch' }, { email: 'A@X.CH' }], [[], [['email', 'email.duplicate', 1]]]],
    [
      'different values',
      [
        { code: 'CL-1', email: 'a@x.ch' },
        { code: 'CL-2', email: 'b@x.ch' },
      ],
      [[], []],
    ],
    ['empty codes are not duplicates', [{ code: null }, { code: null }], [[], []]],
    [
      'third row names the first',
      [{ email: 'a@x.ch' }, { email: 'b@x.ch' }, { email: 'a@x.ch' }],
      [[], [], [['email', 'email.duplicate', 1]]],
    ],
  ])('%s', (_label, rows, expected) => {
    const index = createDuplicateIndex();
    rows.forEach((values, row) => index.add(row + 1, values, new Set()));
    const found = rows.map((_values, row) =>
      index.problems(row + 1).map((problem) => [problem.key, problem.code, problem.params.firstRow]),
    );
    expect(found).toEqual(expected);
  });

  it('skips values that are invalid', () => {
    const index = createDuplicateIndex();
    index.add(1, { email: 'bad@' }, new Set(['email']));
    index.add(2, { email: 'bad@' }, new Set());
    expect(index.problems(2)).toEqual([]);
  });

  it('frees the twin of a fixed duplicate, and hands the value to the next row when the first one lets it go', () => {
    const index = createDuplicateIndex();
    index.add(2, { code: 'CL-1' }, new Set());
    index.add(5, { code: 'CL-1' }, new Set());
    index.add(9, { code: 'CL-1' }, new Set());
    expect(index.problems(9).map((problem) => problem.params.firstRow)).toEqual([2]);
    // Row 2 gets another code: row 5 now owns CL-1, row 9 is its duplicate.
    expect(index.remove(2).sort()).toEqual([5, 9]);
    index.add(2, { code: 'CL-2' }, new Set());
    expect([index.problems(2), index.problems(5)]).toEqual([[], []]);
    expect(index.problems(9).map((problem) => problem.params.firstRow)).toEqual([5]);
    // A row put back in the middle, in place of what it held.
    index.add(3, { code: 'cl-1' }, new Set());
    expect(index.sharing(3)).toEqual([5, 9]);
    expect(index.problems(5).map((problem) => problem.params.firstRow)).toEqual([3]);
  });
});

describe('validateSheet', () => {
  it('validates a clean sheet in the template layout', () => {
    const result = validateSheet(
      [templateHeaderRow, toTemplateRow(makeClient()), toTemplateRow(makeClient({ code: 'CL-2', email: 'b@example.ch' }))],
      options,
    );
    expect(result.headerRow).toBe(1);
    expect(result.columns.mapped).toHaveLength(18);
    expect(result.columns.missingRequired).toEqual([]);
    expect(result.issues).toEqual([]);
    expect([result.rows, result.validRows]).toEqual([2, 2]);
    expect(result.records.map((record) => [record.row, record.values.email])).toEqual([
      [2, 'anne.muller@example.ch'],
      [3, 'b@example.ch'],
    ]);
  });

  it('finds the header below title rows, skips empty rows and numbers rows as Excel does', () => {
    const rows = [
      ['Clients au 31.12.2025'],
      [],
      ['Nom', 'Prénom', 'Courriel', 'Tél.'],
      ['Dupont', 'Jean', 'jean@example.ch', '022 123 45 67'],
      [null, '', '  '],
      ['Rochat', 'Léa', 'lea@', '022 123 45'],
    ];
    const result = validateSheet(rows, options);
    expect(result.headerRow).toBe(3);
    expect([result.rows, result.validRows]).toEqual([2, 1]);
    expect(result.issues).toEqual([
      {
        code: 'email.invalid',
        severity: 'error',
        row: 6,
        column: 'email',
        header: 'Courriel',
        columnLetter: 'C',
        params: { value: 'lea@' },
        suggestion: null,
      },
      {
        code: 'phone.invalid',
        severity: 'error',
        row: 6,
        column: 'phone',
        header: 'Tél.',
        columnLetter: 'D',
        params: { value: '022 123 45', country: 'CH' },
        suggestion: null,
      },
    ]);
    expect(result.records).toEqual([
      { row: 4, values: { lastName: 'Dupont', firstName: 'Jean', email: 'jean@example.ch', phone: '+41221234567' } },
      { row: 6, values: { lastName: 'Rochat', firstName: 'Léa', email: 'lea@', phone: '022 123 45' } },
    ]);
  });

  // Issue 10: a second column for a key is an alternative (a warning), no longer a blocking duplicate.
  it('reports missing required columns and alternative columns on the header row', () => {
    const result = validateSheet(
      [
        ['Nom', 'Tél.', 'Téléphone', 'Fax'],
        ['Dupont', '022 123 45 67', '022 765 43 21', ''],
      ],
      options,
    );
    expect(result.columns.missingRequired).toEqual(['firstName', 'email']);
    expect(result.columns.unknown).toEqual([{ header: 'Fax', column: 'D', index: 3 }]);
    expect(result.issues.map((issue) => [issue.row, issue.code, issue.column, issue.header, issue.columnLetter])).toEqual([
      [1, 'column.missingRequired', 'firstName', 'Prénom', null],
      [1, 'column.missingRequired', 'email', 'Email', null],
      [1, 'column.alternative', 'phone', 'Téléphone', 'C'],
    ]);
    expect(result.records[0]?.values).toEqual({ lastName: 'Dupont', phone: '+41221234567' });
  });

  it('reports duplicates inside the sheet on the later row, naming the earlier one', () => {
    const rows = [
      templateHeaderRow,
      toTemplateRow(makeClient({ code: 'CL-1', email: 'anne@example.ch' })),
      toTemplateRow(makeClient({ code: 'CL-2', email: 'paul@example.ch' })),
      toTemplateRow(makeClient({ code: 'CL-1', email: 'ANNE@Example.ch' })),
    ];
    const result = validateSheet(rows, options);
    expect(result.issues.map((issue) => [issue.row, issue.column, issue.code, issue.params.firstRow])).toEqual([
      [4, 'code', 'code.duplicate', 2],
      [4, 'email', 'email.duplicate', 2],
    ]);
    expect(result.validRows).toBe(2);
  });

  it('counts rows with warnings only as valid', () => {
    const result = validateSheet([templateHeaderRow, toTemplateRow(makeClient({ mobile: 791234567 }))], options);
    expect(result.issues.map((issue) => issue.code)).toEqual(['phone.leadingZeroRestored']);
    expect(result.validRows).toBe(1);
  });

  it('reports a sheet without a header row', () => {
    const result = validateSheet(
      [
        ['a', 'b'],
        [1, 2],
      ],
      options,
    );
    expect(result).toEqual({
      headerRow: null,
      headerSignature: null,
      sourceColumns: [],
      columns: { mapped: [], missingRequired: ['lastName', 'firstName', 'email'], unknown: [], addIn: [], alternatives: [], duplicate: [] },
      rows: 0,
      validRows: 0,
      issues: [
        {
          code: 'header.notFound',
          severity: 'error',
          row: null,
          column: null,
          header: null,
          columnLetter: null,
          params: {},
          suggestion: null,
        },
      ],
      records: [],
    });
  });

  it('numbers rows and columns from where the range starts', () => {
    const result = validateSheet(
      [
        ['Nom', 'Prénom', 'Email'],
        ['Dupont', 'Jean', 'x'],
      ],
      { ...options, firstRow: 5, firstColumn: 2 },
    );
    expect(result.headerRow).toBe(5);
    expect(result.columns.mapped.map((column) => column.column)).toEqual(['C', 'D', 'E']);
    expect(result.issues.map((issue) => [issue.row, issue.columnLetter])).toEqual([[6, 'E']]);
  });

  it('handles ragged rows and values of every type without throwing', () => {
    const rows = [
      templateHeaderRow,
      ['CL-1'],
      [null, true, 12, new Date(Number.NaN), Symbol('s'), { a: 1 }, ['x'], BigInt(1), '#N/A', 'x'.repeat(100_000)],
    ];
    expect(() => validateSheet(rows as unknown[][], options)).not.toThrow();
    expect(validateSheet(rows as unknown[][], options).rows).toBe(2);
    expect(validateSheet(undefined as unknown as unknown[][], options).headerRow).toBeNull();
  });
});
