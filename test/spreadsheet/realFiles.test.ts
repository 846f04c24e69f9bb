import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReadFailure, type ReadFailureCode } from '../../src/spreadsheet/ReadFailure';
import { readSpreadsheet } from '../../src/spreadsheet/readSpreadsheet';

// Files real tools wrote (test/fixtures/real/SOURCES.md gives each one's origin and licence).
const REAL = join(__dirname, '../fixtures/real');
const expected = JSON.parse(readFileSync(join(REAL, 'expected.json'), 'utf8')) as Record<string, { headerRow: number; columns: object }>;
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(REAL, name)));

function failureOf(read: () => unknown): ReadFailureCode | 'none' {
  try {
    read();
  } catch (error) {
    if (error instanceof ReadFailure) return error.code;
    throw error;
  }
  return 'none';
}

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
