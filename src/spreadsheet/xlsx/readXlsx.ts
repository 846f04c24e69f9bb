import { ReadFailure } from '../ReadFailure';
import { openZipPackage, type ZipPackage } from '../zip/zipPackage';
import { findRelationship, parseRelationships, relationshipsPartOf } from './packageRelationships';
import { parseDateStyles } from './parseDateStyles';
import { parseSharedStrings } from './parseSharedStrings';
import { parseSheetRows, type SheetContext } from './parseSheetRows';
import { parseWorkbook, type Workbook, type WorkbookSheet } from './parseWorkbook';

export type SheetData = { sheet: string; rows: unknown[][] };

/** Where Excel puts the workbook part; used only when the package has no `_rels/.rels` to say where it is. */
const DEFAULT_WORKBOOK_PART = 'xl/workbook.xml';
/** The root element of a SpreadsheetML workbook part (a .docx's officeDocument is a `document`). */
const WORKBOOK_ELEMENT = /<(?:[\w-]+:)?workbook\b/;

/**
 * An .xlsx file's bytes → one worksheet's values: the sheet named `sheetName` (exact, else case ignored), or
 * else the first sheet that is visible and holds a value (hidden sheets and empty ones are skipped, as a person
 * opening the file sees neither). The workbook part is found through the package's relationships
 * (`_rels/.rels` → officeDocument), and its sheets, shared strings and styles through its own relationships,
 * so packages that put them elsewhere than `xl/` or name their zip entries with backslashes read the same.
 * Only those parts are unpacked, sheets one at a time.
 */
export function readXlsx(bytes: Uint8Array, sheetName?: string): SheetData {
  const zip = openZipPackage(bytes);
  const { workbook, workbookPart, relationshipsXml } = openWorkbook(zip);
  const context = readSheetContext(zip, relationshipsXml, workbookPart, workbook.date1904);

  if (sheetName !== undefined) {
    const sheet = findSheet(workbook.sheets, sheetName);
    if (sheet === undefined) {
      throw new ReadFailure('sheetNotFound', `${sheetName} (${workbook.sheets.map((candidate) => candidate.name).join(', ')})`);
    }
    return { sheet: sheet.name, rows: readSheet(zip, sheet, context) };
  }
  const visible = workbook.sheets.filter((sheet) => sheet.hidden !== true);
  if (visible.length === 0) throw new ReadFailure('empty', 'no visible worksheet');
  for (const sheet of visible) {
    const rows = readSheet(zip, sheet, context);
    if (hasValue(rows)) return { sheet: sheet.name, rows };
  }
  throw new ReadFailure('empty', 'no worksheet holds a value');
}

/** An .xlsx file's worksheets in workbook order (the order Excel inserts them in), hidden ones marked. */
export function readWorkbookSheets(bytes: Uint8Array): WorkbookSheet[] {
  return openWorkbook(openZipPackage(bytes)).workbook.sheets;
}

function openWorkbook(zip: ZipPackage): { workbook: Workbook; workbookPart: string; relationshipsXml: string } {
  const workbookPart = findWorkbookPart(zip);
  const workbookXml = workbookPart === undefined ? undefined : zip.text(workbookPart);
  if (workbookPart === undefined || workbookXml === undefined || !WORKBOOK_ELEMENT.test(workbookXml)) {
    throw new ReadFailure('notSpreadsheet', 'no workbook');
  }
  const relationshipsXml = zip.text(relationshipsPartOf(workbookPart)) ?? '';
  return { workbook: parseWorkbook(workbookXml, relationshipsXml, workbookPart), workbookPart, relationshipsXml };
}

function findWorkbookPart(zip: ZipPackage): string | undefined {
  const rootRelationships = zip.text('_rels/.rels');
  if (rootRelationships !== undefined) {
    const target = findRelationship(parseRelationships(rootRelationships, ''), 'officeDocument')?.target;
    if (target !== undefined && zip.has(target)) return target;
  }
  return zip.has(DEFAULT_WORKBOOK_PART) ? DEFAULT_WORKBOOK_PART : undefined;
}

function readSheetContext(zip: ZipPackage, relationshipsXml: string, workbookPart: string, date1904: boolean): SheetContext {
  const relationships = parseRelationships(relationshipsXml, workbookPart);
  // Some generators leave these relationships out: then the part Excel's layout names, beside the workbook part.
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
  const partOf = (kind: string, conventional: string) =>
    findRelationship(relationships, kind)?.target ?? (zip.has(folder + conventional) ? folder + conventional : undefined);
  const sharedStringsPart = partOf('sharedStrings', 'sharedStrings.xml');
  const stylesPart = partOf('styles', 'styles.xml');
  const parts = zip.read([sharedStringsPart, stylesPart].filter((part) => part !== undefined));
  const decode = (part: string | undefined) => {
    const data = part === undefined ? undefined : parts.get(part);
    return data === undefined ? undefined : new TextDecoder('utf-8').decode(data);
  };
  const sharedStringsXml = decode(sharedStringsPart);
  const stylesXml = decode(stylesPart);
  return {
    sharedStrings: sharedStringsXml === undefined ? [] : parseSharedStrings(sharedStringsXml),
    dateStyles: stylesXml === undefined ? [] : parseDateStyles(stylesXml),
    date1904,
  };
}

function readSheet(zip: ZipPackage, sheet: WorkbookSheet, context: SheetContext): unknown[][] {
  const xml = zip.text(sheet.path);
  if (xml === undefined) throw new ReadFailure('notSpreadsheet', `missing ${sheet.path}`);
  return parseSheetRows(xml, context);
}

function hasValue(rows: readonly unknown[][]): boolean {
  return rows.some((row) => row.some((cell) => cell !== null && cell !== undefined && String(cell).trim() !== ''));
}

function findSheet<Sheet extends { name: string }>(sheets: readonly Sheet[], name: string): Sheet | undefined {
  return sheets.find((sheet) => sheet.name === name) ?? sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
}
