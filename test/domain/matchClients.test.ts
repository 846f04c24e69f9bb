import {
  blockingKeys,
  describeMatchReasons,
  matchClients,
  matchProfile,
  normalizeClientValues,
  type ClientValues,
  type MatchReason,
} from '@/domain';

const jean: ClientValues = {
  lastName: 'Dupont',
  firstName: 'Jean',
  postalCode: '1204',
  city: 'Genève',
  birthDate: '1975-05-12',
  email: 'jean.dupont@gmail.com',
};

const reasons = (a: ClientValues, b: ClientValues): MatchReason[] | null => matchClients(matchProfile(a), matchProfile(b))?.reasons ?? null;

describe('matchClients: the strong signals', () => {
  it.each<[string, ClientValues, MatchReason[] | null]>([
    [
      "the issue's example: DUPONT Jean, 1204, 12.05.1975, another e-mail",
      { lastName: 'DUPONT', firstName: 'Jean', postalCode: '1204', birthDate: '1975-05-12', email: 'j.dupont@bluewin.ch' },
      ['sameNameBirthDate', 'sameNamePostalCode'],
    ],
    ['names in the other order', { lastName: 'Jean', firstName: 'Dupont', birthDate: '1975-05-12' }, ['sameNameBirthDate']],
    ['initials for the first name', { lastName: 'Dupont', firstName: 'J.', postalCode: '1204' }, ['sameNamePostalCode']],
    ['accents and case folded', { lastName: 'dupônt', firstName: 'JEAN', birthDate: '1975-05-12' }, ['sameNameBirthDate']],
    [
      'the same e-mail local part with the same name',
      { lastName: 'Dupont', firstName: 'Jean', email: 'jean.dupont@bluewin.ch' },
      ['sameEmailName'],
    ],
    ['the same phone (as mobile on one side)', { lastName: 'Rochat', firstName: 'Anne', mobile: '+41791234567' }, ['samePhone']],
    [
      'a near last name (one letter) with the same birth date',
      { lastName: 'Dupond', firstName: 'Jean', birthDate: '1975-05-12' },
      ['nearNameBirthDate'],
    ],
    ['two letters swapped in the first name', { lastName: 'Dupont', firstName: 'Jaen', birthDate: '1975-05-12' }, null],
    ['the same name alone: never a match', { lastName: 'Dupont', firstName: 'Jean' }, null],
    [
      'the same name, another birth date and postal code',
      { lastName: 'Dupont', firstName: 'Jean', birthDate: '1980-01-01', postalCode: '1000' },
      null,
    ],
    ['the same birth date alone', { lastName: 'Muller', firstName: 'Hans', birthDate: '1975-05-12' }, null],
    ['another first name, same last name and birth date', { lastName: 'Dupont', firstName: 'Marie', birthDate: '1975-05-12' }, null],
    ['a near name of 4 letters is not near enough', { lastName: 'Dupont', firstName: 'Jen', birthDate: '1975-05-12' }, null],
    ['the same e-mail local part, another name', { lastName: 'Favre', firstName: 'Sophie', email: 'jean.dupont@bluewin.ch' }, null],
  ])('%s', (_, other, expected) => {
    expect(reasons({ ...jean, mobile: '+41791234567' }, other)).toEqual(expected);
    // The rules are symmetric.
    expect(reasons(other, { ...jean, mobile: '+41791234567' })).toEqual(expected);
  });

  it('matches companies by UID, and scores several reasons above one', () => {
    const firm = { lastName: 'Favre', firstName: 'Luc', company: 'Favre SA', vatNumber: 'CHE116281710' };
    expect(reasons(firm, { lastName: 'Favre', firstName: 'Luc', vatNumber: 'che-116.281.710' })).toEqual(['sameUid']);
    const one = matchClients(matchProfile(jean), matchProfile({ lastName: 'Dupont', firstName: 'Jean', postalCode: '1204' }));
    const two = matchClients(matchProfile(jean), matchProfile({ ...jean, email: 'x@y.ch' }));
    expect(one?.score).toBe(0.7);
    expect(two?.score).toBeGreaterThan(one?.score ?? 1);
    expect(two?.score).toBeLessThan(1);
  });

  it('says why in words, in French and in English', () => {
    expect(describeMatchReasons(['sameNameBirthDate', 'samePhone'], 'fr')).toBe(
      'même nom et même date de naissance, même numéro de téléphone',
    );
    expect(describeMatchReasons(['sameNamePostalCode'], 'en')).toBe('same name and same postal code');
  });

  it('reads values as the template engine normalises them (phones written two ways agree)', () => {
    const a = normalizeClientValues({ lastName: 'Rochat', firstName: 'Anne', phone: '022 310 45 67' }, { homeCountry: 'CH' }).values;
    const b = normalizeClientValues({ lastName: 'Rochat', firstName: 'A.', phone: '+41 22 310 45 67' }, { homeCountry: 'CH' }).values;
    expect(a.phone).toBe('+41223104567');
    expect(reasons(a, b)).toEqual(['samePhone']);
  });
});

describe('blockingKeys', () => {
  it('gives every pair the rules match at least one shared key (so an index lookup finds the candidate)', () => {
    const others: ClientValues[] = [
      { lastName: 'DUPONT', firstName: 'Jean', postalCode: '1204' },
      { lastName: 'Jean', firstName: 'Dupont', postalCode: '1204' },
      { lastName: 'Dupont', firstName: 'J.', postalCode: '1204' },
      { lastName: 'Dupond', firstName: 'Jean', birthDate: '1975-05-12' },
      { lastName: 'Dupont', firstName: 'Jean', email: 'jean.dupont@bluewin.ch' },
      { lastName: 'Rochat', firstName: 'Anne', phone: '+41791234567' },
    ];
    const keys = new Set(blockingKeys(matchProfile({ ...jean, mobile: '+41791234567' })));
    for (const other of others) {
      expect(reasons({ ...jean, mobile: '+41791234567' }, other)).not.toBeNull();
      expect(blockingKeys(matchProfile(other)).some((key) => keys.has(key))).toBe(true);
    }
  });

  it('keys a name and postal code by each name with the other’s initial (no key a common first name alone holds)', () => {
    expect(blockingKeys(matchProfile({ lastName: 'Dupont', firstName: 'Jean', postalCode: '1204' }))).toEqual([
      'n:dupont|j|1204',
      'n:jean|d|1204',
    ]);
    const other = blockingKeys(matchProfile({ lastName: 'Jean', firstName: 'Rochat', postalCode: '1204' }));
    expect(other.some((key) => key.startsWith('n:jean|') && key !== 'n:jean|d|1204')).toBe(true);
    expect(other).not.toContain('n:jean|d|1204');
  });

  it('gives no key for the name alone', () => {
    expect(blockingKeys(matchProfile({ lastName: 'Dupont', firstName: 'Jean' }))).toEqual([]);
  });
});
