import { strToU8, zipSync } from 'fflate';
import { columnLetter as letter } from '@/domain';

/** A cell for the fixture writer: a Date is written as a serial number in a date format, `{ error }` as an error cell. */
export type FixtureCell = string | number | boolean | Date | null | undefined | { error: string } | { formulaText: string };
export type FixtureSheet = { name: string; rows: FixtureCell[][] };
export type WorkbookOptions = { sharedStrings?: boolean; date1904?: boolean };

const DAY_MS = 86_400_000;

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\r/g, '_x000D_');

function serial(date: Date, date1904: boolean): number {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return (date.getTime() - epoch) / DAY_MS;
}

/**
 * Writes a minimal but real .xlsx (as Excel lays it out: workbook, relationships, styles with a
 * custom dd.mm.yyyy format and the built-in date format 14, shared or inline strings) for the tests.
 */
export function writeXlsx(sheets: FixtureSheet[], options: WorkbookOptions = {}): Uint8Array {
  const shared: string[] = [];
  const sharedIndex = new Map<string, number>();
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((sheet, sheetIndex) => {
    const rowsXml = sheet.rows.map((row, rowIndex) => {
      const cells = row.map((cell, columnIndex) => {
        const ref = `${letter(columnIndex)}${rowIndex + 1}`;
        if (cell === null || cell === undefined) return '';
        if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
        if (typeof cell === 'boolean') return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
        if (cell instanceof Date)
          return `<c r="${ref}" s="${rowIndex % 2 === 0 ? 1 : 2}"><v>${serial(cell, options.date1904 ?? false)}</v></c>`;
        if (typeof cell === 'object' && 'error' in cell) return `<c r="${ref}" t="e"><f>1/0</f><v>${escapeXml(cell.error)}</v></c>`;
        if (typeof cell === 'object') return `<c r="${ref}" t="str"><f>A1</f><v>${escapeXml(cell.formulaText)}</v></c>`;
        if (options.sharedStrings === false)
          return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell)}</t></is></c>`;
        let index = sharedIndex.get(cell);
        if (index === undefined) {
          index = shared.length;
          shared.push(cell);
          sharedIndex.set(cell, index);
        }
        return `<c r="${ref}" t="s"><v>${index}</v></c>`;
      });
      return `<row r="${rowIndex + 1}">${cells.join('')}</row>`;
    });
    files[`xl/worksheets/sheet${sheetIndex + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rowsXml.join('')}</sheetData></worksheet>`,
    );
  });
  const ns =
    'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  files['[Content_Types].xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>',
  );
  files['_rels/.rels'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><workbook ${ns}>${options.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>'}<sheets>${sheets
      .map((sheet, index) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`)
      .join('')}</sheets></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map(
        (_sheet, index) =>
          `<Relationship Id="rId${index + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
      )
      .join(
        '',
      )}<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  );
  files['xl/styles.xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>' +
      '<cellXfs count="3"><xf numFmtId="0" xfId="0"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/><xf numFmtId="14" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
  );
  if (shared.length > 0) {
    files['xl/sharedStrings.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">${shared
        .map((text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`)
        .join('')}</sst>`,
    );
  }
  return zipSync(files);
}
