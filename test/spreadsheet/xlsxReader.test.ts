import { strToU8, zipSync } from 'fflate';
import { ReadFailure } from '@/spreadsheet/ReadFailure';
import { columnIndex } from '@/domain';
import { decodeXmlText } from '@/spreadsheet/xlsx/decodeXmlText';
import { isDateFormat } from '@/spreadsheet/xlsx/isDateFormat';
import { parseDateStyles } from '@/spreadsheet/xlsx/parseDateStyles';
import { parseSharedStrings } from '@/spreadsheet/xlsx/parseSharedStrings';
import { parseSheetRows } from '@/spreadsheet/xlsx/parseSheetRows';
import { parseRelationships, relationshipsPartOf } from '@/spreadsheet/xlsx/packageRelationships';
import { parseWorkbook } from '@/spreadsheet/xlsx/parseWorkbook';
import { readXlsx } from '@/spreadsheet/xlsx/readXlsx';
import { writeXlsx } from '../cli/support/writeXlsx';

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

describe('decodeXmlText', () => {
  it.each([
    ['Müller &amp; Fils', 'Müller & Fils'],
    ['&lt;a&gt; &quot;b&quot; &apos;c&apos;', `<a> "b" 'c'`],
    ['&#233;t&#xE9;', 'été'],
    ['Ligne 1_x000D_\nLigne 2', 'Ligne 1\r\nLigne 2'],
    ['plain', 'plain'],
  ])('%j → %j', (xml, expected) => {
    expect(decodeXmlText(xml)).toBe(expected);
  });
});

describe('columnIndex', () => {
  it.each([
    ['A1', 0],
    ['Z9', 25],
    ['AA10', 26],
    ['ab3', 27],
    ['XFD1', 16383],
    ['12', undefined],
    ['ABCD1', undefined],
  ])('%s → %p', (reference, expected) => {
    expect(columnIndex(reference)).toBe(expected);
  });
});

describe('isDateFormat', () => {
  it.each([
    [14, undefined, true],
    [22, undefined, true],
    [0, undefined, false],
    [2, undefined, false],
    [49, undefined, false],
    [164, 'dd\\.mm\\.yyyy', true],
    [164, 'dd/mm/yyyy;@', true],
    [165, '[$-100C]d mmmm yyyy', true],
    [166, '0.00', false],
    [167, '#,##0 "jours"', false],
    [168, 'General', false],
    [169, '[Red]0', false],
    [170, '"CHF" #,##0.00', false],
  ])('%i %j → %p', (id, code, expected) => {
    expect(isDateFormat(id, code)).toBe(expected);
  });
});

describe('parseDateStyles', () => {
  it('reads the cell styles (cellXfs), not the style masters (cellStyleXfs)', () => {
    const xml =
      '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts><cellStyleXfs><xf numFmtId="14"/></cellStyleXfs>' +
      '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="49"/></cellXfs></styleSheet>';
    expect(parseDateStyles(xml)).toEqual([false, true, true, false]);
  });
});

describe('parseSharedStrings', () => {
  it('joins rich text runs and leaves phonetic guides out', () => {
    const xml =
      '<sst><si><t>Genève</t></si><si><r><t>Mül</t></r><r><rPr/><t xml:space="preserve">ler </t></r><rPh><t>ミュ</t></rPh></si><si><t/></si></sst>';
    expect(parseSharedStrings(xml)).toEqual(['Genève', 'Müller ', '']);
  });
});

describe('parseWorkbook', () => {
  it('lists worksheets in order with their paths and the date system', () => {
    const workbook =
      '<workbook xmlns:r="x"><workbookPr date1904="1"/><sheets><sheet name="Clients" sheetId="1" r:id="rId2"/><sheet name="Graphique" sheetId="2" r:id="rId3"/><sheet name="Autres &amp; divers" sheetId="3" r:id="rId1"/></sheets></workbook>';
    const rels =
      '<Relationships><Relationship Id="rId1" Type="http://x/relationships/worksheet" Target="/xl/worksheets/sheet9.xml"/>' +
      '<Relationship Id="rId2" Type="http://x/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      '<Relationship Id="rId3" Type="http://x/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>';
    expect(parseWorkbook(workbook, rels)).toEqual({
      sheets: [
        { name: 'Clients', path: 'xl/worksheets/sheet1.xml' },
        { name: 'Autres & divers', path: 'xl/worksheets/sheet9.xml' },
      ],
      date1904: true,
    });
  });
});

describe('parseWorkbook — sheet states and the workbook part elsewhere than xl/', () => {
  it('marks hidden and very hidden sheets, and resolves sheets from the workbook part own folder', () => {
    const workbook =
      '<workbook xmlns:r="x"><sheets><sheet name="A" r:id="rId1" state="hidden"/><sheet name="B" r:id="rId2"/><sheet name="C" r:id="rId3" state="veryHidden"/></sheets></workbook>';
    const rels =
      '<Relationships><Relationship Id="rId1" Type="http://x/relationships/worksheet" Target="xl/worksheets/a.xml"/>' +
      '<Relationship Id="rId2" Type="http://x/relationships/worksheet" Target="xl\\worksheets\\b.xml"/>' +
      '<Relationship Id="rId3" Type="http://x/relationships/worksheet" Target="/c.xml"/></Relationships>';
    expect(parseWorkbook(workbook, rels, 'workbook.xml').sheets).toEqual([
      { name: 'A', path: 'xl/worksheets/a.xml', hidden: true },
      { name: 'B', path: 'xl/worksheets/b.xml' },
      { name: 'C', path: 'c.xml', hidden: true },
    ]);
  });
});

describe('parseRelationships', () => {
  it('resolves targets from the source part, leaves external ones out', () => {
    const xml =
      '<Relationships><Relationship Id="rId1" Type="t/officeDocument" Target="xl/workbook.xml"/>' +
      '<Relationship Id="rId2" Type="t/hyperlink" Target="https://example.ch" TargetMode="External"/>' +
      '<Relationship Id="rId3" Type="t/styles" Target="../styles%20v2.xml"/></Relationships>';
    expect(parseRelationships(xml, 'xl/workbook.xml')).toEqual([
      { id: 'rId1', type: 't/officeDocument', target: 'xl/xl/workbook.xml' },
      { id: 'rId3', type: 't/styles', target: 'styles v2.xml' },
    ]);
    expect(parseRelationships(xml, '')[0]?.target).toBe('xl/workbook.xml');
  });

  it('names the relationships part of a part', () => {
    expect([relationshipsPartOf(''), relationshipsPartOf('xl/workbook.xml'), relationshipsPartOf('workbook.xml')]).toEqual([
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      '_rels/workbook.xml.rels',
    ]);
  });
});

describe('parseSheetRows', () => {
  const context = { sharedStrings: ['Nom', 'Dupont'], dateStyles: [false, true], date1904: false };
  it('places cells by reference and reads every cell type', () => {
    const xml =
      '<worksheet><sheetData>' +
      '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="C2" t="inlineStr"><is><t>Tél.</t></is></c></row>' +
      '<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3"><v>791234567</v></c><c r="C3" s="1"><v>31412</v></c><c r="D3" t="b"><v>1</v></c>' +
      '<c r="E3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="F3" t="str"><f>A1</f><v>x &amp; y</v></c><c r="G3" t="d"><v>1985-12-31T00:00:00Z</v></c><c r="H3" s="1"/></row>' +
      '<row><c><v>7</v></c></row>' +
      '</sheetData></worksheet>';
    expect(parseSheetRows(xml, context)).toEqual([
      [],
      ['Nom', null, 'Tél.'],
      ['Dupont', 791234567, utc(1985, 12, 31), true, '#DIV/0!', 'x & y', utc(1985, 12, 31)],
      [7],
    ]);
  });

  it('ends at the last row that holds a value (rows formatted down to 1,048,576 are not allocated)', () => {
    const xml =
      '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2" s="1" customFormat="1"/><row r="1048576"><c r="A1048576" s="1"/></row></sheetData>';
    expect(parseSheetRows(xml, context)).toEqual([[1]]);
  });

  it('reads dates in the 1904 system', () => {
    const xml = '<sheetData><row r="1"><c r="A1" s="1"><v>29950</v></c></row></sheetData>';
    expect(parseSheetRows(xml, { ...context, date1904: true })).toEqual([[utc(1985, 12, 31)]]);
  });
});

describe('readXlsx', () => {
  const workbook = writeXlsx([
    {
      name: 'Clients',
      rows: [
        ['Nom', 'Né(e) le', 'NPA', 'Actif'],
        ['Müller & Fils', utc(1985, 12, 31), 1204, true],
        ['Dupont', utc(1979, 6, 5), { error: '#N/A' }, { formulaText: 'calc' }],
      ],
    },
    { name: 'Notes', rows: [['autre']] },
  ]);

  it('reads the first sheet by default', () => {
    expect(readXlsx(workbook)).toEqual({
      sheet: 'Clients',
      rows: [
        ['Nom', 'Né(e) le', 'NPA', 'Actif'],
        ['Müller & Fils', utc(1985, 12, 31), 1204, true],
        ['Dupont', utc(1979, 6, 5), '#N/A', 'calc'],
      ],
    });
  });

  it('reads a sheet by name, case ignored', () => {
    expect(readXlsx(workbook, 'notes')).toEqual({ sheet: 'Notes', rows: [['autre']] });
  });

  it('reads inline strings and the 1904 date system', () => {
    const inline = writeXlsx([{ name: 'S', rows: [['Nom'], [utc(2000, 1, 1)]] }], { sharedStrings: false, date1904: true });
    expect(readXlsx(inline).rows).toEqual([['Nom'], [utc(2000, 1, 1)]]);
  });

  it.each([
    ['an unknown sheet', () => readXlsx(workbook, 'Factures'), 'sheetNotFound'],
    ['a damaged archive', () => readXlsx(workbook.subarray(0, 200)), 'notSpreadsheet'],
    ['a zip that is no workbook', () => readXlsx(zipSync({ 'hello.txt': strToU8('hi') })), 'notSpreadsheet'],
  ])('refuses %s', (_label, read, code) => {
    expect(read).toThrow(ReadFailure);
    try {
      read();
    } catch (error) {
      expect((error as ReadFailure).code).toBe(code);
    }
  });
});
