import { blockingKeys, DUPLICATE_KEY_HOLDERS_MAX, findDuplicatePairs, matchProfile, probeKeys, type ClientValues } from '@/domain';

const subject = (id: string, values: ClientValues) => {
  const profile = matchProfile(values);
  return { id, profile, probes: probeKeys(profile), filed: blockingKeys(profile) };
};
const holdersOf = (subjects: readonly ReturnType<typeof subject>[]) => {
  const holders = new Map<string, { id: string; profile: ReturnType<typeof matchProfile> }[]>();
  for (const one of subjects) for (const key of one.filed) holders.set(key, [...(holders.get(key) ?? []), one]);
  return holders;
};

describe('findDuplicatePairs', () => {
  it('pairs the holders of a key the rules match, lower id first, each pair once; never the name alone', () => {
    const jean = subject('b', { lastName: 'Dupont', firstName: 'Jean', birthDate: '1975-05-12', phone: '+41223104567' });
    const twin = subject('a', { lastName: 'DUPONT', firstName: 'J.', birthDate: '1975-05-12', phone: '+41223104567' });
    const sameNameOnly = subject('c', { lastName: 'Dupont', firstName: 'Jean', postalCode: '2000' });
    const all = [jean, twin, sameNameOnly];
    expect(findDuplicatePairs(all, holdersOf(all))).toEqual([
      { ids: ['a', 'b'], match: { score: 0.992, reasons: ['sameNameBirthDate', 'samePhone'] } },
    ]);
  });

  it(`makes no pairs from a key held by more than ${DUPLICATE_KEY_HOLDERS_MAX} clients (a switchboard number)`, () => {
    const staff = Array.from({ length: DUPLICATE_KEY_HOLDERS_MAX + 1 }, (_, index) =>
      subject(`s${String(index).padStart(3, '0')}`, { lastName: `Nom${index}`, firstName: 'Anne', phone: '+41223100000' }),
    );
    expect(findDuplicatePairs(staff, holdersOf(staff))).toEqual([]);
    const few = staff.slice(0, 3);
    expect(findDuplicatePairs(few, holdersOf(few))).toHaveLength(3);
  });

  it('pairs the same name typed the other way round (a first name is filed apart from last names)', () => {
    const jean = subject('a', { lastName: 'Dupont', firstName: 'Jean', postalCode: '1204' });
    const swapped = subject('b', { lastName: 'Jean', firstName: 'Dupont', postalCode: '1204' });
    const initial = subject('c', { lastName: 'J.', firstName: 'Dupont', postalCode: '1204' });
    const all = [jean, swapped, initial];
    expect(findDuplicatePairs(all, holdersOf(all)).map((pair) => pair.ids)).toEqual([
      ['a', 'b'],
      ['a', 'c'],
    ]);
  });
});
