import fc from 'fast-check';
import { createSheetValidator, validateSheet } from '@/domain';
import { makeClient, templateHeaderRow, toTemplateRow } from './support/makeClient';

/** A sheet with a title row, the header, then clients (some invalid, some duplicated, some empty rows). */
function sheet(count: number): unknown[][] {
  const rows: unknown[][] = [['Clients 2026'], templateHeaderRow];
  for (let i = 0; i < count; i++) {
    const row = toTemplateRow(makeClient({ email: i % 7 === 3 ? 'pas-un-email' : `client${i % 40}@example.ch` }));
    rows.push(i % 11 === 5 ? [] : row);
  }
  return rows;
}

describe('createSheetValidator', () => {
  it('gives, rows added piece by piece, the same validation as validateSheet on the whole sheet', () => {
    const rows = sheet(120);
    const whole = validateSheet(rows, { homeCountry: 'CH', firstRow: 3, firstColumn: 1 });
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: rows.length - 1 }), { maxLength: 6 }), (cuts) => {
        const bounds = [0, ...[...cuts].sort((a, b) => a - b), rows.length];
        const validator = createSheetValidator(rows.slice(0, 20), { homeCountry: 'CH', firstRow: 3, firstColumn: 1 });
        const pieces = bounds.slice(1).map((end, index) => validator.addRows(rows.slice(bounds[index], end), bounds[index] ?? 0));
        const result = validator.finish();
        expect(result).toEqual(whole);
        // Each piece returns the cell issues of its own rows, in order: together, every cell issue once.
        expect(pieces.flat()).toEqual(whole.issues.filter((issue) => !issue.code.startsWith('column.')));
      }),
      { numRuns: 40 },
    );
  });

  it('after edits (replaceRows), gives the validation of the edited sheet, and returns every row whose issues changed', () => {
    const rows = sheet(30);
    const options = { homeCountry: 'CH', firstRow: 3, firstColumn: 1 };
    const edit = fc.record({
      // Data rows only: an edit of the header row is a new validation (the layer above validates the sheet again).
      index: fc.integer({ min: 2, max: rows.length + 4 }),
      cells: fc.oneof(
        fc.constant([] as unknown[]),
        fc
          .record({
            code: fc.constantFrom('CL-000001', 'CL-7', 'cl-7', ''),
            email: fc.constantFrom('client3@example.ch', 'x@y', 'new@example.ch'),
          })
          .map((overrides) => toTemplateRow(makeClient(overrides))),
      ),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const edited = rows.map((row) => [...row]);
        const validator = createSheetValidator(rows.slice(0, 20), options);
        validator.addRows(rows, 0);
        for (const { index, cells } of edits) {
          const before = validator.finish().issues;
          while (edited.length <= index) edited.push([]);
          edited[index] = cells;
          const { rows: checked, issues } = validator.replaceRows([cells], index);
          const after = validateSheet(edited, options);
          // (The mapping step's sample values stay those the first rows had when the sheet was validated.)
          expect({ ...validator.finish(), sourceColumns: [] }).toEqual({ ...after, sourceColumns: [] });
          // The issues returned are exactly those of the rows checked again...
          expect(issues).toEqual(
            after.issues.filter((issue) => issue.row !== null && checked.includes(issue.row) && !issue.code.startsWith('column.')),
          );
          // ...and no row left out had its issues changed.
          const key = (issue: (typeof before)[number]) => JSON.stringify(issue);
          const changed = new Set(
            [
              ...before.filter((issue) => !after.issues.some((other) => key(other) === key(issue))),
              ...after.issues.filter((issue) => !before.some((other) => key(other) === key(issue))),
            ].map((issue) => issue.row),
          );
          for (const row of changed) expect(checked).toContain(row);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('names the earlier row in a duplicate found in a later piece', () => {
    const rows = sheet(60);
    const validator = createSheetValidator(rows, { homeCountry: 'CH' });
    validator.addRows(rows.slice(0, 30), 0);
    const later = validator.addRows(rows.slice(30), 30);
    const duplicate = later.find((issue) => issue.code === 'email.duplicate');
    expect(duplicate?.row).toBeGreaterThan(30);
    expect(Number(duplicate?.params.firstRow)).toBeLessThan(duplicate?.row ?? 0);
  });

  it('without a header row in the first rows, reports it and checks nothing', () => {
    const validator = createSheetValidator([
      ['a', 'b'],
      [1, 2],
    ]);
    expect(validator.headerRow).toBeNull();
    expect(validator.addRows([['x']], 0)).toEqual([]);
    expect(validator.finish().issues.map((issue) => issue.code)).toEqual(['header.notFound']);
  });
});
