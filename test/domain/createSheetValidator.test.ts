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
