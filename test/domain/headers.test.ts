import { columnLetter, findHeaderRow, matchHeader, matchHeaders, clientTemplate } from '@/domain';

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('%i → %s', (index, expected) => {
    expect(columnLetter(index)).toBe(expected);
  });
});

describe('matchHeader', () => {
  it.each([
    ['Code client', 'code', 'exact'],
    ['N° client', 'code', 'exact'],
    ['Civ.', 'title', 'exact'],
    ['Civilité', 'title', 'exact'],
    ['Nom *', 'lastName', 'exact'],
    ['NOM', 'lastName', 'exact'],
    ['Surname', 'lastName', 'exact'],
    ['Last name', 'lastName', 'exact'],
    ['Prénom *', 'firstName', 'exact'],
    ['prenom', 'firstName', 'exact'],
    ['First Name', 'firstName', 'exact'],
    ['Société', 'company', 'exact'],
    ['Raison sociale', 'company', 'exact'],
    ['N° TVA / IDE', 'vatNumber', 'exact'],
    ['IDE', 'vatNumber', 'exact'],
    ['UID', 'vatNumber', 'exact'],
    ['Email *', 'email', 'exact'],
    ['E-mail', 'email', 'exact'],
    ['Courriel', 'email', 'exact'],
    ['Adresse e-mail', 'email', 'exact'],
    ['Tél.', 'phone', 'exact'],
    ['Téléphone', 'phone', 'exact'],
    ['Phone', 'phone', 'exact'],
    ['Portable', 'mobile', 'exact'],
    ['GSM', 'mobile', 'exact'],
    ['Natel', 'mobile', 'exact'],
    ['Mobile', 'mobile', 'exact'],
    ['Adresse', 'address', 'exact'],
    ['NPA', 'postalCode', 'exact'],
    ['CP', 'postalCode', 'exact'],
    ['Code postal', 'postalCode', 'exact'],
    ['Zip', 'postalCode', 'exact'],
    ['PLZ', 'postalCode', 'exact'],
    ['Localité', 'city', 'exact'],
    ['Ville', 'city', 'exact'],
    ['Pays', 'country', 'exact'],
    ['Country', 'country', 'exact'],
    ['Nationalité', 'nationality', 'exact'],
    ["Pays d'exercice", 'practiceCountry', 'exact'],
    ['Pays d’exercice', 'practiceCountry', 'exact'],
    ['Langue', 'language', 'exact'],
    ['Date de naissance', 'birthDate', 'exact'],
    ['Né(e) le', 'birthDate', 'exact'],
    ['né le', 'birthDate', 'exact'],
    ['Date of birth', 'birthDate', 'exact'],
    ['Notes', 'notes', 'exact'],
    ['Remarques', 'notes', 'exact'],
    ['Telephnoe', 'phone', 'typo'],
    ['Nationnalité', 'nationality', 'typo'],
    ['Date de naisance', 'birthDate', 'typo'],
    ['Localite', 'city', 'exact'],
  ])('%j → %s (%s)', (header, key, kind) => {
    expect(matchHeader(header)).toEqual({ key, kind });
  });

  it.each(['Fax', 'Région', 'Canton', 'Nom complet', '', '***', 'Nim', 'Remarque interne', `Email ${' '.repeat(80)}`])(
    '%j names no column',
    (header) => {
      expect(matchHeader(header)).toBeUndefined();
    },
  );

  it('gives every label of the template exactly its own key', () => {
    for (const column of clientTemplate) {
      for (const label of [column.header, column.label, ...column.synonyms]) {
        expect({ label, key: matchHeader(label)?.key }).toEqual({ label, key: column.key });
      }
    }
  });
});

describe('matchHeaders', () => {
  it('maps headers to keys with their column letters, lists unknown and missing required columns', () => {
    const result = matchHeaders(['Nom', '', 'Prénom', 'Fax', 'Courriel'], 1);
    expect(result).toEqual({
      mapped: [
        { header: 'Nom', key: 'lastName', column: 'B', index: 0, confidence: 'exact' },
        { header: 'Prénom', key: 'firstName', column: 'D', index: 2, confidence: 'exact' },
        { header: 'Courriel', key: 'email', column: 'F', index: 4, confidence: 'exact' },
      ],
      missingRequired: [],
      unknown: [{ header: 'Fax', column: 'E', index: 3 }],
      addIn: [],
      alternatives: [],
      duplicate: [],
    });
  });

  // Issue 10 changes this: a second header for a key is an alternative (a warning), no longer a blocking duplicate.
  it('never maps two headers to one key: the exact match wins, the others are alternatives', () => {
    const result = matchHeaders(['Telephnoe', 'Nom', 'Tél.', 'Téléphone']);
    expect(result.mapped).toEqual([
      { header: 'Nom', key: 'lastName', column: 'B', index: 1, confidence: 'exact' },
      { header: 'Tél.', key: 'phone', column: 'C', index: 2, confidence: 'exact' },
    ]);
    expect(result.alternatives).toEqual([
      { header: 'Telephnoe', key: 'phone', column: 'A', index: 0, chosen: 'C', chosenHeader: 'Tél.' },
      { header: 'Téléphone', key: 'phone', column: 'D', index: 3, chosen: 'C', chosenHeader: 'Tél.' },
    ]);
    expect(result.duplicate).toEqual([]);
    expect(result.missingRequired).toEqual(['firstName', 'email']);
  });

  it('reads numbers, dates and odd values in a header row without failing', () => {
    const result = matchHeaders([2024, true, null, new Date(Date.UTC(2024, 0, 1)), { a: 1 }, 'Email']);
    expect(result.mapped.map((column) => column.key)).toEqual(['email']);
    expect(result.unknown.map((column) => column.header)).toEqual(['2024', '2024-01-01']);
  });
});

describe('findHeaderRow', () => {
  it.each([
    [
      'header on the first row',
      [
        ['Nom', 'Prénom', 'Email'],
        ['Dupont', 'Jean', 'j@x.ch'],
      ],
      0,
    ],
    ['title and blank rows above', [['Liste des clients'], [], [null, null], ['Nom', 'Prénom', 'Email']], 3],
    [
      'the best of two candidate rows',
      [
        ['Nom', 'Prénom'],
        ['Nom', 'Prénom', 'Email', 'Tél.'],
      ],
      1,
    ],
    ['a title naming one column is not a header', [['Notes'], ['Nom', 'Email']], 1],
  ])('%s', (_label, rows, expected) => {
    expect(findHeaderRow(rows)?.index).toBe(expected);
  });

  it('looks at the first 20 rows only', () => {
    const rows: unknown[][] = Array.from({ length: 20 }, () => ['titre']);
    rows.push(['Nom', 'Prénom', 'Email']);
    expect(findHeaderRow(rows)).toBeUndefined();
    expect(findHeaderRow(rows.slice(1))?.index).toBe(19);
  });

  it('finds nothing in a sheet without template headers', () => {
    expect(
      findHeaderRow([
        ['a', 'b'],
        [1, 2],
      ]),
    ).toBeUndefined();
    expect(findHeaderRow([])).toBeUndefined();
  });
});
