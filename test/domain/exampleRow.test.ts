import { describeIssue, TEMPLATE_EXAMPLE, validateSheet } from '@/domain';
import { makeClient, templateHeaderRow, toTemplateRow } from './support/makeClient';

const options = { homeCountry: 'CH', today: '2026-06-15' };
const example = toTemplateRow(TEMPLATE_EXAMPLE);

describe('validateSheet and the template’s example row', () => {
  it.each([
    ['as the template writes it', example],
    ['with its birth date read as a Date', toTemplateRow({ ...TEMPLATE_EXAMPLE, birthDate: new Date(Date.UTC(1981, 2, 9)) })],
    [
      'as the first template wrote it (national phone, language code, dd/mm/yyyy text)',
      toTemplateRow({ ...TEMPLATE_EXAMPLE, phone: '022 310 45 67', language: 'fr', birthDate: '09/03/1981' }),
    ],
  ])('says the example row %s is not imported, and counts it neither valid nor in error', (_label, row) => {
    const client = toTemplateRow(makeClient());
    const result = validateSheet([templateHeaderRow, row, client], options);
    expect(result.rows).toBe(1);
    expect(result.validRows).toBe(1);
    expect(result.records.map((record) => record.row)).toEqual([3]);
    expect(result.issues).toEqual([
      {
        code: 'template.exampleRow',
        severity: 'info',
        row: 2,
        column: null,
        header: null,
        columnLetter: null,
        params: {},
        suggestion: null,
      },
    ]);
    expect(describeIssue(result.issues[0]!, 'fr')).toBe('Ligne d’exemple du modèle\u00a0: elle n’est pas importée.');
    expect(describeIssue(result.issues[0]!, 'en')).toBe('The template’s example row: it is not imported.');
  });

  it('leaves the example alone in the duplicate check: a real client may share nothing with it', () => {
    const result = validateSheet([templateHeaderRow, example, example], options);
    expect(result.rows).toBe(0);
    expect(result.issues.map((issue) => [issue.code, issue.row])).toEqual([
      ['template.exampleRow', 2],
      ['template.exampleRow', 3],
    ]);
  });

  it.each([
    ['a name typed in', { lastName: 'Gaillard' }],
    ['an email typed in', { email: 'nadia.gaillard@example.ch' }],
    ['the note removed', { notes: null }],
    ['another birth date', { birthDate: 29_655 }],
  ])('imports a row changed from the example (%s) as a client', (_label, change) => {
    const result = validateSheet([templateHeaderRow, toTemplateRow({ ...TEMPLATE_EXAMPLE, ...change })], options);
    expect(result.rows).toBe(1);
    expect(result.issues.filter((issue) => issue.code === 'template.exampleRow')).toEqual([]);
  });

  it('recognises the example in a sheet holding only some of the template’s columns, the email among them', () => {
    const header = ['Nom', 'Prénom', 'Email'];
    const rows = [header, ['Exemple', 'Sophie', 'sophie.exemple@example.ch'], ['Exemple', 'Sophie', 'autre@example.ch']];
    const result = validateSheet(rows, options);
    expect(result.records.map((record) => record.row)).toEqual([3]);
    expect(result.issues.map((issue) => issue.code)).toEqual(['template.exampleRow']);
  });
});
