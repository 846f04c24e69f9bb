import { findHeaderRow, headerWords, matchHeaders, readHeader, splitFullName, validateSheet } from '@/domain';

describe('headerWords', () => {
  it.each([
    ['MobileNumber', ['mobile', 'number']],
    ['AddressLine1', ['address', 'line', '1']],
    ['contact_first_name', ['contact', 'first', 'name']],
    ['E-mail 1 - Value', ['e', 'mail', '1', 'value']],
    ['Address 1 - City', ['address', '1', 'city']],
    ['VATIntraShort (s.tva_intra)', ['vat', 'intra', 'short']],
    ['Téléphone (bureau)', ['telephone', 'bureau']],
    ['Stra\uFFFDe gesch\uFFFDftlich', ['stra?e', 'gesch?ftlich']],
  ])('%j → %j', (header, words) => {
    expect(headerWords(header)).toEqual(words);
  });
});

describe('readHeader', () => {
  it.each([
    ['Business Phone', 'phone', 'strong', 1, 1],
    ['Home Phone 2', 'phone', 'strong', 2, 2],
    ['Home City', 'city', 'strong', 2, 1],
    ['Billing Postal Code', 'postalCode', 'strong', 1, 1],
    ['Primary Email', 'email', 'strong', 0, 1],
    ['E-mail 2 Address', 'email', 'strong', 1, 2],
    ['E-mail 1 - Value', 'email', 'strong', 1, 1],
    ['Address 2 - Street', 'address', 'strong', 1, 2],
    ['adr_one_locality', 'city', 'strong', 1, 1],
    ['adr_two_postalcode', 'postalCode', 'strong', 1, 2],
    ['tel_cell_private', 'mobile', 'strong', 2, 1],
    ['Organization 1 - Name', 'company', 'strong', 1, 1],
    ['Téléphone (bureau)', 'phone', 'exact', 1, 1],
    ['Ville (domicile)', 'city', 'strong', 2, 1],
    ['Tél. professionnel', 'phone', 'strong', 1, 1],
    ['Adresse électronique secondaire', 'email', 'strong', 3, 1],
    ['Ort privat', 'city', 'strong', 2, 1],
    ['Stra\uFFFDe gesch\uFFFDftlich', 'address', 'strong', 1, 1],
    ['Andere Adr. PLZ', 'postalCode', 'strong', 3, 1],
    ['Mobiltelefon', 'mobile', 'exact', 1, 1],
    ['MobileNumber', 'mobile', 'exact', 1, 1],
    ['zipcode', 'postalCode', 'exact', 1, 1],
    ['customernumber', 'code', 'exact', 1, 1],
    ['vatid', 'vatNumber', 'exact', 1, 1],
    ['tax_number', 'vatNumber', 'exact', 1, 1],
    ['Name Prefix', 'title', 'exact', 1, 1],
    ['Birth Day', 'birthDay', 'exact', 1, 1],
    ['Birthday', 'birthDate', 'exact', 1, 1],
    ['Année de naissance', 'birthYear', 'exact', 1, 1],
    ['Nom complet', 'fullName', 'exact', 1, 1],
    ['contact_first_name', 'firstName', 'strong', 1, 1],
    ['Téléphone 2 (bureau)', 'phone', 'strong', 1, 2],
    ['Weiteres/e Land/Region', 'country', 'strong', 3, 1],
    ['Town (s.ville)', 'city', 'exact', 1, 1],
  ])('%j → %s (%s, rank %i, number %i)', (header, field, confidence, rank, ordinal) => {
    expect(readHeader(header)).toMatchObject({ field, confidence, rank, ordinal });
  });

  it.each([
    'Anniversary',
    'Anniversaire de mariage ou fête',
    'E-mail 1 - Type',
    'Job Title',
    'Home Fax',
    'Home Address 2',
    'address2',
    'Rue (bureau) 2',
    'Gravatar',
    'IdProf1 (s.siret)',
    'County',
    'Mum-email',
    'Mum’s first name',
    'Subscriber DOB',
    'Organization 1 - Title',
    'Pays/État',
    'Dép/Région (bureau)',
    'Privé',
    'Phone Ext',
    'user_id',
    'Weitere Vornamen',
    'SupplierCode (s.code_fournisseur)',
  ])('%j names nothing', (header) => {
    expect(readHeader(header)).toBeUndefined();
  });
});

const keysOf = (row: string[], sample: unknown[][] = []) => {
  const columns = matchHeaders(row, 0, sample);
  return {
    mapped: columns.mapped.map((column) => `${column.header}=${column.part ?? column.key}`),
    alternatives: columns.alternatives.map((column) => `${column.header}=${column.key}<${column.chosen}`),
  };
};

describe('matchHeaders in its row', () => {
  it('reads German "Name" next to "Vorname" as the surname', () => {
    expect(keysOf(['Name', 'Vorname', 'Telefonnummer']).mapped).toEqual(['Name=lastName', 'Vorname=firstName', 'Telefonnummer=phone']);
  });

  it('reads a lone "Name" as a full name, a "Name" next to split names as nothing, a company list\'s "Name" as the company', () => {
    expect(keysOf(['Name', 'Email']).mapped).toEqual(['Name=fullName', 'Name=fullName', 'Email=email']);
    expect(keysOf(['Name', 'Given Name', 'Family Name']).mapped).toEqual(['Given Name=firstName', 'Family Name=lastName']);
    expect(keysOf(['name', 'vatid', 'street']).mapped).toEqual(['name=company', 'vatid=vatNumber', 'street=address']);
    expect(keysOf(['name', 'cp_givenname', 'cp_name']).mapped).toEqual(['name=company', 'cp_givenname=firstName', 'cp_name=lastName']);
  });

  it('reads "Title" as a job title when a salutation column exists', () => {
    expect(keysOf(['salutation', 'title', 'n_family']).mapped).toEqual(['salutation=title', 'n_family=lastName']);
    expect(keysOf(['Title', 'First Name']).mapped).toEqual(['Title=title', 'First Name=firstName']);
  });

  it('picks the primary column: values before empty, no number before 2, business before home; the others are alternatives', () => {
    expect(keysOf(['Home Phone', 'Business Phone', 'Phone 2'])).toEqual({
      mapped: ['Business Phone=phone'],
      alternatives: ['Home Phone=phone<B', 'Phone 2=phone<B'],
    });
    expect(keysOf(['Business Phone', 'Home Phone'], [['', '022 310 45 67']])).toEqual({
      mapped: ['Home Phone=phone'],
      alternatives: ['Business Phone=phone<B'],
    });
  });

  it('lists the same header twice as duplicate; a second address block is also an alternative, a second civilité is not', () => {
    const columns = matchHeaders(['Titre', 'Ville', 'Titre', 'Ville']);
    expect(columns.duplicate.map((column) => `${column.column} ${column.header}<${column.firstColumn}`)).toEqual([
      'C Titre<A',
      'D Ville<B',
    ]);
    expect(columns.alternatives.map((column) => column.column)).toEqual(['D']);
  });

  it('reads the postal code, city and country of the address block it reads', () => {
    const columns = matchHeaders([
      'Adresse privée',
      'Ville',
      'Code postal',
      'Adresse professionnelle',
      'Ville',
      'Code postal',
      'Home City',
      'Work City',
    ]);
    expect(columns.mapped.map((column) => `${column.column}=${column.key}`)).toEqual(['D=address', 'E=city', 'F=postalCode']);
    expect(matchHeaders(['Home Street', 'Home City', 'Business Street', 'Work City']).mapped.map((column) => column.column)).toEqual([
      'C',
      'D',
    ]);
  });

  it('combines Birth Day/Month/Year; Jour and Mois count next to a birth year only', () => {
    expect(keysOf(['Birth Year', 'Birth Month', 'Birth Day']).mapped).toEqual([
      'Birth Year=birthYear',
      'Birth Month=birthMonth',
      'Birth Day=birthDay',
    ]);
    expect(keysOf(['Jour', 'Mois', 'Nom']).mapped).toEqual(['Nom=lastName']);
  });

  it('reads French Thunderbird\'s "Région" as the country only beside its "Pays/État"', () => {
    expect(keysOf(['Ville', 'Pays/État', 'Région']).mapped).toEqual(['Ville=city', 'Région=country']);
    expect(keysOf(['Ville', 'Région', 'Address 1 - Region']).mapped).toEqual(['Ville=city']);
  });
});

describe('findHeaderRow', () => {
  it('takes a one-column header when the values below fit it', () => {
    expect(findHeaderRow([['Primary Email'], ['a@example.ch'], ['b@example.ch']])?.index).toBe(0);
    expect(findHeaderRow([['Email'], ['Nom']])).toBeUndefined();
  });

  it('takes the label row, not a data row below it that holds label words', () => {
    const rows = [['Liste des clients'], ['Nom', 'Prénom', 'Email', 'Notes'], ['Mobile', 'Ville', 'ville@example.ch', 'Pays']];
    expect(findHeaderRow(rows)?.index).toBe(1);
  });

  it('prefers the first strong label row to a second label row below it', () => {
    const rows = [
      ['First Name', 'Last Name', 'Email Home'],
      ['Vorname', 'Nachname', 'E-Mail', 'Telefon'],
      ['Jean', 'Dupont', 'j@example.ch', ''],
    ];
    expect(findHeaderRow(rows)?.index).toBe(0);
  });
});

describe('splitFullName', () => {
  it.each([
    ['Dupont, Jean', 'Dupont', 'Jean', false],
    ['DUPONT Jean', 'DUPONT', 'Jean', false],
    ['Jean DUPONT', 'DUPONT', 'Jean', false],
    ['Jean Dupont', 'Dupont', 'Jean', false],
    ['Jean-Pierre Dupont', 'Dupont', 'Jean-Pierre', false],
    ['Jean de la Fontaine', 'de la Fontaine', 'Jean', false],
    ['Ludwig van der Rohe', 'van der Rohe', 'Ludwig', false],
    ['Anna di Stefano', 'di Stefano', 'Anna', false],
    ['VON ARX Anne Marie', 'VON ARX', 'Anne Marie', false],
    ['Anne Marie Dupont', 'Dupont', 'Anne Marie', true],
    ['Dupont', 'Dupont', '', false],
  ])('%j → %s / %s', (text, lastName, firstName, guessed) => {
    expect(splitFullName(text)).toEqual({ lastName, firstName, guessed });
  });
});

describe('validateSheet with a full name and a split birth date', () => {
  it('shows a lone birth year as such, with a warning, and makes no date of it', () => {
    const result = validateSheet([
      ['Sexe', 'Prénom', 'Année de naissance'],
      ['F', 'Léa', 1990],
    ]);
    expect(result.columns.mapped.map((column) => [column.header, column.key, column.part])).toEqual([
      ['Prénom', 'firstName', undefined],
      ['Année de naissance', 'birthDate', 'birthYear'],
    ]);
    expect(
      result.issues.filter((issue) => issue.code.startsWith('column.')).map((issue) => [issue.code, issue.severity, issue.header]),
    ).toEqual([
      ['column.missingRequired', 'error', 'Nom'],
      ['column.missingRequired', 'error', 'Email'],
      ['column.birthDatePart', 'warning', 'Année de naissance'],
    ]);
    expect(result.records[0]?.values.birthDate).toBeUndefined();
  });

  it('feeds Nom and Prénom from the full name, warns on a guess, and makes the birth date of its three parts', () => {
    const result = validateSheet(
      [
        ['Contact', 'E-mail', 'Birth Day', 'Birth Month', 'Birth Year'],
        ['Dupont, Jean', 'jean@example.ch', 31, 12, 1985],
        ['Anne Marie Rochat', 'anne@example.ch', '', '', ''],
      ],
      { today: '2026-06-15' },
    );
    expect(result.records.map((record) => [record.values.lastName, record.values.firstName, record.values.birthDate])).toEqual([
      ['Dupont', 'Jean', '1985-12-31'],
      ['Rochat', 'Anne Marie', null],
    ]);
    expect(result.issues.map((issue) => [issue.row, issue.code, issue.params])).toEqual([
      [3, 'name.splitGuessed', { value: 'Anne Marie Rochat', lastName: 'Rochat', firstName: 'Anne Marie' }],
    ]);
  });
});
