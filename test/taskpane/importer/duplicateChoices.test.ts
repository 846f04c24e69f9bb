import type { Client } from '@/contract/Client';
import type { DuplicateCandidate } from '@/contract/DuplicateCandidate';
import {
  chooseAllDuplicates,
  decidedDuplicates,
  duplicateImportRows,
  duplicateOfCandidates,
  storedValuesForEmptyCells,
  type SheetDuplicate,
} from '@/taskpane/importer/duplicateChoices';
import { makeClient } from '@test/api-client/support/makeClient';

const candidate = (id: string, code: string, score = 0.9): DuplicateCandidate => ({
  id,
  code,
  lastName: 'Dupont',
  firstName: 'Marie',
  score,
  reasons: ['sameNameBirthDate'],
  description: 'même nom et même date de naissance',
});
const values = {
  code: null,
  lastName: 'Dupont',
  firstName: 'Marie',
  email: 'marie@autre.ch',
  phone: null,
  city: 'Genève',
  birthDate: '1980-02-01',
};
const one: SheetDuplicate = { row: 2, values, candidates: [candidate('a', 'CL-000001')] };
const two: SheetDuplicate = {
  row: 3,
  values: { ...values, email: 'm.dupont@ailleurs.ch' },
  candidates: [candidate('b', 'CL-000002'), candidate('c', 'CL-000003', 0.7)],
};

describe('duplicateOfCandidates', () => {
  it.each([
    [[candidate('a', 'CL-000001')], { code: 'CL-000001', others: 0 }],
    [[candidate('b', 'CL-000002'), candidate('c', 'CL-000003')], { code: 'CL-000002', others: 1 }],
    [[], undefined],
  ])('%#', (candidates, expected) => {
    expect(duplicateOfCandidates(candidates)).toEqual(expected);
  });
});

describe('chooseAllDuplicates', () => {
  it.each([
    ['same', { 2: { kind: 'same', candidateId: 'a' }, 3: { kind: 'same', candidateId: 'b' } }],
    ['create', { 2: { kind: 'create' }, 3: { kind: 'create' } }],
    ['ignore', { 2: { kind: 'ignore' }, 3: { kind: 'ignore' } }],
  ] as const)('« %s pour tous » sets every row (the same client: each row’s best candidate)', (kind, expected) => {
    expect(chooseAllDuplicates({}, [one, two], kind)).toEqual(expected);
  });

  it('overrides earlier choices of the rows given only', () => {
    expect(chooseAllDuplicates({ 2: { kind: 'create' }, 9: { kind: 'create' } }, [one], 'ignore')).toEqual({
      2: { kind: 'ignore' },
      9: { kind: 'create' },
    });
  });
});

describe('decidedDuplicates', () => {
  it('keeps the rows with a choice, in the order given, with the chosen candidate', () => {
    expect(decidedDuplicates([one, two], { 3: { kind: 'same', candidateId: 'c' } })).toEqual([
      { duplicate: two, kind: 'same', candidate: two.candidates[1] },
    ]);
    expect(decidedDuplicates([one, two], { 3: { kind: 'ignore' }, 2: { kind: 'create' } })).toEqual([
      { duplicate: one, kind: 'create' },
      { duplicate: two, kind: 'ignore' },
    ]);
  });

  it('takes a « même client » naming a candidate the row does not have as undecided', () => {
    expect(decidedDuplicates([one], { 2: { kind: 'same', candidateId: 'zzz' } })).toEqual([]);
    expect(decidedDuplicates([one], {})).toEqual([]);
  });
});

describe('duplicateImportRows', () => {
  it('sends « même client » with the candidate’s code and the filled cells only, « créer » with createAnyway, nothing for « ignorer »', () => {
    const decisions = decidedDuplicates([one, two, { ...one, row: 4 }], {
      2: { kind: 'same', candidateId: 'a' },
      3: { kind: 'create' },
      4: { kind: 'ignore' },
    });
    expect(duplicateImportRows(decisions)).toEqual([
      {
        row: 2,
        values: {
          code: 'CL-000001',
          lastName: 'Dupont',
          firstName: 'Marie',
          email: 'marie@autre.ch',
          city: 'Genève',
          birthDate: '1980-02-01',
        },
      },
      { row: 3, createAnyway: true, values: two.values },
    ]);
  });
});

describe('storedValuesForEmptyCells', () => {
  it('takes the stored value of each key the row left empty, never the code, and nothing the store has empty', () => {
    const client: Client = makeClient({
      code: 'CL-000001',
      lastName: 'Dupont',
      firstName: 'Marie',
      email: 'marie@autre.ch',
      phone: '+41223104567',
      city: 'Lancy',
      notes: null,
    });
    const row = { ...values, notes: null, country: 'CH', language: 'fr' };
    expect(storedValuesForEmptyCells(row, client)).toEqual({ phone: '+41223104567', nationality: 'CH', practiceCountry: 'CH' });
  });
});
