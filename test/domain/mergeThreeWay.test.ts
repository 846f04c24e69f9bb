import { changedKeys, createValueNormalizer, mergeThreeWay, sameValue, type ClientValues, type FullClientValues } from '@/domain';
import { makeClient } from './support/makeClient';

const normalize = createValueNormalizer({ homeCountry: 'CH', today: '2026-06-15' });
/** A stored client's values as the store keeps them (normalised by the template engine). */
const stored = (overrides: Parameters<typeof makeClient>[0] = {}): FullClientValues => normalize(makeClient(overrides)).values;

describe('sameValue', () => {
  it.each([
    ['a', 'a', true],
    ['a', 'b', false],
    [null, undefined, true],
    [null, '', false],
    ['A', 'a', false],
    [undefined, 'x', false],
  ])('%j and %j → %j', (a, b, expected) => {
    expect(sameValue(a, b)).toBe(expected);
  });
});

describe('changedKeys', () => {
  it('lists the keys whose normalised values differ, in template order, absent and null alike', () => {
    const before = stored();
    expect(changedKeys(before, { ...before })).toEqual([]);
    expect(changedKeys(before, { ...before, notes: null, city: 'Sion', code: before.code })).toEqual(['city', 'notes']);
    expect(changedKeys({ city: null }, {})).toEqual([]);
  });

  it('sees no change between two spellings the template engine reads alike', () => {
    const before = stored();
    const after = normalize(makeClient({ phone: '+41 22 123 45 67', email: 'anne.muller@example.ch', country: 'CH' })).values;
    expect(changedKeys(before, after)).toEqual([]);
  });
});

describe('mergeThreeWay', () => {
  const base = stored();
  type Case = [string, ClientValues, Partial<FullClientValues>, Partial<FullClientValues>, ColumnsOutcome];
  type ColumnsOutcome = { values: Partial<FullClientValues>; kept: string[]; conflicts: string[] };

  it.each<Case>([
    ['nobody changed anything', { ...base }, {}, {}, { values: {}, kept: [], conflicts: [] }],
    [
      'the sheet changed a key: applied',
      { ...base, city: 'Sion' },
      {},
      { city: 'Sion' },
      { values: { city: 'Sion' }, kept: [], conflicts: [] },
    ],
    [
      'the store changed a key: kept',
      { ...base },
      { city: 'Lausanne' },
      {},
      { values: { city: 'Lausanne' }, kept: ['city'], conflicts: [] },
    ],
    [
      'each side changed another key: both applied',
      { ...base, notes: 'Rappeler' },
      { city: 'Lausanne' },
      { notes: 'Rappeler' },
      { values: { city: 'Lausanne', notes: 'Rappeler' }, kept: ['city'], conflicts: [] },
    ],
    [
      'both changed a key to the same value: no conflict',
      { ...base, city: 'Sion' },
      { city: 'Sion' },
      {},
      { values: { city: 'Sion' }, kept: [], conflicts: [] },
    ],
    [
      'both changed a key differently: conflict, the store value stays',
      { ...base, city: 'Sion' },
      { city: 'Lausanne' },
      {},
      { values: { city: 'Lausanne' }, kept: [], conflicts: ['city'] },
    ],
    [
      'the sheet emptied a key the store left alone: emptied',
      { ...base, notes: null },
      {},
      { notes: null },
      { values: { notes: null }, kept: [], conflicts: [] },
    ],
    [
      'the store emptied a key the sheet left alone: kept empty',
      { ...base },
      { notes: null },
      {},
      { values: { notes: null }, kept: ['notes'], conflicts: [] },
    ],
    [
      'the sheet emptied a key the store changed: conflict',
      { ...base, notes: null },
      { notes: 'Nouvelle note' },
      {},
      { values: { notes: 'Nouvelle note' }, kept: [], conflicts: ['notes'] },
    ],
    [
      'a key the row does not carry: the store value stays, not reported as kept',
      { lastName: base.lastName, city: 'Sion' },
      { notes: 'Nouvelle note' },
      { city: 'Sion' },
      { values: { notes: 'Nouvelle note', city: 'Sion' }, kept: [], conflicts: [] },
    ],
    [
      'several conflicts, in template order',
      { ...base, notes: 'A', email: 'a@example.ch', city: 'Sion' },
      { notes: 'B', email: 'b@example.ch', city: 'Sion' },
      {},
      { values: { notes: 'B', email: 'b@example.ch', city: 'Sion' }, kept: [], conflicts: ['email', 'notes'] },
    ],
  ])('%s', (_name, sheet, storeChanges, sheetOnly, expected) => {
    const store = { ...base, ...storeChanges };
    const merge = mergeThreeWay(base, sheet, store);
    expect(merge.values).toEqual({ ...store, ...sheetOnly, ...expected.values });
    expect(merge.kept).toEqual(expected.kept);
    expect(merge.conflicts).toEqual(expected.conflicts);
  });

  it('compares normalised values: a sheet row spelling a phone otherwise did not change it', () => {
    const sheet = normalize(makeClient({ phone: '+41 22 123 45 67' })).values;
    const store = { ...base, phone: '+41227654321' };
    expect(mergeThreeWay(base, sheet, store)).toEqual({ values: store, kept: ['phone'], conflicts: [] });
  });

  it('does not change its inputs', () => {
    const store = { ...base, city: 'Lausanne' };
    const sheet = { ...base, notes: 'x' };
    mergeThreeWay(base, sheet, store);
    expect(store.notes).toBe(base.notes);
    expect(sheet.city).toBe(base.city);
  });
});
