import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { readSpreadsheet } from '@/spreadsheet/readSpreadsheet';
import { readFailureOf as failureOf } from './support/readFailureOf';
import { writeXlsx } from '../cli/support/writeXlsx';

// Synthetic cases, built here from bytes, for what no real file in test/fixtures/real shows: UTF-16 big-endian,
// CDATA sections in inline strings, an empty first sheet, and compound files whose directory names another stream.

function utf16be(text: string, bom: boolean): Uint8Array {
  const little = Buffer.from(text, 'utf16le');
  const bytes = new Uint8Array(little.length + (bom ? 2 : 0));
  if (bom) bytes.set([0xfe, 0xff]);
  for (let i = 0; i + 1 < little.length; i += 2) {
    bytes[(bom ? 2 : 0) + i] = little[i + 1] ?? 0;
    bytes[(bom ? 2 : 0) + i + 1] = little[i] ?? 0;
  }
  return bytes;
}

/** A minimal package whose one sheet is the given `<sheetData>` content. */
function packageWithSheet(sheetData: string): Uint8Array {
  const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipSync({
    '_rels/.rels': strToU8(
      `<Relationships><Relationship Id="rId1" Type="${relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<workbook xmlns:r="${relationships}"><sheets><sheet name="Clients" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships><Relationship Id="rId1" Type="${relationships}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData>${sheetData}</sheetData></worksheet>`),
  });
}

describe('UTF-16 big-endian CSV', () => {
  it.each([
    ['with a BOM', true],
    ['without a BOM', false],
  ])('%s', (_label, bom) => {
    expect(readSpreadsheet(utf16be('Nom;Prénom\r\nMüller;Zoé\r\n', bom), 'clients.csv').rows).toEqual([
      ['Nom', 'Prénom'],
      ['Müller', 'Zoé'],
    ]);
  });
});

describe('inline strings', () => {
  it('reads CDATA sections literally, and rich text runs joined', () => {
    const xlsx = packageWithSheet(
      '<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[Müller & Fils <SA>]]></t></is></c>' +
        '<c r="B1" t="inlineStr"><is><r><t>Gen</t></r><r><rPr><b/></rPr><t><![CDATA[ève]]> &amp; Vaud</t></r></is></c></row>',
    );
    expect(readSpreadsheet(xlsx, 'x.xlsx').rows).toEqual([['Müller & Fils <SA>', 'Genève & Vaud']]);
  });
});

describe('a workbook whose first sheet is empty', () => {
  const xlsx = writeXlsx([
    { name: 'Vide', rows: [] },
    { name: 'Clients', rows: [['Nom', 'Prénom']] },
  ]);

  it('reads the first sheet that holds a value, not "the file is empty"', () => {
    expect(readSpreadsheet(xlsx, 'x.xlsx')).toEqual({ sheet: 'Clients', rows: [['Nom', 'Prénom']] });
  });

  it('is empty only when every sheet is', () => {
    expect(
      failureOf(() =>
        readSpreadsheet(
          writeXlsx([
            { name: 'A', rows: [] },
            { name: 'B', rows: [[null]] },
          ]),
          'x.xlsx',
        ),
      ),
    ).toBe('empty');
  });
});

describe('OLE compound files told apart by their directory', () => {
  // The real .xls with the name of its "Workbook" stream rewritten in its directory entry.
  const xls = new Uint8Array(readFileSync(join(__dirname, '../fixtures/real/odd/biff8-first-last-gender.xls')));
  function renamedWorkbookStream(name: string): Uint8Array {
    const bytes = xls.slice();
    const needle = Buffer.from('Workbook\0', 'utf16le');
    const at = Buffer.from(bytes).indexOf(needle);
    if (at < 0 || at % 128 !== 0) throw new Error('no Workbook directory entry');
    bytes.fill(0, at, at + 64);
    bytes.set(Buffer.from(`${name}\0`, 'utf16le'), at);
    new DataView(bytes.buffer).setUint16(at + 0x40, (name.length + 1) * 2, true);
    return bytes;
  }

  it.each([
    ['EncryptionInfo', 'passwordProtected'],
    ['EncryptedPackage', 'passwordProtected'],
    ['WordDocument', 'notSpreadsheet'],
    ['Workbook', 'legacyXls'],
  ])('a %s stream: %s', (name, code) => {
    expect(failureOf(() => readSpreadsheet(renamedWorkbookStream(name), 'x.xlsx'))).toBe(code);
  });
});
