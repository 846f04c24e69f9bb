import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSpreadsheet } from '@/spreadsheet/readSpreadsheet';
import { readFailureOf as failureOf } from './support/readFailureOf';

// Files real tools wrote (test/fixtures/real/SOURCES.md gives each one's origin and licence).
const REAL = join(__dirname, '../fixtures/real');
const expected = JSON.parse(readFileSync(join(REAL, 'expected.json'), 'utf8')) as Record<string, { headerRow: number; columns: object }>;
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(REAL, name)));

/**
 * The header row as expected.json keys it: each cell's text as read (a number as written, an empty cell ""), every
 * field the header row holds and every further column where a row has a value, the second and later copies of a
 * text suffixed "#2", "#3"….
 */
function headerKeys(rows: readonly unknown[][], headerRow: number): string[] {
  const row = rows[headerRow - 1] ?? [];
  const width = rows.reduce((max, cells) => Math.max(max, lastValueIndex(cells) + 1), row.length);
  const texts = Array.from({ length: width }, (_, column) => {
    const cell = row[column];
    return cell === null || cell === undefined ? '' : String(cell);
  });
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const count = (seen.get(text) ?? 0) + 1;
    seen.set(text, count);
    return count === 1 ? text : `${text}#${count}`;
  });
}

function lastValueIndex(cells: readonly unknown[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i] !== null && cells[i] !== undefined && String(cells[i]).trim() !== '') return i;
  return -1;
}

const corpus = readdirSync(REAL).filter((name) => /\.(csv|xlsx)$/i.test(name));

describe('the contact exports of test/fixtures/real', () => {
  it('are all there', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(39);
  });

  it.each(corpus)('%s reads without failure and its header row comes out exactly', (name) => {
    const entry = expected[name];
    expect(entry).toBeDefined();
    const data = readSpreadsheet(bytesOf(name), name);
    expect(headerKeys(data.rows, entry?.headerRow ?? 1)).toEqual(Object.keys(entry?.columns ?? {}));
  });
});

describe('the odd files of test/fixtures/real/odd', () => {
  it.each([
    ['odd/first-sheet-hidden.xlsx', { sheet: 'VisibleSheet1', rows: [['visible sheet 1']] }],
    ['odd/workbook-part-at-root.xlsx', { sheet: 'Data', rows: [['TEST CELL']] }],
    [
      'odd/excel-sep-line-semicolon.csv',
      {
        sheet: 'excel-sep-line-semicolon',
        rows: [
          ['A', '1'],
          ['2', '3'],
        ],
      },
    ],
    [
      'odd/utf16le-bom-french-words.csv',
      {
        sheet: 'utf16le-bom-french-words',
        rows: [
          ['première', 'second', 'troisième'],
          ['Quatrième', 'cinquième', 'sixième'],
        ],
      },
    ],
    [
      'odd/utf16le-nobom-french-words.csv',
      {
        sheet: 'utf16le-nobom-french-words',
        rows: [
          ['première', 'second', 'troisième'],
          ['Quatrième', 'cinquième', 'sixième'],
          ['\u{10400}', '\ufffe', '\uffff'],
        ],
      },
    ],
  ])('reads %s', (name, expectedData) => {
    expect(readSpreadsheet(bytesOf(name), name)).toEqual(expectedData);
  });

  it('reads a hidden sheet when it is asked for by name', () => {
    expect(readSpreadsheet(bytesOf('odd/first-sheet-hidden.xlsx'), 'x.xlsx', 'HiddenSheet1')).toEqual({
      sheet: 'HiddenSheet1',
      rows: [['hidden sheet 1']],
    });
  });

  it('reads a package whose zip entries are named with backslashes (shared strings and all)', () => {
    const data = readSpreadsheet(bytesOf('odd/zip-backslash-paths.xlsx'), 'x.xlsx');
    expect(data.sheet).toBe('Sheet');
    expect(data.rows[0]?.slice(0, 5)).toEqual(['Key ID', 'Key', 'English', 'Notes', 'Description']);
    expect(data.rows[1]?.slice(0, 3)).toEqual(['184323', 'mail_SPDR35Removal_title_032023', 'Dev Update']);
  });

  it('reads inline strings without a shared strings part', () => {
    const data = readSpreadsheet(bytesOf('odd/inline-strings-insurance-contacts.xlsx'), 'x.xlsx');
    expect(data.rows[1]?.slice(0, 5)).toEqual(['797', 'Jon', 'Patiente', null, '1985-04-11']);
  });

  it('reads Windows-1252 text (Ö, Ü)', () => {
    expect(readSpreadsheet(bytesOf('odd/generic-en-semicolon-win1252.csv'), 'x.csv').rows[3]).toEqual([
      'ÖzdemirÖ',
      'Üglü',
      'oezdemir@ueglue.tu',
    ]);
  });

  it.each([
    ['odd/apple-numbers-matches.numbers', 'appleNumbers'],
    ['odd/employee-template-title-rows.ods', 'openDocument'],
    ['odd/biff8-first-last-gender.xls', 'legacyXls'],
    ['odd/biff-named-xlsx.xlsx', 'legacyXls'],
    ['odd/~$LoadPivotTables.xlsx', 'excelLockFile'],
  ])('refuses %s with %s', (name, code) => {
    expect(failureOf(() => readSpreadsheet(bytesOf(name), name))).toBe(code);
  });

  it('knows an Excel lock file by its content too, whatever its name', () => {
    expect(failureOf(() => readSpreadsheet(bytesOf('odd/~$LoadPivotTables.xlsx'), 'renamed.csv'))).toBe('excelLockFile');
  });
});
