import { parseTsv } from './parseTsv';

describe('parseTsv', () => {
  it.each([
    ['an empty clipboard', '', []],
    ['one cell', 'Favre', [['Favre']]],
    ['one empty cell, as Excel copies it', '\r\n', [['']]],
    ['a row, with the trailing newline Excel adds', 'Favre\tSophie\r\n', [['Favre', 'Sophie']]],
    [
      'rows by CRLF',
      'Favre\tSophie\r\nMuller\tJean\r\n',
      [
        ['Favre', 'Sophie'],
        ['Muller', 'Jean'],
      ],
    ],
    [
      'rows by LF',
      'Favre\tSophie\nMuller\tJean\n',
      [
        ['Favre', 'Sophie'],
        ['Muller', 'Jean'],
      ],
    ],
    [
      'empty cells between and at the ends',
      '\tA\t\r\nB\t\t\r\n',
      [
        ['', 'A', ''],
        ['B', '', ''],
      ],
    ],
    ['an empty row in the block', 'A\r\n\r\nB\r\n', [['A'], [''], ['B']]],
    ['only one trailing newline is dropped', 'A\r\n\r\n', [['A'], ['']]],
    ['rows of different lengths', 'A\tB\r\nC\r\n', [['A', 'B'], ['C']]],
    ['a quoted cell with a newline', '"Rue du Lac 1\nCP 12"\tGenève\r\n', [['Rue du Lac 1\nCP 12', 'Genève']]],
    ['a quoted cell with a CRLF and a tab', '"a\r\nb\tc"\r\n', [['a\r\nb\tc']]],
    ['doubled quotes in a quoted cell', '"dit ""Jo""\tx"\tB', [['dit "Jo"\tx', 'B']]],
    ['a quote inside an unquoted cell', 'dit "Jo"\tB', [['dit "Jo"', 'B']]],
    ['a quote never closed, kept as text', '"abc\tB\r\nC', [['"abc', 'B'], ['C']]],
    ['text after the closing quote', '"ab"c\tD', [['abc', 'D']]],
    ['an empty quoted cell', '""\tB', [['', 'B']]],
    ['a lone CR inside a cell', 'a\rb\tc', [['a\rb', 'c']]],
  ])('reads %s', (_case, text, expected) => {
    expect(parseTsv(text)).toEqual(expected);
  });
});
