import { anomaliesHeader, headerSignature, importStatusHeader, matchHeaders, sourceColumns, validateSheet } from '@/domain';

describe("matchHeaders: the add-in's own columns", () => {
  it.each([
    [importStatusHeader, 'the import status written back after an import'],
    [anomaliesHeader, 'the messages column written when notes cannot hold them'],
    ['statut IMPORT', 'case and spacing as a person may retype it'],
    [' Anomalies ', 'with stray spaces'],
  ])('%j (%s) is listed apart, never as unknown nor read', (header) => {
    const result = matchHeaders(['Nom', 'Prénom', 'Email', header, 'Fax'], 0);
    expect(result.unknown).toEqual([{ header: 'Fax', column: 'E', index: 4 }]);
    expect(result.addIn).toEqual([{ header: header.trim(), column: 'D', index: 3 }]);
    expect(result.mapped.map((column) => column.key)).toEqual(['lastName', 'firstName', 'email']);
  });

  it('keeps both beside a template header row, with their sheet letters from the first column', () => {
    const result = matchHeaders(['Code client', 'Nom *', 'Prénom *', 'Email *', importStatusHeader, anomaliesHeader], 2);
    expect(result.addIn).toEqual([
      { header: importStatusHeader, column: 'G', index: 4 },
      { header: anomaliesHeader, column: 'H', index: 5 },
    ]);
    expect(result.unknown).toEqual([]);
    expect(result.missingRequired).toEqual([]);
  });

  it('does not take a column that only contains the word ("Anomalies client", "Statut") for its own', () => {
    const result = matchHeaders(['Nom', 'Prénom', 'Email', 'Anomalies client', 'Statut'], 0);
    expect(result.addIn).toEqual([]);
    expect(result.unknown.map((column) => column.header)).toEqual(['Anomalies client', 'Statut']);
  });

  it('a validated sheet that went through an import reports no unknown column and no issue for them', () => {
    const validation = validateSheet([
      ['Nom', 'Prénom', 'Email', 'Code client', importStatusHeader, anomaliesHeader],
      ['Gaillard', 'Nadia', 'nadia.gaillard@example.ch', 'CL-000136', 'Créé', ''],
    ]);
    expect(validation.columns.unknown).toEqual([]);
    expect(validation.columns.addIn.map((column) => column.header)).toEqual([importStatusHeader, anomaliesHeader]);
    expect(validation.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });
});

describe("the add-in's own columns in the mapping step and its signature", () => {
  const before = ['Name', 'Vorname', 'Mail'];
  const after = ['Name', 'Vorname', 'Mail', 'Code client', importStatusHeader];

  it('are not offered as columns to map', () => {
    const columns = sourceColumns([...before, importStatusHeader, anomaliesHeader], [['Gaillard', 'Nadia', 'n@example.ch', 'Créé', 'x']]);
    expect(columns.map((column) => column.header)).toEqual(before);
  });

  it('leave the signature as it was, so a sheet keeps its remembered mapping through an import', () => {
    expect(headerSignature([...before, importStatusHeader, anomaliesHeader])).toBe(headerSignature(before));
    expect(headerSignature(after)).toBe(headerSignature([...before, 'Code client']));
    expect(headerSignature(after)).not.toBe(headerSignature(before));
  });
});
