import { detectFileKind, isEncryptedOfficeFile } from '@/spreadsheet/detectFileKind';
import { ReadFailure } from '@/spreadsheet/ReadFailure';
import { readSpreadsheet } from '@/spreadsheet/readSpreadsheet';
import { compoundFile } from '../cli/support/compoundFile';
import { writeXlsx } from '../cli/support/writeXlsx';

const text = (value: string) => new Uint8Array(Buffer.from(value, 'utf8'));

describe('detectFileKind', () => {
  it.each([
    ['xlsx', writeXlsx([{ name: 'S', rows: [['a']] }]), 'xlsx'],
    ['compound file', compoundFile(true), 'encryptedOrXls'],
    ['csv', text('Nom;Prénom'), 'text'],
    ['png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'binary'],
  ])('%s', (_label, bytes, expected) => {
    expect(detectFileKind(bytes)).toBe(expected);
  });

  it('tells a password-protected workbook from an old .xls', () => {
    expect([isEncryptedOfficeFile(compoundFile(true)), isEncryptedOfficeFile(compoundFile(false))]).toEqual([true, false]);
  });
});

describe('readSpreadsheet', () => {
  it('reads .xlsx and .csv', () => {
    expect(readSpreadsheet(writeXlsx([{ name: 'Clients', rows: [['Nom']] }]), 'a.xlsx').sheet).toBe('Clients');
    expect(readSpreadsheet(text('Nom,Prénom\nA,B'), 'dir/export clients.csv')).toEqual({
      sheet: 'export clients',
      rows: [
        ['Nom', 'Prénom'],
        ['A', 'B'],
      ],
    });
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'x.csv', 'empty'],
    ['a sheet without any value', writeXlsx([{ name: 'S', rows: [[null, ''], []] }]), 'x.xlsx', 'empty'],
    ['a CSV of blanks', text(';;\n ; ;\n'), 'x.csv', 'empty'],
    ['a password-protected workbook', compoundFile(true), 'x.xlsx', 'passwordProtected'],
    ['an old .xls', compoundFile(false), 'x.xls', 'legacyXls'],
    ['an image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'x.png', 'notSpreadsheet'],
    ['text named .xlsx', text('hello'), 'x.xlsx', 'notSpreadsheet'],
  ])('refuses %s', (_label, bytes, name, code) => {
    let failure: unknown;
    try {
      readSpreadsheet(bytes, name);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(ReadFailure);
    expect((failure as ReadFailure).code).toBe(code);
  });
});
