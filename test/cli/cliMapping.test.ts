import { combineMappings, parseMapEntry, parseMappingFile, resolveMappingTarget } from '@/cli/validate/cliMapping';
import { jsonErrorOffset } from '@/cli/validate/jsonErrorOffset';

describe('resolveMappingTarget', () => {
  it.each([
    ['email', 'email'],
    ['E-mail', 'email'],
    ['Nom', 'lastName'],
    ['prénom', 'firstName'],
    ['PRENOM', 'firstName'],
    ['lastname', 'lastName'],
    ['Code client', 'code'],
    ['Postal code', 'postalCode'],
    ['Date de naissance', 'birthDate'],
    ['fullName', 'fullName'],
    ['birth year', 'birthYear'],
    ['ignore', 'ignore'],
    ['courriel', undefined],
    ['', undefined],
  ])('%j → %j', (text, target) => {
    expect(resolveMappingTarget(text)).toBe(target);
  });
});

describe('parseMapEntry', () => {
  it.each([
    ['Primary Email=email', { header: 'Primary Email', target: 'email' }],
    ['  Nom complet = fullName ', { header: 'Nom complet', target: 'fullName' }],
    ['Total=HT=ignore', { header: 'Total=HT', target: 'ignore' }],
    ['Mail=E-mail', { header: 'Mail', target: 'email' }],
  ])('%j reads as %j', (entry, value) => {
    expect(parseMapEntry(entry)).toEqual({ ok: true, value });
  });

  it.each([['Email'], ['=email'], ['Email='], [`${'x'.repeat(201)}=email`]])('%j is not HEADER=TARGET', (entry) => {
    expect(parseMapEntry(entry)).toEqual({ ok: false, problem: { code: 'mapSyntax', entry } });
  });

  it('names an unknown target', () => {
    expect(parseMapEntry('Email=courriel')).toEqual({
      ok: false,
      problem: { code: 'mapTarget', entry: 'Email=courriel', target: 'courriel' },
    });
  });
});

describe('parseMappingFile', () => {
  const entries = [
    { header: 'Primary Email', target: 'email' },
    { header: 'Notes', target: 'ignore' },
  ];

  it.each([
    ['the MappingInput shape', JSON.stringify({ signature: 'primaryemail|notes', headers: ['Primary Email', 'Notes'], columns: entries })],
    ['without signature and headers', JSON.stringify({ columns: entries })],
    ['a bare array', JSON.stringify(entries)],
    ['with a BOM', `\uFEFF${JSON.stringify(entries)}`],
  ])('reads %s', (_case, text) => {
    expect(parseMappingFile(text, 'm.json')).toEqual({ ok: true, value: entries });
  });

  it.each([
    ['a trailing comma', '{"columns": [\n  {"header": "a", "target": "email"},\n]}', 3, 1],
    ['a bad literal', '[{"header": "a", "target": tru}]', 1, 31],
    ['an empty file', '', 1, 1],
    ['a cut file', '[{"header": "a"', 1, 16],
  ])('locates %s', (_case, text, line, column) => {
    expect(parseMappingFile(text, 'm.json')).toEqual({ ok: false, problem: { code: 'fileJson', file: 'm.json', line, column } });
  });

  it.each([
    ['[{"header": "a", "target": "courriel"}]', { code: 'fileTarget', path: '[0].target', target: 'courriel' }],
    [
      '{"columns": [{"header": "a", "target": "email"}, {"header": "b", "target": "Nom"}]}',
      { code: 'fileTarget', path: 'columns[1].target', target: 'Nom' },
    ],
    ['[{"header": " ", "target": "email"}]', { code: 'fileEntry', path: '[0].header', rule: 'required' }],
    [`[{"header": "${'x'.repeat(201)}", "target": "email"}]`, { code: 'fileEntry', path: '[0].header', rule: 'tooLong', max: 200 }],
    ['{"cols": []}', { code: 'fileEntry', path: 'columns', rule: 'shape' }],
    ['"email"', { code: 'fileEntry', path: '', rule: 'shape' }],
  ])('refuses %s naming the place and the rule', (text, problem) => {
    expect(parseMappingFile(text, 'm.json')).toEqual({ ok: false, problem: { file: 'm.json', ...problem } });
  });
});

describe('combineMappings', () => {
  it('lets a --map replace every file entry of its header (compared as the domain compares), after the others', () => {
    const file = [
      { header: 'E-mail', target: 'email' as const },
      { header: 'Notes', target: 'notes' as const },
      { header: 'email', target: 'ignore' as const },
    ];
    const maps = [
      { header: 'EMAIL', target: 'ignore' as const },
      { header: 'Email', target: 'email' as const },
    ];
    expect(combineMappings(file, maps)).toEqual([{ header: 'Notes', target: 'notes' }, ...maps]);
  });
});

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a": [1, 2.5e3, -0, true, false, null, "\\u00e9\\n"]}', null],
    ['  []  ', null],
    ['{"a": 1,}', 8],
    ['[01]', 2],
    ['{"a" 1}', 5],
    ['["\\x"]', 3],
    ['"tab\there"', 4],
    ['[1] [2]', 4],
    ['{', 1],
  ])('%j → %j', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });
});
