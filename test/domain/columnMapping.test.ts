import { headerSignature, mappingDecisions, matchHeaders, validateSheet, type ColumnMapping } from '@/domain';

describe('a confirmed column mapping', () => {
  const header = ['Primary Email', 'E-mail 2 Address', 'Name', 'Ref', 'Notizen'];
  const rows = [header, ['jean@example.ch', 'j.d@example.ch', 'Dupont, Jean', 'A-12', 'Stammkunde']];

  it('decides for the headers it names, whatever case, accents and punctuation', () => {
    expect(mappingDecisions(['E-MAIL 2 address', 'Réf.', ''], [{ header: 'e-mail 2 Address', target: 'email' }])).toEqual([
      'email',
      undefined,
      undefined,
    ]);
  });

  it('reads a mapped column before the one the engine chose, which becomes an alternative', () => {
    const columns = matchHeaders(header, 0, rows.slice(1), [{ header: 'E-mail 2 Address', target: 'email' }]);
    expect(columns.mapped.find((column) => column.key === 'email')).toMatchObject({
      header: 'E-mail 2 Address',
      column: 'B',
      confidence: 'user',
    });
    expect(columns.alternatives).toContainEqual(expect.objectContaining({ header: 'Primary Email', key: 'email', chosen: 'B' }));
  });

  it('maps an unknown header, and leaves out an ignored one', () => {
    const mapping: ColumnMapping = [
      { header: 'Ref', target: 'code' },
      { header: 'Notizen', target: 'ignore' },
    ];
    const columns = matchHeaders(header, 0, rows.slice(1), mapping);
    expect(columns.mapped.find((column) => column.key === 'code')).toMatchObject({ header: 'Ref', column: 'D', confidence: 'user' });
    expect(columns.unknown).toContainEqual({ header: 'Notizen', column: 'E', index: 4, ignored: true });
  });

  it('splits a full-name column the user names as one, even beside name columns', () => {
    const withNames = ['Nom', 'Prénom', 'Display Name', 'E-mail'];
    const columns = matchHeaders(withNames, 0, [], [{ header: 'Display Name', target: 'fullName' }]);
    const names = columns.mapped.filter((column) => column.key === 'lastName' || column.key === 'firstName');
    expect(names).toEqual([
      expect.objectContaining({ header: 'Display Name', key: 'lastName', part: 'fullName' }),
      expect.objectContaining({ header: 'Display Name', key: 'firstName', part: 'fullName' }),
    ]);
    expect(columns.alternatives.map((column) => column.header)).toEqual(['Nom', 'Prénom']);
  });

  it('gives the n-th occurrence of a repeated header the n-th decision', () => {
    const twice = ['Phone', 'Phone', 'E-mail', 'Nom'];
    const columns = matchHeaders(
      twice,
      0,
      [],
      [
        { header: 'Phone', target: 'phone' },
        { header: 'Phone', target: 'mobile' },
      ],
    );
    expect(columns.mapped.filter((column) => column.key === 'phone' || column.key === 'mobile')).toEqual([
      expect.objectContaining({ key: 'phone', column: 'A' }),
      expect.objectContaining({ key: 'mobile', column: 'B' }),
    ]);
    expect(columns.duplicate).toEqual([]);
  });

  it('validates and imports with the mapping: the rows read what it says', () => {
    const validation = validateSheet(rows, { mapping: [{ header: 'Ref', target: 'code' }] });
    expect(validation.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(validation.records[0]?.values).toMatchObject({ code: 'A-12', lastName: 'Dupont', firstName: 'Jean', email: 'jean@example.ch' });
  });

  it('finds a header row the engine alone could not read', () => {
    const coded = [
      ['Kd', 'Feld 2', 'Feld 3'],
      ['K1', 'Muster', 'm@example.ch'],
    ];
    expect(validateSheet(coded).headerRow).toBeNull();
    const mapping: ColumnMapping = [
      { header: 'Kd', target: 'code' },
      { header: 'Feld 2', target: 'lastName' },
      { header: 'Feld 3', target: 'email' },
    ];
    const validation = validateSheet(coded, { mapping });
    expect(validation.headerRow).toBe(1);
    expect(validation.records[0]?.values).toMatchObject({ code: 'K1', lastName: 'Muster', email: 'm@example.ch' });
  });

  it('lists the source columns with three sample values and the header signature', () => {
    const validation = validateSheet([
      ['Titre du fichier'],
      ['E-mail', ' Nom ', 'Ville'],
      ['a@example.ch', 'A', ''],
      ['b@example.ch', '', ''],
      ['c@example.ch', 'C', ''],
      ['d@example.ch', 'D', ''],
    ]);
    expect(validation.headerSignature).toBe('email|nom|ville');
    expect(validation.sourceColumns).toEqual([
      { header: 'E-mail', column: 'A', index: 0, samples: ['a@example.ch', 'b@example.ch', 'c@example.ch'] },
      { header: 'Nom', column: 'B', index: 1, samples: ['A', 'C', 'D'] },
      { header: 'Ville', column: 'C', index: 2, samples: [] },
    ]);
  });

  it('signs a header row by its folded headers, blanks left out', () => {
    expect(headerSignature(['Prénom', '', 'E-Mail 1 - Value', null, 12])).toBe('prenom|email1value|12');
  });
});
