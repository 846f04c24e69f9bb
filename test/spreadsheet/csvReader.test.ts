import { decodeCsvBytes } from '@/spreadsheet/csv/decodeCsvBytes';
import { detectSeparator } from '@/spreadsheet/csv/detectSeparator';
import { parseCsv } from '@/spreadsheet/csv/parseCsv';
import { readCsv } from '@/spreadsheet/csv/readCsv';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const windows1252 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

describe('decodeCsvBytes', () => {
  it.each([
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Prénom;Genève')]), 'Prénom;Genève', 'utf-8'],
    ['UTF-8 without BOM', utf8('Prénom;Zürich'), 'Prénom;Zürich', 'utf-8'],
    ['Windows-1252', windows1252('Prénom;Genève;Müller'), 'Prénom;Genève;Müller', 'windows-1252'],
    ['Windows-1252 curly apostrophe and euro', new Uint8Array([0x92, 0x20, 0x80]), '’ €', 'windows-1252'],
    ['UTF-16 with BOM', new Uint8Array([0xff, 0xfe, ...Buffer.from('Nom\tÉté', 'utf16le')]), 'Nom\tÉté', 'utf-16le'],
    ['UTF-16 LE without BOM', new Uint8Array(Buffer.from('Nom;Prénom', 'utf16le')), 'Nom;Prénom', 'utf-16le'],
    ['UTF-16 BE with BOM', new Uint8Array([0xfe, 0xff, 0, 0x4e, 0, 0xe9]), 'Né', 'utf-16be'],
    ['UTF-16 BE without BOM', new Uint8Array([0, 0x4e, 0, 0x6f, 0, 0x6d, 0, 0x3b, 0, 0xe9]), 'Nom;é', 'utf-16be'],
  ])('%s', (_label, bytes, text, encoding) => {
    expect(decodeCsvBytes(bytes)).toEqual({ text, encoding });
  });
});

describe('detectSeparator', () => {
  it.each([
    ['Nom;Prénom;Email\nDupont;Jean;j@x.ch', ';'],
    ['Nom,Prénom,Email\nDupont,Jean,j@x.ch', ','],
    ['Nom\tPrénom\tEmail', '\t'],
    ['Nom;Adresse;Email\nDupont;"Rue du Lac 1, 1204 Genève";j@x.ch', ';'],
    ['"Nom, complet",Email\n"Dupont; Jean",j@x.ch\n"Rochat; Léa",l@x.ch', ','],
    ['Liste, clients\nNom;Prénom;Email;Tél.\nA;B;C;D', ';'],
    ['Nom', ';'],
    ['Nom;Notes\nA;un, deux, trois\nB;quatre, cinq, six', ';'],
    ['Nom,Notes\nA,"un; deux; trois"\nB,quatre; cinq', ','],
    ['Nom\tAdresse\nA\tRue du Lac 1, Genève\nB\tQuai 2, Nyon', '\t'],
  ])('%j → %j', (text, expected) => {
    expect(detectSeparator(text)).toBe(expected);
  });
});

describe('parseCsv', () => {
  it.each([
    ['a;b;c', ';', [['a', 'b', 'c']]],
    [
      'a;b\r\nc;d\r\n',
      ';',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'a;b\nc;d',
      ';',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'a;b\rc;d',
      ';',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['"a;1";"b ""x"""', ';', [['a;1', 'b "x"']]],
    ['"line 1\nline 2";b', ';', [['line 1\nline 2', 'b']]],
    ['a;;c;', ';', [['a', '', 'c', '']]],
    ['\n\na', ',', [[''], [''], ['a']]],
    ['', ',', []],
    ['a,"b,c",d', ',', [['a', 'b,c', 'd']]],
  ])('%j', (text, separator, expected) => {
    expect(parseCsv(text, separator as ';' | ',')).toEqual(expected);
  });
});

describe('readCsv', () => {
  it.each([
    ['sep=;\r\nNom,Prénom;Email\r\n', [['Nom,Prénom', 'Email']]],
    ['"sep=,"\nNom;Prénom,Email\n', [['Nom;Prénom', 'Email']]],
    ['SEP=|\nNom|Email', [['Nom', 'Email']]],
  ])('honours and drops the separator line of %j', (text, rows) => {
    expect(readCsv(utf8(text), 'clients').rows).toEqual(rows);
  });

  it('keeps every cell as the text written: numbers, leading zeros, + signs', () => {
    expect(readCsv(utf8('NPA;Téléphone;Né le\n01000;791234567;20080901\n'), 'clients').rows[1]).toEqual(['01000', '791234567', '20080901']);
  });

  it('decodes, detects the separator and names the sheet after the file', () => {
    expect(readCsv(windows1252('Nom;Prénom\r\nMüller;Zoé\r\n'), 'clients')).toEqual({
      sheet: 'clients',
      rows: [
        ['Nom', 'Prénom'],
        ['Müller', 'Zoé'],
      ],
    });
  });
});
