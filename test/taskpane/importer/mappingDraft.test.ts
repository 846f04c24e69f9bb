import { MAPPING_TARGETS, validateSheet, type ColumnMapping, type MappingTarget } from '@/domain';
import {
  changeLine,
  lineConfidence,
  mappingDraft,
  mappingOf,
  needsReview,
  TARGET_CHOICES,
  unfedRequired,
  type MappingLine,
} from '@/taskpane/importer/mappingDraft';

const draftOf = (rows: unknown[][], mapping?: ColumnMapping) => {
  const validation = validateSheet(rows, { homeCountry: 'CH', mapping });
  return mappingDraft(validation.sourceColumns, validation.columns);
};
const targets = (lines: readonly MappingLine[]) => lines.map((line) => line.target);

const outlook = [
  ['Display Name', 'E-mail Address', 'Business Phone', 'Home Phone', 'Couleur', 'E-mail Address'],
  ['Jean Dupont', 'jean@example.ch', '022 310 45 67', '', 'bleu', 'j.d@example.ch'],
];

describe('mappingDraft', () => {
  it('gives each source column what the validation read it as, how sure, and the columns it chose between', () => {
    const lines = draftOf(outlook);
    expect(lines.map(({ column, header, target, confidence }) => [column, header, target, confidence])).toEqual([
      ['A', 'Display Name', 'fullName', 'exact'],
      ['B', 'E-mail Address', 'email', 'exact'],
      ['C', 'Business Phone', 'phone', 'strong'],
      ['D', 'Home Phone', 'ignore', 'other'],
      ['E', 'Couleur', 'ignore', 'unknown'],
      ['F', 'E-mail Address', 'ignore', 'other'],
    ]);
    expect(lines[0]?.samples).toEqual(['Jean Dupont']);
    expect(lines[2]?.alternatives).toEqual(['Home Phone']);
    expect(lines[3]?.readInstead).toEqual({ key: 'phone', header: 'Business Phone', column: 'C' });
    expect(lines[5]?.readInstead).toEqual({ key: 'email', header: 'E-mail Address', column: 'B' });
  });

  it('reads a confirmed mapping as the user’s choices, an ignored column included', () => {
    const lines = draftOf(outlook, [
      { header: 'Home Phone', target: 'mobile' },
      { header: 'Couleur', target: 'ignore' },
    ]);
    expect(lines.slice(3, 5).map((line) => [line.target, line.confidence])).toEqual([
      ['mobile', 'user'],
      ['ignore', 'user'],
    ]);
  });

  it('lists the first non-empty row of a sheet without a header row, each feeding nothing', () => {
    const validation = validateSheet([['Kd', 'Feld 2']], { homeCountry: 'CH' });
    const lines = mappingDraft([{ header: 'Kd', column: 'A', index: 0, samples: [] }], validation.columns);
    expect(targets(lines)).toEqual(['ignore']);
    expect(needsReview(lines, false)).toBe(true);
  });
});

describe('changeLine', () => {
  const lines = draftOf([
    ['Nom', 'Prénom', 'Contact', 'Email', 'Jour', 'Mois', 'Année', 'Né le'],
    ['Dupont', 'Jean', 'Jean Dupont', 'j@example.ch', '1', '2', '1980', ''],
  ]);
  it.each<[string, number, MappingTarget, MappingTarget[]]>([
    ['a field fed once: the line that fed it feeds nothing', 4, 'email', ['lastName', 'firstName', 'ignore', 'ignore', 'email']],
    ['a full name takes Nom and Prénom', 2, 'fullName', ['ignore', 'ignore', 'fullName', 'email']],
    ['a name takes the full name', 2, 'firstName', ['lastName', 'ignore', 'firstName', 'email']],
    ['nothing takes nothing', 0, 'ignore', ['ignore', 'firstName', 'ignore', 'email']],
  ])('%s', (_, index, target, expected) => {
    expect(targets(changeLine(lines, index, target)).slice(0, expected.length)).toEqual(expected);
  });

  it('a birth-date part takes the birth date, and the reverse', () => {
    const parts = changeLine(lines, 7, 'birthDate');
    expect(targets(parts).slice(4)).toEqual(['ignore', 'ignore', 'ignore', 'birthDate']);
    expect(targets(changeLine(parts, 4, 'birthDay')).slice(4)).toEqual(['birthDay', 'ignore', 'ignore', 'ignore']);
  });

  it('makes a changed line the user’s', () => {
    const changed = changeLine(lines, 2, 'notes');
    expect(lineConfidence(changed[2] as MappingLine)).toBe('user');
    expect(lineConfidence(changed[0] as MappingLine)).toBe('exact');
  });
});

describe('unfedRequired, needsReview and mappingOf', () => {
  const lines = draftOf([
    ['Contact', 'Kontakt', 'Phone'],
    ['Jean Dupont', 'j@example.ch', ''],
  ]);
  it('names the required fields nothing feeds; a full name feeds Nom and Prénom', () => {
    expect(unfedRequired(lines)).toEqual(['email']);
    expect(unfedRequired(changeLine(lines, 0, 'lastName'))).toEqual(['firstName', 'email']);
    expect(unfedRequired(changeLine(lines, 1, 'email'))).toEqual([]);
  });

  it('opens the step when a required field is unfed or a match is weak', () => {
    expect(needsReview(lines, true)).toBe(true);
    expect(needsReview(changeLine(lines, 1, 'email'), true)).toBe(false);
    const weak = draftOf([
      ['Name', 'E-mail'],
      ['Jean Dupont', 'j@example.ch'],
    ]);
    expect(weak[0]?.confidence).toBe('weak');
    expect(needsReview(weak, true)).toBe(true);
  });

  it('confirms every line, in column order', () => {
    expect(mappingOf(changeLine(lines, 1, 'email'))).toEqual([
      { header: 'Contact', target: 'fullName' },
      { header: 'Kontakt', target: 'email' },
      { header: 'Phone', target: 'phone' },
    ]);
  });
});

describe('TARGET_CHOICES', () => {
  it('lists every target once, "Ne pas importer" first', () => {
    expect([...TARGET_CHOICES].sort()).toEqual([...MAPPING_TARGETS].sort());
    expect(TARGET_CHOICES[0]).toBe('ignore');
    expect(TARGET_CHOICES.indexOf('fullName')).toBe(TARGET_CHOICES.indexOf('firstName') + 1);
  });
});
