import { parseValidateArgs } from '@/cli/validate/parseValidateArgs';

describe('parseValidateArgs', () => {
  it.each([
    [['a.xlsx'], { file: 'a.xlsx', json: false, lang: 'fr', sheet: undefined, home: 'CH', mappingFile: undefined, maps: [] }],
    [
      ['a.xlsx', '--json', '--lang', 'en', '--sheet', 'Clients 2024', '--home', 'fr'],
      { file: 'a.xlsx', json: true, lang: 'en', sheet: 'Clients 2024', home: 'FR', mappingFile: undefined, maps: [] },
    ],
    [
      ['--home=DE', '--lang=fr', 'b.csv'],
      { file: 'b.csv', json: false, lang: 'fr', sheet: undefined, home: 'DE', mappingFile: undefined, maps: [] },
    ],
    [[], { error: 'usage' }],
    [['a', 'b'], { error: 'usage' }],
    [['a', '--sheet'], { error: 'usage' }],
    [['a', '--lang', 'de'], { error: 'badLang', detail: 'de' }],
    [['a', '--home', 'Suisse'], { error: 'badHome', detail: 'SUISSE' }],
    [['a', '--home', 'XX'], { error: 'badHome', detail: 'XX' }],
    [['a', '--verbose'], { error: 'unknownOption', detail: '--verbose' }],
    [
      ['a.csv', '--mapping', 'm.json', '--map', 'Primary Email=email', '--map=a=b = Nom', '--map', 'X=ignore'],
      {
        file: 'a.csv',
        json: false,
        lang: 'fr',
        sheet: undefined,
        home: 'CH',
        mappingFile: 'm.json',
        maps: [
          { header: 'Primary Email', target: 'email' },
          { header: 'a=b', target: 'lastName' },
          { header: 'X', target: 'ignore' },
        ],
      },
    ],
    [['a', '--mapping'], { error: 'usage' }],
    [['a', '--map'], { error: 'usage' }],
    [['a', '--map', 'Email'], { error: 'mapping', problem: { code: 'mapSyntax', entry: 'Email' } }],
    [['a', '--map', 'Email=courriel'], { error: 'mapping', problem: { code: 'mapTarget', entry: 'Email=courriel', target: 'courriel' } }],
  ])('%j', (argv, expected) => {
    expect(parseValidateArgs(argv)).toEqual(expected);
  });
});
