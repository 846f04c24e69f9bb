import {
  blockingKeys,
  describeMatchReasons,
  probeKeys,
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

/** Each client's probe keys meet the other's filed keys: whichever is stored, the other's lookup finds it. */
function findsEachOther(a: ClientValues, b: ClientValues): boolean {
  const meets = (from: ClientValues, to: ClientValues) => {
    const filed = new Set(blockingKeys(matchProfile(to)));
    return probeKeys(matchProfile(from)).some((key) => filed.has(key));
  };
  return meets(a, b) && meets(b, a);
}

describe('blockingKeys and probeKeys', () => {
  it('gives every pair the rules match at least one shared key (so an index lookup finds the candidate)', () => {
    const others: ClientValues[] = [
      { lastName: 'DUPONT', firstName: 'Jean', postalCode: '1204' },
      { lastName: 'Jean', firstName: 'Dupont', postalCode: '1204' },
      { lastName: 'Dupont', firstName: 'J.', postalCode: '1204' },
      { lastName: 'Dupond', firstName: 'Jean', birthDate: '1975-05-12' },
      { lastName: 'Dupont', firstName: 'Jean', email: 'jean.dupont@bluewin.ch' },
      { lastName: 'Rochat', firstName: 'Anne', phone: '+41791234567' },
    ];
    const person = { ...jean, mobile: '+41791234567' };
    for (const other of others) {
      expect(reasons(person, other)).not.toBeNull();
      expect(findsEachOther(person, other)).toBe(true);
    }
  });

  it('files a name and postal code under the last name and under the first name, each with the other’s initial', () => {
    expect(blockingKeys(matchProfile({ lastName: 'Dupont', firstName: 'Jean', postalCode: '1204' }))).toEqual([
      'n:dupont|j|1204',
      'g:jean|d|1204',
    ]);
    // Looked up as it is and the other way round: as a last name, and as a first name only against first names.
    expect(probeKeys(matchProfile({ lastName: 'Dupont', firstName: 'Jean', postalCode: '1204' }))).toEqual([
      'n:dupont|j|1204',
      'g:dupont|j|1204',
      'n:jean|d|1204',
    ]);
  });

  it('does not look up every Jean of a town for a Jean’s row (no crowd behind a common first name)', () => {
    const probes = new Set(probeKeys(matchProfile({ lastName: 'Dupont', firstName: 'Jean', postalCode: '1204', birthDate: '1975-05-12' })));
    for (const lastName of ['Dumas', 'Dubois', 'Delacrétaz', 'Rochat', 'Favre'])
      expect(
        blockingKeys(matchProfile({ lastName, firstName: 'Jean', postalCode: '1204', birthDate: '1980-02-01' })).filter((key) =>
          probes.has(key),
        ),
      ).toEqual([]);
  });

  it('finds every generated pair the rules match, from either side (edits anywhere, initials, either order, each signal)', () => {
    // A small deterministic generator: variations of one person as they are typed in real sheets.
    let seed = 20261203;
    const next = (below: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 16) % below;
    };
    const letters = 'abcdefghijklmnopqrstuvwxyzéè';
    const edit = (name: string): string => {
      const at = next(name.length);
      const letter = letters[next(letters.length)] ?? 'a';
      switch (next(4)) {
        case 0:
          return name.slice(0, at) + letter + name.slice(at);
        case 1:
          return name.slice(0, at) + name.slice(at + 1);
        case 2:
          return name.slice(0, at) + letter + name.slice(at + 1);
        default:
          return at + 1 < name.length ? name.slice(0, at) + name[at + 1] + name[at] + name.slice(at + 2) : name;
      }
    };
    const people: ClientValues[] = [
      { lastName: 'Dupont', firstName: 'Jean-Pierre', birthDate: '1975-05-12', postalCode: '1204', email: 'jp.dupont@gmail.com' },
      { lastName: 'Rochat', firstName: 'Anne', birthDate: '1982-11-03', postalCode: '1003', email: 'info@rochat.ch' },
      { lastName: "d'Agostino", firstName: 'Élodie', birthDate: '1990-01-30', postalCode: '6900', email: 'elodie@ticino.ch' },
    ];
    let matched = 0;
    for (let round = 0; round < 4000; round += 1) {
      const person = people[next(people.length)] ?? jean;
      let last = person.lastName ?? '';
      let first = person.firstName ?? '';
      if (next(3) === 0) last = edit(last);
      if (next(3) === 0) first = edit(first);
      if (next(4) === 0) first = `${first[0] ?? ''}.`;
      if (next(2) === 0) [last, first] = [first, last];
      const other: ClientValues = { lastName: last, firstName: first };
      if (next(2) === 0) other.birthDate = person.birthDate;
      if (next(2) === 0) other.postalCode = person.postalCode;
      if (next(2) === 0) other.email = `${(person.email ?? '').split('@')[0] ?? ''}@elsewhere.ch`;
      const match = matchClients(matchProfile(person), matchProfile(other));
      // Whichever of the two is the new client.
      expect(matchClients(matchProfile(other), matchProfile(person))).toEqual(match);
      if (match === null) continue;
      matched += 1;
      expect({ person, other, found: findsEachOther(person, other) }).toEqual({ person, other, found: true });
    }
    // The generator does make matching pairs, near names among them.
    expect(matched).toBeGreaterThan(1000);
  });

  it('keys a birth date and an e-mail local part with the names’ initials (no crowd holds one)', () => {
    const keys = blockingKeys(matchProfile({ lastName: 'Dupont', firstName: 'Jean', birthDate: '1975-05-12', email: 'info@dupont.ch' }));
    expect(keys).toEqual(['d:1975-05-12|d', 'd:1975-05-12|j', 'e:info|dj']);
    const stranger = blockingKeys(
      matchProfile({ lastName: 'Rochat', firstName: 'Anne', birthDate: '1975-05-12', email: 'info@rochat.ch' }),
    );
    expect(stranger.some((key) => keys.includes(key))).toBe(false);
  });

  it('gives no key for the name alone', () => {
    expect(blockingKeys(matchProfile({ lastName: 'Dupont', firstName: 'Jean' }))).toEqual([]);
  });
});
