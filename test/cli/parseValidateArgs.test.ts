import { parseValidateArgs } from '@/cli/validate/parseValidateArgs';

describe('parseValidateArgs', () => {
  it.each([
    [['a.xlsx'], { file: 'a.xlsx', json: false, lang: 'fr', sheet: undefined, home: 'CH' }],
    [
      ['a.xlsx', '--json', '--lang', 'en', '--sheet', 'Clients 2024', '--home', 'fr'],
      { file: 'a.xlsx', json: true, lang: 'en', sheet: 'Clients 2024', home: 'FR' },
    ],
    [['--home=DE', '--lang=fr', 'b.csv'], { file: 'b.csv', json: false, lang: 'fr', sheet: undefined, home: 'DE' }],
    [[], { error: 'usage' }],
    [['a', 'b'], { error: 'usage' }],
    [['a', '--sheet'], { error: 'usage' }],
    [['a', '--lang', 'de'], { error: 'badLang', detail: 'de' }],
    [['a', '--home', 'Suisse'], { error: 'badHome', detail: 'SUISSE' }],
    [['a', '--home', 'XX'], { error: 'badHome', detail: 'XX' }],
    [['a', '--verbose'], { error: 'unknownOption', detail: '--verbose' }],
  ])('%j', (argv, expected) => {
    expect(parseValidateArgs(argv)).toEqual(expected);
  });
});
